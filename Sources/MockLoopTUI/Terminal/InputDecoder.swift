/// Turns the bytes a terminal sends into events: keys (function keys and Alt-key included),
/// text that arrived in one burst, bracketed pastes and mouse reports.
///
/// Pure: bytes come in with the time they were read (seconds on any steady clock) and events
/// come out, so a test can replay any timing. Input that may still be the start of something
/// longer (an ESC, "ESC [" and its parameters, the first bytes of a UTF-8 character) waits;
/// `deadline` says until when, and `expire(at:)` decides it then (`feed` does too, before it
/// looks at newer bytes). The wait is measured from the LAST byte received, so a key whose
/// bytes came in several reads is still one key, and a key pressed after the wait is its own.
///
/// Invariants: `waiting` holds only an unfinished tail (never a whole event); while a bracketed
/// paste is open, every byte belongs to it until its end marker or a pause of `pasteTimeout`.
struct InputDecoder {
  /// How long an unfinished sequence waits for its next byte: 50 ms, as neovim's default
  /// `ttimeoutlen` (vim waits 100 ms). A terminal writes the bytes of one key at once and ssh
  /// carries them in one packet, so a key is split only by a stall inside it; each byte
  /// restarts the wait, so only a 50 ms gap between two bytes of one key splits it. Esc then
  /// another key at a person's pace (about 100 ms apart or more, even for a fast vim user) stays
  /// two keys, and a lone Esc acts after 50 ms, which still feels immediate. Twice that (vim's
  /// value) makes Esc-then-j typed quickly read as Alt-j more often, for no gain on real links.
  static let escapeTimeout = 0.050
  /// How long a bracketed paste may pause before it counts as finished without its end marker.
  static let pasteTimeout = 0.5
  /// The longest parameter run of "ESC [" accepted before the bytes count as keys instead.
  static let longestSequence = 32

  private var waiting: [UInt8] = []
  /// The bytes of the bracketed paste being read, while one is open.
  private var pasted: [UInt8]?
  private var lastByteAt = 0.0

  init() {}

  /// When what is waiting must be decided if no byte comes before; nil when nothing waits.
  var deadline: Double? {
    if pasted != nil { return lastByteAt + Self.pasteTimeout }
    return waiting.isEmpty ? nil : lastByteAt + Self.escapeTimeout
  }

  /// The events that `bytes`, read at `time`, complete. What waited past its deadline is
  /// decided first, as if `expire(at: time)` had been called on time.
  mutating func feed(_ bytes: some Sequence<UInt8>, at time: Double) -> [TerminalEvent] {
    var events = expire(at: time)
    let count = waiting.count
    waiting.append(contentsOf: bytes)
    guard waiting.count > count else { return events }
    lastByteAt = time
    events += decode(isFinal: false)
    return events
  }

  /// Decides what waits, once `time` reached the deadline: a lone ESC is Escape, an unfinished
  /// sequence gives the keys it is made of, an unfinished paste ends, a partial character is
  /// dropped. Before the deadline, nothing.
  mutating func expire(at time: Double) -> [TerminalEvent] {
    guard let deadline, time >= deadline else { return [] }
    if let paste = pasted {
      pasted = nil
      return paste.isEmpty ? [] : [.paste(Self.pasteText(paste))]
    }
    return decode(isFinal: true)
  }

  /// Decodes `waiting` from its start; keeps an unfinished tail unless `isFinal`.
  private mutating func decode(isFinal: Bool) -> [TerminalEvent] {
    var events: [TerminalEvent] = []
    var index = 0
    while true {
      if pasted != nil {
        takePaste(from: index, into: &events)
        index = 0
        if pasted != nil { break }
        continue
      }
      guard index < waiting.count, let next = decodeOne(at: index, isFinal: isFinal, into: &events) else { break }
      index = next
    }
    waiting.removeFirst(min(index, waiting.count))
    return events
  }

  /// Decodes the event starting at `index` and returns where the next one starts; nil when it
  /// is unfinished and not `isFinal` (it is never nil when `isFinal`).
  private mutating func decodeOne(at index: Int, isFinal: Bool, into events: inout [TerminalEvent]) -> Int? {
    let byte = waiting[index]
    if byte == 0x1B { return decodeEscape(at: index, isFinal: isFinal, into: &events) }
    if Self.isText(byte) { return decodeText(at: index, isFinal: isFinal, into: &events) }
    if let key = KeyDecoding.key(controlCode: UInt32(byte)) { events.append(.key(key)) }
    return index + 1
  }

  // MARK: Text

  /// A run of printable characters, line breaks and tabs: one key when it is a single
  /// character, else `.typed`. A character whose bytes are not all here yet ends the run.
  private func decodeText(at start: Int, isFinal: Bool, into events: inout [TerminalEvent]) -> Int? {
    var end = start
    var hasReturn = false
    while end < waiting.count {
      let byte = waiting[end]
      if byte < 0x80 {
        guard Self.isText(byte) else { break }
        if byte == 0x0D { hasReturn = true }
        end += 1
        continue
      }
      let length = Self.utf8Length(lead: byte)
      if length == 0 {
        end += 1  // not a lead byte: decoded as U+FFFD, as a terminal shows it
        continue
      }
      guard end + length <= waiting.count else { break }
      end += length
    }
    if end == start {
      // Only the first bytes of a character: wait for the rest, or drop them.
      return isFinal ? waiting.count : nil
    }
    var text = String(decoding: waiting[start..<end], as: UTF8.self)
    if hasReturn { text = KeyDecoding.normalizedPaste(text.unicodeScalars.map(\.value)) }
    if text.count == 1, let only = text.first {
      switch only {
      case "\n": events.append(.key(.enter))
      case "\t": events.append(.key(.tab))
      default: events.append(.key(.character(only)))
      }
    } else {
      events.append(.typed(text))
    }
    return end
  }

  /// Printable ASCII, any byte of a UTF-8 character, CR, LF and Tab.
  private static func isText(_ byte: UInt8) -> Bool {
    (byte >= 0x20 && byte != 0x7F) || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// The length of the UTF-8 sequence a byte starts; 0 when it cannot start one.
  private static func utf8Length(lead: UInt8) -> Int {
    switch lead {
    case 0x00..<0x80: 1
    case 0xC2...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF4: 4
    default: 0
    }
  }

  // MARK: Escape sequences

  /// What follows an ESC: a lone Escape, Alt and a key, a CSI or SS3 key sequence, a mouse
  /// report, or the start of a bracketed paste. Bytes that make no sequence are given back
  /// as the keys they are, never dropped.
  private mutating func decodeEscape(at index: Int, isFinal: Bool, into events: inout [TerminalEvent]) -> Int? {
    let next = index + 1
    guard next < waiting.count else {
      if isFinal { events.append(.key(.escape)) }
      return isFinal ? next : nil
    }
    let byte = waiting[next]
    switch byte {
    case 0x5B:  // "["
      return decodeControlSequence(at: index, isFinal: isFinal, into: &events)
    case 0x4F:  // "O"
      guard next + 1 < waiting.count else {
        if isFinal { events.append(.key(.alt("O"))) }
        return isFinal ? next + 1 : nil
      }
      let final = waiting[next + 1]
      if final < 0x80, let key = KeyDecoding.key(ss3: Character(Unicode.Scalar(final))) {
        events.append(.key(key))
        return next + 2
      }
      events.append(.key(.alt("O")))
      return next + 1
    case 0x7F, 0x08:
      events.append(.key(.alt("\u{7F}")))
      return next + 1
    case 0x00..<0x20:
      // Another ESC, or a control key: Escape, then that key on its own.
      events.append(.key(.escape))
      return next
    default:
      let length = Self.utf8Length(lead: byte)
      guard length > 0 else {
        events.append(.key(.escape))
        return next
      }
      guard next + length <= waiting.count else {
        if isFinal { events.append(.key(.escape)) }
        return isFinal ? waiting.count : nil
      }
      let text = String(decoding: waiting[next..<(next + length)], as: UTF8.self)
      events.append(.key(text.count == 1 ? .alt(text[text.startIndex]) : .escape))
      return next + length
    }
  }

  /// "ESC [" up to its final byte. An unfinished or malformed one is given back as Alt-[ and
  /// the keys that followed.
  private mutating func decodeControlSequence(
    at index: Int, isFinal: Bool, into events: inout [TerminalEvent]
  ) -> Int? {
    let bodyStart = index + 2
    var end = bodyStart
    while end < waiting.count {
      let byte = waiting[end]
      if end == bodyStart && byte == 0x5B {
        // "ESC [ [" and a letter: the Linux console's F1 to F5.
        guard end + 1 < waiting.count else { break }
        if let key = KeyDecoding.key(linuxConsole: waiting[end + 1]) {
          events.append(.key(key))
          return end + 2
        }
        events.append(.key(.alt("[")))
        return bodyStart
      }
      if KeyDecoding.isFinalByte(UInt32(byte)) {
        let body = String(decoding: waiting[bodyStart...end], as: UTF8.self)
        return finishControlSequence(body, next: end + 1, isFinal: isFinal, into: &events)
      }
      guard KeyDecoding.isParameterOrIntermediate(UInt32(byte)), end - bodyStart < Self.longestSequence else {
        events.append(.key(.alt("[")))
        return bodyStart
      }
      end += 1
    }
    guard isFinal else { return nil }
    events.append(.key(.alt("[")))
    return bodyStart
  }

  /// The event of a whole "ESC [ body"; unknown sequences give nothing.
  private mutating func finishControlSequence(
    _ body: String, next: Int, isFinal: Bool, into events: inout [TerminalEvent]
  ) -> Int? {
    if body == KeyDecoding.pasteStart {
      pasted = []
      return next
    }
    if body == "M" {
      // The X10 mouse report: three raw bytes follow.
      guard next + 3 <= waiting.count else { return isFinal ? waiting.count : nil }
      if let mouse = KeyDecoding.mouse(x10: waiting[next], waiting[next + 1], waiting[next + 2]) {
        events.append(.mouse(mouse))
      }
      return next + 3
    }
    if body.first == "<" {
      if let mouse = KeyDecoding.mouse(sgr: body) { events.append(.mouse(mouse)) }
      return next
    }
    if let key = KeyDecoding.key(csi: body) { events.append(.key(key)) }
    return next
  }

  // MARK: Bracketed paste

  /// Moves `waiting[start...]` into the open paste; at its end marker, reports the paste and
  /// leaves what followed the marker in `waiting`.
  private mutating func takePaste(from start: Int, into events: inout [TerminalEvent]) {
    var paste = pasted ?? []
    pasted = nil
    let marker = KeyDecoding.pasteEndBytes
    let searchFrom = max(0, paste.count - (marker.count - 1))
    paste.append(contentsOf: waiting[min(start, waiting.count)...])
    waiting.removeAll(keepingCapacity: true)
    guard let end = Self.firstIndex(of: marker, in: paste, from: searchFrom) else {
      pasted = paste
      return
    }
    waiting = Array(paste[(end + marker.count)...])
    paste.removeSubrange(end...)
    if !paste.isEmpty { events.append(.paste(Self.pasteText(paste))) }
  }

  private static func firstIndex(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard bytes.count >= marker.count, start <= bytes.count - marker.count else { return nil }
    for index in start...(bytes.count - marker.count) where bytes[index] == marker[0] {
      if bytes[index..<(index + marker.count)].elementsEqual(marker) { return index }
    }
    return nil
  }

  private static func pasteText(_ bytes: [UInt8]) -> String {
    KeyDecoding.normalizedPaste(String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value))
  }
}
