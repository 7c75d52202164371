print("mockloop")
