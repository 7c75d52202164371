import Foundation

/// The compact text columns of a summary row.
///
/// - Phase seconds: each phase's actual seconds as Swift writes a `Double` (the shortest text
///   that reads back as the same value, so the round trip is exact), comma-separated in the
///   format's phase order: "1200.5,300.0,0.0". "" is no phases (a session not finished).
/// - Checked items: phases sorted by id (as bytes), each "id:item,item" with items ascending,
///   joined by ";": "deep-dive:1;requirements:0,2". In an id, "%", ",", ":" and ";" are written
///   percent-encoded ("%25", "%2C", "%3A", "%3B"), so any id reads back as it was.
enum SummaryText {
  static func encode(phaseSeconds: [Double]) -> String {
    phaseSeconds.map { "\($0)" }.joined(separator: ",")
  }

  /// The seconds of well-formed text (each finite and not negative); nil otherwise.
  static func decodePhaseSeconds(_ text: String) -> [Double]? {
    var text = text
    return text.withUTF8 { decodePhaseSeconds($0) }
  }

  /// `decodePhaseSeconds(_:)` of the text these UTF-8 bytes hold.
  static func decodePhaseSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Double]? {
    decodePhaseSeconds(bytes) { $0 }
  }

  /// `decodePhaseSeconds(_:)` of the text these UTF-8 bytes hold, each number made into an
  /// element by `element` (so a reader makes the array it keeps, and no other).
  static func decodePhaseSeconds<Element>(_ bytes: UnsafeBufferPointer<UInt8>, _ element: (Double) -> Element)
    -> [Element]?
  {
    guard !bytes.isEmpty else { return [] }
    var seconds: [Element] = []
    seconds.reserveCapacity(CompactText.count(of: CompactText.comma, in: bytes) + 1)
    var start = 0
    while start <= bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != CompactText.comma { end += 1 }
      guard let value = CompactText.double(bytes, start..<end), value.isFinite, value >= 0 else { return nil }
      seconds.append(element(value))
      start = end + 1
    }
    return seconds
  }

  static func encode(checked: Set<SessionDigest.ChecklistItemKey>) -> String {
    encode(checked: ChecklistTicks(checked))
  }

  static func encode(checked: ChecklistTicks) -> String {
    var phases = checked.phases
    if !phases.allSatisfy({ isASCII($0.id) }) {
      // Outside ASCII, `String` order is not the order of the bytes.
      phases.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
    return phases.map { phase in
      escape(phase.id) + ":" + phase.items.map(String.init).joined(separator: ",")
    }.joined(separator: ";")
  }

  /// The items of well-formed text, as a set; nil when a group is not "id:item,…" with whole
  /// numbers.
  static func decodeChecked(_ text: String) -> Set<SessionDigest.ChecklistItemKey>? {
    var text = text
    var phaseIDs = TextCache<String>()
    return text.withUTF8 { decodeChecked($0, phaseIDs: &phaseIDs) }.map { Set($0) }
  }

  /// The items of the text these UTF-8 bytes hold (see `decodeChecked(_:)`); each phase id, as
  /// written, is looked up in `phaseIDs`, which learns the ones it has not seen.
  ///
  /// Text the store wrote has its phases in ascending order of their bytes, each once; when
  /// those ids are ASCII too, that is the order `ChecklistTicks` keeps and no `String` is
  /// compared. Any other text is put in that order.
  static func decodeChecked(_ bytes: UnsafeBufferPointer<UInt8>, phaseIDs: inout TextCache<String>)
    -> ChecklistTicks?
  {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return ChecklistTicks() }
    let count = bytes.count
    var phases: [ChecklistTicks.Phase] = []
    phases.reserveCapacity(CompactText.count(of: CompactText.semicolon, in: bytes) + 1)
    var isCanonical = true
    var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var index = 0
    while true {
      let start = index
      var isPlain = true
      while index < count {
        let byte = base[index]
        if byte == CompactText.colon { break }
        guard byte != CompactText.comma, byte != CompactText.semicolon else { return nil }
        // "%" starts an escape, which may stand for a byte out of order.
        if byte >= 0x80 || byte == UInt8(ascii: "%") { isPlain = false }
        index += 1
      }
      guard index < count else { return nil }
      let idBytes = UnsafeBufferPointer(start: base + start, count: index - start)
      guard let id = phaseIDs.value(idBytes, make: unescape) else { return nil }
      if isCanonical {
        isCanonical = isPlain && (phases.isEmpty || Self.precedes(previous, idBytes))
        previous = idBytes
      }
      var bits: UInt64 = 0
      var others: [Int] = []
      index += 1
      while true {
        guard let (item, end) = Self.item(base, count, from: index) else { return nil }
        if item >= 0 && item < 64 {
          bits |= 1 << UInt64(item)
        } else {
          var phase = ChecklistTicks.Phase(id: id, bits: 0, others: others)
          phase.insert(item)
          others = phase.others
        }
        index = end + 1
        if end == count || base[end] == CompactText.semicolon { break }
        guard base[end] == CompactText.comma else { return nil }
      }
      phases.append(ChecklistTicks.Phase(id: id, bits: bits, others: others))
      if index > count {
        return isCanonical ? ChecklistTicks(canonical: phases) : ChecklistTicks(unordered: phases)
      }
    }
  }

  /// The item number at `start` and the index after it: one or two digits read at once, any
  /// other form as `CompactText.integer` reads it.
  private static func item(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int) -> (value: Int, end: Int)? {
    if start < count, base[start] &- UInt8(ascii: "0") < 10 {
      let first = Int(base[start] &- UInt8(ascii: "0"))
      let next = start + 1
      if next == count || base[next] &- UInt8(ascii: "0") >= 10 { return (first, next) }
      if next + 1 == count || base[next + 1] &- UInt8(ascii: "0") >= 10 {
        return (first * 10 + Int(base[next] &- UInt8(ascii: "0")), next + 1)
      }
    }
    return CompactText.integer(UnsafeBufferPointer(start: base, count: count), from: start)
  }

  /// Whether `first` comes strictly before `second`, byte by byte.
  private static func precedes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(first.count, second.count)
    if common > 0, let one = first.baseAddress, let other = second.baseAddress {
      let order = memcmp(one, other, common)
      if order != 0 { return order < 0 }
    }
    return first.count < second.count
  }

  private static func isASCII(_ id: String) -> Bool { id.utf8.allSatisfy { $0 < 0x80 } }

  private static func escape(_ id: String) -> String {
    guard id.utf8.contains(where: { $0 == 0x25 || $0 == 0x2C || $0 == 0x3A || $0 == 0x3B }) else { return id }
    return id.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: ",", with: "%2C")
      .replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ";", with: "%3B")
  }

  private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard bytes.contains(UInt8(ascii: "%")) else { return text }
    return text.removingPercentEncoding
  }
}
