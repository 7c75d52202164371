/// How a count and its noun are written for people: "1 session", "2 sessions", "0 sessions".
///
/// The one rule for every count the app, the command line and its messages print. The plural
/// is the noun with "s" unless another is given ("1 query", "3 queries").
extension Int {
  /// "1 session", "4 sessions"; `plural` for nouns that do not take a plain "s".
  public func counted(_ noun: String, plural: String? = nil) -> String {
    "\(self) \(self.noun(noun, plural: plural))"
  }

  /// The noun alone in the form this count takes: "session" for 1, "sessions" otherwise.
  public func noun(_ singular: String, plural: String? = nil) -> String {
    self == 1 ? singular : plural ?? singular + "s"
  }
}
