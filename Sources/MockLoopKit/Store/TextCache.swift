import Foundation

/// What stored text decodes to, kept by the text's bytes: the readers of many rows meet the
/// same names, titles, scores and checklists again and again, and each is decoded (and its
/// `String`, set or dictionary made) once per scan; every row after the first shares it.
///
/// A hash table of the bytes seen, which stops learning at `limit` texts, so that text that
/// never repeats costs a lookup more than decoding it, and memory stays bounded.
struct TextCache<Value> {
  private struct Entry {
    var hash: UInt64
    /// Where the key's bytes lie in `bytes`.
    var start: Int
    var count: Int
    var value: Value
  }

  private var entries: [Entry] = []
  /// The keys' bytes, one after another.
  private var bytes: [UInt8] = []
  /// Indices into `entries` by hash (open addressing, linear probing); -1 is empty.
  private var slots = [Int32](repeating: -1, count: 64)
  let limit: Int

  init(limit: Int = 16_384) { self.limit = limit }

  /// What `key` decodes to: the value kept for it, or the one `make` gives (nil when `make`
  /// refuses the text, which is not kept).
  mutating func value(_ key: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
    let hash = Self.hash(key)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 {
      let index = Int(slots[slot])
      if entries[index].hash == hash, matches(index, key) { return entries[index].value }
      slot = (slot + 1) & mask
    }
    guard let value = make(key) else { return nil }
    if entries.count < limit {
      slots[slot] = Int32(entries.count)
      entries.append(Entry(hash: hash, start: bytes.count, count: key.count, value: value))
      bytes.append(contentsOf: key)
      if entries.count * 2 > slots.count { grow() }
    }
    return value
  }

  private func matches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard entries[index].count == key.count else { return false }
    guard let start = key.baseAddress, !key.isEmpty else { return true }
    let offset = entries[index].start
    return bytes.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress else { return false }
      return memcmp(base + offset, start, key.count) == 0
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, entry) in entries.enumerated() {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }

  /// A quick hash of the bytes, eight at a time (not for untrusted keys: a table of colliding
  /// texts only makes the scan slower, never wrong).
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(key.count) &* multiplier
    guard let base = key.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      hash ^= hash >> 29
      offset += 8
    }
    var tail: UInt64 = 0
    if offset < key.count, key.count >= 8 {
      // The last eight bytes, some of them hashed above already: one load, not a loop.
      tail = raw.loadUnaligned(fromByteOffset: key.count - 8, as: UInt64.self)
    } else {
      var shift: UInt64 = 0
      while offset < key.count {
        tail |= UInt64(key[offset]) << shift
        shift += 8
        offset += 1
      }
    }
    hash = (hash ^ tail) &* multiplier
    return hash ^ (hash >> 32)
  }
}

extension TextCache where Value == String {
  /// The text these UTF-8 bytes spell.
  mutating func text(_ key: UnsafeBufferPointer<UInt8>) -> String {
    value(key) { String(decoding: $0, as: UTF8.self) } ?? String(decoding: key, as: UTF8.self)
  }
}
