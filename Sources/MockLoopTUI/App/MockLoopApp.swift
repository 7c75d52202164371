/// The full-screen app's entry point.
public enum MockLoopApp {
  public static func run(_ launch: AppLaunch) throws {
    throw AppError("the full-screen app is not built yet")
  }
}
