import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// The most bytes taken from the terminal in one read.
  static let readSize = 65_536

  public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
    guard isActive else { return pending.isEmpty ? nil : pending.removeFirst() }
    let start = ContinuousClock.now
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      handleSignals()
      if !pending.isEmpty { continue }
      let now = inputClock()
      if let deadline = decoder.deadline, now >= deadline {
        pending += decoder.expire(at: now)
        continue
      }
      let callerRemaining: Int64? =
        timeoutMilliseconds < 0
        ? nil : max(0, Int64(timeoutMilliseconds) - Self.milliseconds(start.duration(to: .now)))
      var wait = callerRemaining ?? -1
      if let deadline = decoder.deadline {
        // Wake when an unfinished sequence must be decided (a lone Esc), if nothing comes first.
        let untilDeadline = Int64(((deadline - now) * 1000).rounded(.up))
        wait = wait < 0 ? untilDeadline : min(wait, untilDeadline)
      }
      var descriptors = [
        pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
        pollfd(fd: isInputClosed ? -1 : STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&descriptors, 2, Int32(clamping: wait))
      if ready < 0 && errno != EINTR { return nil }
      let inputFlags = Int32(descriptors[1].revents)
      if inputFlags & Int32(POLLIN) != 0 {
        if !readInput() {
          // End of file: the terminal is gone (without a SIGHUP when the app runs in its own
          // session). Report it as the hang-up it is and stop reading, instead of waking again
          // at once forever.
          isInputClosed = true
          return .signal(SIGHUP)
        }
        continue
      }
      if inputFlags & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 {
        isInputClosed = true
        return .signal(SIGHUP)
      }
      if ready > 0 { continue }  // a signal: handled at the top
      if let deadline = decoder.deadline, inputClock() >= deadline { continue }
      if timeoutMilliseconds >= 0, Self.milliseconds(start.duration(to: .now)) >= timeoutMilliseconds { return nil }
    }
  }

  /// Seconds on a steady clock, for the decoder's timing.
  func inputClock() -> Double {
    let (seconds, attoseconds) = clockOrigin.duration(to: .now).components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }

  /// Reads what the terminal sent and decodes it. False at end of file or on an error that
  /// will not pass.
  ///
  /// A read that brings `burstSize` bytes or more is a paste, not typing (the terminal hands
  /// over a few kilobytes at a time): what follows within `burstGap` is read too and decoded
  /// in one go, up to `burstLimit`, so that a long paste becomes one event and lands at once.
  private func readInput() -> Bool {
    if inputBuffer.count != Self.readSize { inputBuffer = [UInt8](repeating: 0, count: Self.readSize) }
    let count = inputBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count > 0 {
      emptyReads = 0
      guard count >= Self.burstSize else {
        pending += decoder.feed(inputBuffer[0..<count], at: inputClock())
        return true
      }
      var burst = Array(inputBuffer[0..<count])
      while burst.count < Self.burstLimit, waitForMoreInput() {
        let more = inputBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        guard more > 0 else { break }
        burst += inputBuffer[0..<more]
      }
      pending += decoder.feed(burst, at: inputClock())
      return true
    }
    if count < 0 && (errno == EINTR || errno == EAGAIN) { return true }
    // Readable yet nothing to read, twice in a row: end of file.
    emptyReads += 1
    return count == 0 && emptyReads < 2
  }

  /// Bytes in one read that only a paste brings.
  static let burstSize = 1_024
  /// The pause that ends a burst, in milliseconds.
  static let burstGap: Int32 = 5
  /// The most bytes gathered into one burst.
  static let burstLimit = 4 << 20

  /// Whether more input comes within `burstGap` (and no signal does, which must not wait).
  private func waitForMoreInput() -> Bool {
    var descriptors = [
      pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&descriptors, 2, Self.burstGap) > 0 else { return false }
    return descriptors[0].revents == 0 && Int32(descriptors[1].revents) & Int32(POLLIN) != 0
  }

  /// Turns the signals received since the last look into events: a new size, a stop asked
  /// for with `kill -TSTP`, or a request to end.
  func handleSignals() {
    var resized = false
    for number in signals.drain() {
      switch number {
      case SIGWINCH: resized = true
      case SIGTSTP: stopForShell()  // the resume reports the size
      default: pending.append(.signal(number))
      }
    }
    if resized { noticeResize() }
  }

  /// Reads the window's size from the terminal (never from LINES and COLUMNS), resizes
  /// ncurses' screen to it, repaints, and reports it.
  func noticeResize() {
    var rows: Int32 = 0
    var columns: Int32 = 0
    if ml_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0,
      rows != ml_lines() || columns != ml_cols()
    {
      resize_term(rows, columns)
    }
    // The terminal may have reflowed or cleared what it showed: paint everything again.
    lastDrawn = nil
    clearok(ml_curscr(), true)
    wnoutrefresh(ml_stdscr())
    doupdate()
    pending.append(.resize(width: Int(ml_cols()), height: Int(ml_lines())))
  }

  /// Stops the process as SIGTSTP would, with the terminal given back to the shell first; `fg`
  /// continues here with full-screen mode restored.
  private func stopForShell() {
    suspend { signals.stopAsDefault(SIGTSTP) }
  }

  static func milliseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1000 + attoseconds / 1_000_000_000_000_000
  }
}
