/// How `mockloop doctor` words its lines: "ok" or "FAIL", a label, what it found and, under every
/// FAIL, the fix.
enum DoctorLine {
  /// The fix printed under a failure whose check gave none, so no FAIL stands alone.
  static let noKnownFix = "no known fix: please report it with the output of 'mockloop doctor'"

  /// One check's lines: the finding, then "fix ..." under it when `fix` is given (a failure).
  static func text(label: String, value: String, fix: String?) -> String {
    let head = "\(fix == nil ? "ok  " : "FAIL") \(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(value)"
    guard let fix else { return head }
    return head + "\n     \("fix".padding(toLength: 10, withPad: " ", startingAt: 0)) \(fix)"
  }

  /// The terminal check: the finding and, when the full-screen app cannot run on it, the fix.
  /// `canAddressCursor` is terminfo's word on `term` (nil when it does not know the type).
  static func terminal(term: String, canAddressCursor: Bool?) -> (value: String, fix: String?) {
    let other = "(the other commands, such as 'mockloop history', work anywhere)"
    if term.isEmpty {
      return (
        "TERM is not set: the full-screen app needs it",
        "run MockLoop in a terminal, or set TERM (for example: export TERM=xterm-256color)"
      )
    }
    guard let canAddressCursor else {
      return (
        "TERM=\(term) is a terminal type this system's terminfo does not know",
        "set TERM to your terminal's type, for example: export TERM=xterm-256color (toe -a lists the known ones) "
          + other
      )
    }
    guard canAddressCursor else {
      return (
        "TERM=\(term) cannot move the cursor, which the full-screen app needs",
        "run MockLoop in a full terminal, or set its type: export TERM=xterm-256color " + other
      )
    }
    return ("TERM=\(term)", nil)
  }
}
