import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the signals that ask the app to stop (SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT) into bytes on a self-pipe, so that the event loop can wait for a
/// key and a signal in the same `poll()` and report the signal as an event.
///
/// SIGWINCH also wakes the loop through the pipe, then goes on to ncurses'
/// own handler, which turns it into KEY_RESIZE. The handler only calls
/// `write(2)`, which is async-signal-safe; it runs on whatever thread the
/// kernel picks, which is why a pipe is used and not a per-thread mask.
/// Only one instance may be installed at a time.
final class SignalPipe {
  /// The signals reported to the app as `.signal` events.
  static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  let readEnd: Int32
  private let writeEnd: Int32
  private var previousActions: [Int32: sigaction] = [:]
  private var isInstalled = false

  /// Creates the pipe and routes the stop signals to it.
  init?() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return nil }
    guard ml_make_nonblocking_cloexec(ends[0]) == 0, ml_make_nonblocking_cloexec(ends[1]) == 0 else {
      close(ends[0])
      close(ends[1])
      return nil
    }
    readEnd = ends[0]
    writeEnd = ends[1]
    signalPipeWriteEnd = writeEnd
    previousResizeHandler = nil
    isInstalled = true
    for number in Self.stopSignals { install(number) }
  }

  /// Also wakes the loop on SIGWINCH, then calls the handler installed before
  /// (ncurses installs its own in `newterm`, so call this after it).
  func chainResizeSignal() {
    guard isInstalled, previousActions[SIGWINCH] == nil else { return }
    var current = sigaction()
    guard ml_query_signal_handler(SIGWINCH, &current) == 0 else { return }
    // Set before the handler that reads it is installed.
    previousResizeHandler = withUnsafePointer(to: current) { ml_signal_handler_function($0) }
    install(SIGWINCH)
  }

  /// The signal numbers received since the last call, oldest first
  /// (SIGWINCH included: it only means "look at the input again").
  func drain() -> [Int32] {
    var numbers: [Int32] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      numbers.append(contentsOf: buffer[0..<count].map { Int32($0) })
    }
    return numbers
  }

  /// Puts back the previous handlers and closes the pipe. Idempotent.
  func uninstall() {
    guard isInstalled else { return }
    isInstalled = false
    for (number, previous) in previousActions {
      withUnsafePointer(to: previous) { _ = ml_restore_signal_handler(number, $0) }
    }
    previousActions = [:]
    signalPipeWriteEnd = -1
    previousResizeHandler = nil
    close(readEnd)
    close(writeEnd)
  }

  deinit { uninstall() }

  private func install(_ number: Int32) {
    var previous = sigaction()
    if ml_install_signal_handler(number, forwardSignalToPipe, &previous) == 0 {
      previousActions[number] = previous
    }
  }
}

// Signal handlers can only reach global state. Both variables are written on
// the app's thread only while no handler that reads them is installed (before
// installing it, after restoring the previous one) and the handler only reads
// them, so no write can race with a read.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
nonisolated(unsafe) private var previousResizeHandler: (@convention(c) (Int32) -> Void)? = nil

/// The signal handler: async-signal-safe (write(2) only) and errno-preserving.
private let forwardSignalToPipe: @convention(c) (Int32) -> Void = { number in
  let savedErrno = errno
  // ncurses first, so that its resize flag is set by the time the loop wakes.
  if number == SIGWINCH, let previous = previousResizeHandler { previous(number) }
  var byte = UInt8(truncatingIfNeeded: number)
  _ = write(signalPipeWriteEnd, &byte, 1)
  errno = savedErrno
}
