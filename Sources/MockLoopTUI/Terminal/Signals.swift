import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the signals that ask the app to stop (SIGINT, SIGTERM, SIGHUP,
/// SIGQUIT), a new window size (SIGWINCH) and a stop request (SIGTSTP, from
/// `kill`: the raw terminal makes none from the keyboard) into bytes on a
/// self-pipe, so that the event loop can wait for a key and a signal in the
/// same `poll()` and handle the signal there.
///
/// Installed before ncurses starts, so that ncurses leaves all of these to us.
/// The handler only calls `write(2)`, which is async-signal-safe; it runs on
/// whatever thread the kernel picks, which is why a pipe is used and not a
/// per-thread mask. Only one instance may be installed at a time.
final class SignalPipe {
  /// The signals reported to the app as `.signal` events.
  static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Every signal routed to the pipe.
  static let routedSignals = stopSignals + [SIGWINCH, SIGTSTP]

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
    isInstalled = true
    for number in Self.routedSignals { install(number) }
  }

  /// Lets `number` do what it did before this pipe was installed (for SIGTSTP: stop the
  /// process, unless it was ignored), sends it to this process, then routes it here again.
  func stopAsDefault(_ number: Int32) {
    guard isInstalled, let previous = previousActions[number] else { return }
    withUnsafePointer(to: previous) { _ = ml_restore_signal_handler(number, $0) }
    raise(number)
    install(number)
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

// Signal handlers can only reach global state. The variable is written on the
// app's thread only while no handler that reads it is installed (before
// installing it, after restoring the previous one) and the handler only reads
// it, so no write can race with a read.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// The signal handler: async-signal-safe (write(2) only) and errno-preserving.
private let forwardSignalToPipe: @convention(c) (Int32) -> Void = { number in
  let savedErrno = errno
  var byte = UInt8(truncatingIfNeeded: number)
  _ = write(signalPipeWriteEnd, &byte, 1)
  errno = savedErrno
}
