import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One unit of input as ncurses returns it.
enum RawInput: Equatable {
  /// A Unicode scalar (or a control code).
  case scalar(UInt32)
  /// A KEY_* code: ncurses recognised a function key or a resize.
  case keyCode(Int32)
}

extension NcursesTerminal {
  /// How long to wait for the rest of an escape sequence or a grapheme that has begun arriving.
  static let sequenceTimeoutMilliseconds: Int32 = 10
  /// How long a bracketed paste may pause before it counts as finished without its end marker.
  static let pasteTimeoutMilliseconds: Int32 = 500

  public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
    guard isActive else { return pending.isEmpty ? nil : pending.removeFirst() }
    let start = ContinuousClock.now
    var emptyReadableWakes = 0
    while true {
      if !pending.isEmpty { return pending.removeFirst() }
      queueSignals()
      if !pending.isEmpty { continue }
      // Input ncurses already holds (or that is ready) comes before sleeping: poll() cannot see it.
      if !isInputClosed, let event = readEvent(waitMilliseconds: 0) { return event }
      if !pending.isEmpty { continue }
      var remaining: Int32 = -1
      if timeoutMilliseconds >= 0 {
        let elapsed = Self.milliseconds(start.duration(to: .now))
        remaining = Int32(clamping: max(0, Int64(timeoutMilliseconds) - elapsed))
        if remaining == 0 { return nil }
      }
      var descriptors = [
        pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
        pollfd(fd: isInputClosed ? -1 : STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&descriptors, 2, remaining)
      if ready < 0 && errno != EINTR { return nil }
      let inputFlags = Int32(descriptors[1].revents)
      if inputFlags & Int32(POLLIN) != 0 {
        if let event = readEvent(waitMilliseconds: Self.sequenceTimeoutMilliseconds) { return event }
        // Readable yet nothing to read, twice in a row: end of file, the terminal is gone
        // (without a SIGHUP when the app runs in its own session). Report it as a hang-up
        // instead of waking again at once forever.
        var available: Int32 = 0
        let hungUp = inputFlags & Int32(POLLHUP | POLLERR) != 0
        if hungUp || ioctl(STDIN_FILENO, UInt(FIONREAD), &available) != 0 || available == 0 {
          emptyReadableWakes += 1
          if hungUp || emptyReadableWakes >= 2 {
            isInputClosed = true
            return .signal(SIGHUP)
          }
        } else {
          emptyReadableWakes = 0
        }
      } else if inputFlags & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 {
        // The terminal is gone: report it once, like the hang-up it is, and stop
        // watching it so that later calls sleep instead of spinning.
        isInputClosed = true
        return .signal(SIGHUP)
      }
    }
  }

  /// Turns signals received since the last look into pending events.
  private func queueSignals() {
    for number in signals.drain() where number != SIGWINCH {
      pending.append(.signal(number))
    }
  }

  /// Reads input until it makes an event (unknown sequences are skipped) or
  /// nothing more arrives within `waitMilliseconds`.
  private func readEvent(waitMilliseconds: Int32) -> TerminalEvent? {
    var wait = waitMilliseconds
    while let raw = readRaw(waitMilliseconds: wait) {
      if let event = decode(raw) { return event }
      wait = 0
    }
    return nil
  }

  private func readRaw(waitMilliseconds: Int32) -> RawInput? {
    let screen = ml_stdscr()
    wtimeout(screen, waitMilliseconds)
    var value: wint_t = 0
    switch wget_wch(screen, &value) {
    case OK: return .scalar(UInt32(value))
    case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
    default: return nil
    }
  }

  private func decode(_ raw: RawInput) -> TerminalEvent? {
    switch raw {
    case .keyCode(let code):
      return event(forKeyCode: code)
    case .scalar(KeyDecoding.escape):
      return decodeEscape()
    case .scalar(let value):
      if let key = KeyDecoding.key(controlCode: value) { return .key(key) }
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .key(.character(readRestOfGrapheme(startingWith: scalar)))
    }
  }

  private func event(forKeyCode code: Int32) -> TerminalEvent? {
    if code == KEY_RESIZE { return .resize(width: Int(ml_cols()), height: Int(ml_lines())) }
    if code > KEY_F0 && code <= KEY_F0 + 63 { return .key(.function(Int(code - KEY_F0))) }
    let key: Key? =
      switch code {
      case KEY_UP, KEY_SR: .up
      case KEY_DOWN, KEY_SF: .down
      case KEY_LEFT, KEY_SLEFT: .left
      case KEY_RIGHT, KEY_SRIGHT: .right
      case KEY_HOME, KEY_SHOME: .home
      case KEY_END, KEY_SEND: .end
      case KEY_PPAGE: .pageUp
      case KEY_NPAGE: .pageDown
      case KEY_BACKSPACE: .backspace
      case KEY_DC: .delete
      case KEY_ENTER: .enter
      case KEY_BTAB: .backTab
      default: Self.keyFromExtendedName(code)
      }
    return key.map { .key($0) }
  }

  /// xterm's modified keys (Ctrl-↑ is "kUP5", Shift-Del "kDC2", ...) as their plain key.
  private static func keyFromExtendedName(_ code: Int32) -> Key? {
    guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
    let names: [(String, Key)] = [
      ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home),
      ("kEND", .end), ("kDC", .delete), ("kPRV", .pageUp), ("kNXT", .pageDown),
    ]
    return names.first { name.hasPrefix($0.0) }?.1
  }

  /// Decodes what follows an ESC: a lone Escape, Alt-key, an unknown CSI/SS3
  /// key sequence, or the start of a bracketed paste. Whatever cannot be
  /// decoded is returned as keys, never dropped.
  private func decodeEscape() -> TerminalEvent? {
    let mark = pending.count
    guard let next = readRaw(waitMilliseconds: Self.sequenceTimeoutMilliseconds) else { return .key(.escape) }
    switch next {
    case .keyCode(KEY_BACKSPACE):
      return .key(.alt("\u{7F}"))
    case .keyCode:
      if let event = decode(next) { pending.insert(event, at: mark) }
      return .key(.escape)
    case .scalar(KeyDecoding.escape):
      if let event = decodeEscape() { pending.insert(event, at: mark) }
      return .key(.escape)
    case .scalar(0x5B):  // "["
      return decodeControlSequence()
    case .scalar(0x4F):  // "O"
      guard let final = readRaw(waitMilliseconds: Self.sequenceTimeoutMilliseconds) else { return .key(.alt("O")) }
      if case .scalar(let value) = final, let scalar = Unicode.Scalar(value),
        let key = KeyDecoding.key(ss3: Character(scalar))
      {
        return .key(key)
      }
      if let event = decode(final) { pending.insert(event, at: mark) }
      return .key(.alt("O"))
    case .scalar(let value):
      guard let scalar = Unicode.Scalar(value) else { return .key(.escape) }
      return .key(.alt(Character(scalar)))
    }
  }

  /// Reads "ESC [ ..." up to its final byte. A paste start reads the paste; a
  /// key sequence gives its key; an unknown one is skipped; an unfinished one
  /// is given back as Alt-[ and the keys that followed.
  private func decodeControlSequence() -> TerminalEvent? {
    var body = ""
    var unfinished: [RawInput] = []
    while body.count < 32 {
      guard let raw = readRaw(waitMilliseconds: Self.sequenceTimeoutMilliseconds) else { break }
      guard case .scalar(let value) = raw, let scalar = Unicode.Scalar(value),
        KeyDecoding.isFinalByte(value) || KeyDecoding.isParameterOrIntermediate(value)
      else {
        unfinished.append(raw)
        break
      }
      body.unicodeScalars.append(scalar)
      if KeyDecoding.isFinalByte(value) {
        if body == KeyDecoding.pasteStart { return readPaste() }
        return KeyDecoding.key(csi: body).map { .key($0) }
      }
    }
    let mark = pending.count
    var rest = body.map { TerminalEvent.key(.character($0)) }
    for raw in unfinished { if let event = decode(raw) { rest.append(event) } }
    pending.insert(contentsOf: rest, at: mark)
    return .key(.alt("["))
  }

  /// Reads a bracketed paste up to "ESC [ 201 ~" (or a pause in the input).
  private func readPaste() -> TerminalEvent? {
    var scalars: [UInt32] = []
    while let raw = readRaw(waitMilliseconds: Self.pasteTimeoutMilliseconds) {
      switch raw {
      case .scalar(let value):
        scalars.append(value)
        if scalars.count >= KeyDecoding.pasteEnd.count
          && scalars.suffix(KeyDecoding.pasteEnd.count).elementsEqual(KeyDecoding.pasteEnd)
        {
          scalars.removeLast(KeyDecoding.pasteEnd.count)
          return scalars.isEmpty ? nil : .paste(KeyDecoding.normalizedPaste(scalars))
        }
      case .keyCode(KEY_ENTER):
        scalars.append(10)
      case .keyCode(KEY_RESIZE):
        pending.append(.resize(width: Int(ml_cols()), height: Int(ml_lines())))
      case .keyCode:
        continue
      }
    }
    return scalars.isEmpty ? nil : .paste(KeyDecoding.normalizedPaste(scalars))
  }

  /// Joins scalars that are already waiting and extend the grapheme (combining
  /// marks, ZWJ sequences, flags), so a key is a whole character. A printable
  /// scalar that starts the next character goes back to ncurses (no recursion,
  /// however long an unbracketed paste is); anything else read is queued, in order.
  private func readRestOfGrapheme(startingWith first: Unicode.Scalar) -> Character {
    var text = String(first)
    while let raw = readRaw(waitMilliseconds: 0) {
      if case .scalar(let value) = raw, let scalar = Unicode.Scalar(value), value >= 0x20, value != 0x7F {
        var longer = text
        longer.unicodeScalars.append(scalar)
        if longer.count == 1 {
          text = longer
          continue
        }
        if unget_wch(wchar_t(bitPattern: value)) == OK { break }
      }
      let mark = pending.count
      if let event = decode(raw) { pending.insert(event, at: mark) }
      break
    }
    return Character(text)
  }

  static func milliseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1000 + attoseconds / 1_000_000_000_000_000
  }
}
