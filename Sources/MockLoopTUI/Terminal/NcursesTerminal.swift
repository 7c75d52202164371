import CNcurses
import MockLoopKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, driven through ncurses: full screen on the alternate
/// screen, colours from a theme, and the stop signals reported as events.
///
/// The terminal is taken raw: Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-S arrive as keys, not as
/// signals. Input is read straight from the terminal and decoded by `InputDecoder` (keys,
/// Alt-key, bracketed paste, mouse reports), so that its timing is ours and testable; ncurses
/// only draws. Its size always comes from the terminal itself, never from LINES or COLUMNS.
///
/// Create one at a time, on the thread that runs the app's loop, and call
/// `shutdown()` on every way out (it also runs on deinit).
public final class NcursesTerminal: Terminal {
  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"
  /// xterm mouse reports: presses, releases and the wheel (mode 1000), in the SGR form that has
  /// no limit on the column (mode 1006).
  static let mouseOn = "\u{1B}[?1000h\u{1B}[?1006h"
  static let mouseOff = "\u{1B}[?1006l\u{1B}[?1000l"

  public let colorMode: ColorMode
  /// Whether the terminal is asked for mouse reports.
  public let reportsMouse: Bool
  /// The colours in use: 0 when colours are off (no colours, or `ColorMode.none`).
  public internal(set) var colorCount = 0

  var isActive = false
  /// Set when standard input hung up (the terminal closed): it is no longer read.
  var isInputClosed = false
  /// Events decoded but not yet returned, oldest first.
  var pending: [TerminalEvent] = []
  let signals: SignalPipe
  /// How each role is drawn: attributes and colour pair.
  var looks: [StyleRole: CellLook] = [:]
  var isCursorVisible: Bool?
  /// Reused buffer for the wide characters of one cell.
  var cellCharacters: [wchar_t] = []
  /// The canvas last copied to ncurses and the screen size then; nil forces a full copy.
  var lastDrawn: (canvas: Canvas, lines: Int, columns: Int)?
  /// Keys, pastes and mouse reports from the bytes read.
  var decoder = InputDecoder()
  /// The zero of `inputClock()`.
  let clockOrigin = ContinuousClock.now
  /// Reused buffer for reads.
  var inputBuffer: [UInt8] = []
  /// Reads in a row that found nothing, which means the terminal is gone.
  var emptyReads = 0

  /// Takes over the terminal.
  ///
  /// Throws `TerminalError` when standard input/output is not a terminal or
  /// `TERM` is unusable, leaving the terminal untouched. With `reportsMouse` the wheel and
  /// clicks arrive as `.mouse` events (and selecting text in the terminal takes Shift).
  public init(theme: Theme, colorMode: ColorMode, reportsMouse: Bool = true) throws {
    self.colorMode = colorMode
    self.reportsMouse = reportsMouse
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    Self.setUpLocale()
    // Before newterm, so that ncurses leaves these signals to us (SIGWINCH and SIGTSTP too).
    guard let signals = SignalPipe() else { throw TerminalError.signalSetupFailed }
    self.signals = signals
    // The modes as the user had them, for the fatal-signal handler to put back.
    ml_fatal_restore_install()
    // The size from the terminal (TIOCGWINSZ), never from LINES and COLUMNS, which a shell
    // may have exported at another size.
    use_env(false)
    use_tioctl(true)
    guard newterm(nil, ml_stdout(), ml_stdin()) != nil else {
      ml_fatal_restore_remove()
      signals.uninstall()
      let name = getenv("TERM").map { String(cString: $0) }
      throw TerminalError.unknownTerminal(name.flatMap { $0.isEmpty ? nil : $0 })
    }
    guard ml_can_address_cursor() != 0 else {
      // TERM=dumb and its kind: known, but unable to place text anywhere but the next line.
      endwin()
      ml_fatal_restore_remove()
      signals.uninstall()
      throw TerminalError.cannotMoveCursor(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    isActive = true
    // Raw, not cbreak: no key makes a signal, so Ctrl-C and Ctrl-Z reach the app as keys
    // (Ctrl-C asks before leaving a mock; Ctrl-Z is undo). kill -INT, -TERM, -HUP still work.
    raw()
    noecho()
    nonl()
    _ = ml_disable_flow_control(STDIN_FILENO)
    def_prog_mode()
    // No keypad(): ncurses neither decodes keys nor switches the keypad to application mode,
    // so the number pad types digits; `InputDecoder` knows both cursor-key forms.
    intrflush(ml_stdscr(), false)
    setUpStyles(theme: theme)
    setCursorVisible(false)
    werase(ml_stdscr())
    wnoutrefresh(ml_stdscr())
    doupdate()
    Self.writeToTerminal(modesOn)
    let leaveScreen = ml_terminfo_string("rmcup").map { String(cString: $0) } ?? ""
    ml_fatal_restore_set_bytes(Self.modesOff + "\u{1B}[0m\u{1B}[?25h" + leaveScreen)
  }

  /// The private modes the app turns on: bracketed paste, and mouse reports if asked for.
  var modesOn: String { Self.bracketedPasteOn + (reportsMouse ? Self.mouseOn : "") }
  /// Turns every mode of `modesOn` off (harmless for a mode that was not on).
  static let modesOff = bracketedPasteOff + mouseOff

  deinit { shutdown() }

  public var size: (width: Int, height: Int) {
    guard isActive else { return (0, 0) }
    return (Int(ml_cols()), Int(ml_lines()))
  }

  public func bell() {
    guard isActive else { return }
    beep()
  }

  public func flash() {
    guard isActive else { return }
    CNcurses.flash()
  }

  public func suspend(_ body: () throws -> Void) rethrows {
    guard isActive else { return try body() }
    Self.writeToTerminal(Self.modesOff)
    endwin()
    defer { resumeAfterSuspend() }
    try body()
  }

  public func shutdown() {
    guard isActive else { return }
    isActive = false
    Self.writeToTerminal(Self.modesOff)
    curs_set(1)
    endwin()
    ml_fatal_restore_remove()
    signals.uninstall()
  }

  /// The colour count terminfo gives for a terminal type (`$TERM` when nil), or
  /// nil when the type is unknown; for `mockloop doctor`. Call it only while no
  /// `NcursesTerminal` is running.
  public static func terminfoColorCount(term: String? = nil) -> Int? {
    let count = term.map { ml_terminfo_colors($0) } ?? ml_terminfo_colors(nil)
    return count < 0 ? nil : Int(count)
  }

  /// Whether terminfo says a terminal type (or `$TERM` when nil) can move the cursor, which the
  /// full-screen app needs (`TERM=dumb` cannot); nil when the type is unknown.
  public static func terminfoCanAddressCursor(term: String? = nil) -> Bool? {
    let can = term.map { ml_terminfo_can_address_cursor($0) } ?? ml_terminfo_can_address_cursor(nil)
    return can < 0 ? nil : can != 0
  }

  private func resumeAfterSuspend() {
    lastDrawn = nil
    clearok(ml_curscr(), true)
    wrefresh(ml_stdscr())
    if let visible = isCursorVisible {
      isCursorVisible = nil
      setCursorVisible(visible)
    }
    Self.writeToTerminal(modesOn)
    // Ctrl-C in the editor was meant for the editor, not for us.
    pending.append(
      contentsOf: signals.drain().filter { ![SIGINT, SIGWINCH, SIGTSTP].contains($0) }.map { .signal($0) })
    // The window may have changed size meanwhile.
    noticeResize()
  }

  func setCursorVisible(_ visible: Bool) {
    guard isCursorVisible != visible else { return }
    isCursorVisible = visible
    curs_set(visible ? 1 : 0)
  }

  /// Uses the user's locale, or C.UTF-8 when it does not encode UTF-8, since
  /// notes take CJK and emoji.
  private static func setUpLocale() {
    setlocale(LC_ALL, "")
    if ml_locale_is_utf8() == 0 {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
  }

  /// Writes escape sequences ncurses does not know about straight to the terminal.
  static func writeToTerminal(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return
      }
    }
  }
}
