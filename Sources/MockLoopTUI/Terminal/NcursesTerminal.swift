import CNcurses
import MockLoopKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, driven through ncurses: full screen on the alternate
/// screen, keys read whole (UTF-8, function keys, Alt, bracketed paste),
/// colours from a theme, and the stop signals reported as events.
///
/// Create one at a time, on the thread that runs the app's loop, and call
/// `shutdown()` on every way out (it also runs on deinit).
public final class NcursesTerminal: Terminal {
  static let bracketedPasteOn = "\u{1B}[?2004h"
  static let bracketedPasteOff = "\u{1B}[?2004l"

  public let colorMode: ColorMode
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

  /// Takes over the terminal.
  ///
  /// Throws `TerminalError` when standard input/output is not a terminal or
  /// `TERM` is unusable, leaving the terminal untouched.
  public init(theme: Theme, colorMode: ColorMode) throws {
    self.colorMode = colorMode
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    Self.setUpLocale()
    // Before newterm, so that ncurses leaves these signals to us.
    guard let signals = SignalPipe() else { throw TerminalError.signalSetupFailed }
    self.signals = signals
    // The modes as the user had them, for the fatal-signal handler to put back.
    ml_fatal_restore_install()
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
    signals.chainResizeSignal()
    cbreak()
    noecho()
    nonl()
    _ = ml_disable_flow_control(STDIN_FILENO)
    def_prog_mode()
    let screen = ml_stdscr()
    keypad(screen, true)
    intrflush(screen, false)
    _ = ml_escdelay_set(25)
    setUpStyles(theme: theme)
    setCursorVisible(false)
    werase(screen)
    wnoutrefresh(screen)
    doupdate()
    Self.writeToTerminal(Self.bracketedPasteOn)
    let leaveScreen = ml_terminfo_string("rmcup").map { String(cString: $0) } ?? ""
    ml_fatal_restore_set_bytes(Self.bracketedPasteOff + "\u{1B}[0m\u{1B}[?25h" + leaveScreen)
  }

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
    Self.writeToTerminal(Self.bracketedPasteOff)
    endwin()
    defer { resumeAfterSuspend() }
    try body()
  }

  public func shutdown() {
    guard isActive else { return }
    isActive = false
    Self.writeToTerminal(Self.bracketedPasteOff)
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

  private func resumeAfterSuspend() {
    lastDrawn = nil
    clearok(ml_curscr(), true)
    wrefresh(ml_stdscr())
    if let visible = isCursorVisible {
      isCursorVisible = nil
      setCursorVisible(visible)
    }
    Self.writeToTerminal(Self.bracketedPasteOn)
    // Ctrl-C in the editor was meant for the editor, not for us.
    pending.append(contentsOf: signals.drain().filter { $0 != SIGINT && $0 != SIGWINCH }.map { .signal($0) })
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
