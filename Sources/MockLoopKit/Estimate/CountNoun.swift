/// The rule that makes the singular and plural of a counted noun one dimension: `reqs` and
/// `req`, `users` and `user`, `queries` and `query` count the same thing.
///
/// The key is the word in lower case with a plural ending taken off: "-ies" becomes "-y";
/// "-sses", "-shes", "-ches", "-xes" and "-zes" lose "-es"; words ending in "-ss", "-us" or
/// "-is" are kept; any other final "s" is dropped (from words of three letters or more).
/// Different words stay different: `req` and `request` are two dimensions.
public enum CountNoun {
  public static func key(_ word: String) -> String {
    let lower = word.lowercased()
    if lower.count > 4, lower.hasSuffix("ies") { return String(lower.dropLast(3)) + "y" }
    for ending in ["sses", "shes", "ches", "xes", "zes"] where lower.count > ending.count + 1 && lower.hasSuffix(ending)
    {
      return String(lower.dropLast(2))
    }
    if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") { return lower }
    if lower.count >= 3, lower.hasSuffix("s") { return String(lower.dropLast()) }
    return lower
  }
}
