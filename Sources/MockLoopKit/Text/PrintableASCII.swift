/// Printable ASCII (0x20 to 0x7E): a byte that is one column wide on a terminal and needs no
/// replacing. Tables of thousands of rows check their cells with it before copying them.
public enum PrintableASCII {
  /// Whether `byte` is printable ASCII.
  @inline(__always)
  public static func contains(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

  /// Whether every byte of `bytes` is printable ASCII, checked eight bytes at a time: a word
  /// holds a byte under 0x20 when subtracting 0x20 from each byte borrows into a byte whose
  /// top bit was clear, and one of 0x7F or more when a byte has its top bit set before or
  /// after adding 1 to it. (Either test may flag the wrong byte of a word, never a wrong word.)
  public static func contains(only bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let tops: UInt64 = 0x8080_8080_8080_8080
    let count = bytes.count
    var index = 0
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let below = (word &- (ones &* 0x20)) & ~word & tops
      let above = (word | (word &+ ones)) & tops
      if below | above != 0 { return false }
      index += 8
    }
    while index < count {
      guard contains(base[index]) else { return false }
      index += 1
    }
    return true
  }

  /// Whether every byte of `text`'s UTF-8 is printable ASCII.
  public static func contains(only text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { contains(only: $0) } ?? text.utf8.allSatisfy { contains($0) }
  }
}
