/// A named look for a piece of text: screens say what something is (a title, an
/// overrun timer, a selected row) and the theme says how that looks.
///
/// The raw values are the role names used in theme files and in
/// `MockLoopKit.Theme.roles`; the two lists must stay the same.
public enum StyleRole: String, CaseIterable, Sendable {
  case text
  case title
  case muted
  case accent
  case border
  case selection
  case key
  case status
  case phaseDone = "phase.done"
  case phaseActive = "phase.active"
  case phaseUpcoming = "phase.upcoming"
  case timerNormal = "timer.normal"
  case timerWarning = "timer.warning"
  case timerOverrun = "timer.overrun"
  case timerPaused = "timer.paused"
  case checked
  case unchecked
  case followup
  case followupNew = "followup.new"
  case error
  case warning
  case success
  case barPlanned = "bar.planned"
  case barActual = "bar.actual"
  case barOverrun = "bar.overrun"
  case sparkline

  /// The one-character code of the role in golden "style layer" files.
  ///
  /// Every role has a different code. Plain text is `.` so that a layer stays
  /// quiet where nothing is styled; the others are mnemonic:
  ///
  /// | role | code | | role | code |
  /// | --- | --- | --- | --- | --- |
  /// | text | `.` | | timer.paused | `p` |
  /// | title | `T` | | checked | `x` |
  /// | muted | `m` | | unchecked | `o` |
  /// | accent | `a` | | followup | `f` |
  /// | border | `#` | | followup.new | `F` |
  /// | selection | `S` | | error | `E` |
  /// | key | `k` | | warning | `W` |
  /// | status | `s` | | success | `G` (good) |
  /// | phase.done | `D` | | bar.planned | `P` |
  /// | phase.active | `A` | | bar.actual | `B` |
  /// | phase.upcoming | `U` | | bar.overrun | `R` (red) |
  /// | timer.normal | `n` | | sparkline | `~` |
  /// | timer.warning | `w` | | | |
  /// | timer.overrun | `!` | | | |
  public var code: Character {
    switch self {
    case .text: "."
    case .title: "T"
    case .muted: "m"
    case .accent: "a"
    case .border: "#"
    case .selection: "S"
    case .key: "k"
    case .status: "s"
    case .phaseDone: "D"
    case .phaseActive: "A"
    case .phaseUpcoming: "U"
    case .timerNormal: "n"
    case .timerWarning: "w"
    case .timerOverrun: "!"
    case .timerPaused: "p"
    case .checked: "x"
    case .unchecked: "o"
    case .followup: "f"
    case .followupNew: "F"
    case .error: "E"
    case .warning: "W"
    case .success: "G"
    case .barPlanned: "P"
    case .barActual: "B"
    case .barOverrun: "R"
    case .sparkline: "~"
    }
  }

  /// The role with the given style-layer code, if any.
  public init?(code: Character) {
    guard let role = Self.allCases.first(where: { $0.code == code }) else { return nil }
    self = role
  }
}
