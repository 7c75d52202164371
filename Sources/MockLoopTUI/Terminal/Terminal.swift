/// The screen and keyboard the app runs on: it shows canvases and reports
/// events. `NcursesTerminal` is the real one; tests can supply their own.
///
/// Calls come from one thread (the app's loop). After `shutdown()` the terminal
/// is back in the state the app found it in and every other call does nothing.
public protocol Terminal: AnyObject {
  /// The screen size in cells.
  var size: (width: Int, height: Int) { get }
  /// Shows a canvas; only the cells that changed since the last call reach the screen.
  func draw(_ canvas: Canvas)
  /// The next event, waiting at most `timeoutMilliseconds` (negative: without
  /// limit); nil when the time ran out. Waiting sleeps; it never spins.
  func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
  /// Rings the terminal bell.
  func bell()
  /// Flashes the screen (a visible bell).
  func flash()
  /// Leaves full-screen mode, runs `body` (for example `$EDITOR` on the notes)
  /// and then restores full-screen mode and repaints what was shown.
  func suspend(_ body: () throws -> Void) rethrows
  /// Restores the terminal: leaves full-screen mode and the alternate screen.
  /// Safe to call more than once, and from a `defer`.
  func shutdown()
}
