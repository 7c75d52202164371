/// The arithmetic of UTF-8 sequences, for text known to be valid UTF-8 (Swift strings are).
enum UTF8Decoding {
  /// The number of bytes of the sequence a lead byte starts.
  @inline(__always)
  static func sequenceLength(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The scalar bits a lead byte carries.
  @inline(__always)
  static func leadBits(_ lead: UInt8, length: Int) -> UInt32 {
    switch length {
    case 1: UInt32(lead)
    case 2: UInt32(lead & 0x1F)
    case 3: UInt32(lead & 0x0F)
    default: UInt32(lead & 0x07)
    }
  }

  /// The scalar starting at `offset` and the number of bytes it takes.
  @inline(__always)
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[offset]
    let length = sequenceLength(lead: lead)
    var value = leadBits(lead, length: length)
    for index in (offset + 1)..<(offset + length) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
    return (value, length)
  }
}

extension StringProtocol {
  /// Calls `body` with the text's UTF-8 bytes, without a copy when they are contiguous.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(self)
    return try copy.withUTF8(body)
  }
}
