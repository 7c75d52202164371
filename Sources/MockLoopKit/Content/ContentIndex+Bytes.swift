extension ContentIndex {
  /// Builds the bytes of an index file: unsigned integers as LEB128 varints, texts as their
  /// UTF-8 length and bytes, optionals behind a 0/1 byte, lists behind their count.
  struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func count(_ value: Int) { unsigned(UInt64(max(value, 0))) }

    mutating func unsigned(_ value: UInt64) {
      var rest = value
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }

    /// A signed integer, zigzag coded so that small negative numbers stay short.
    mutating func integer(_ value: Int) {
      let wide = Int64(value)
      unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func double(_ value: Double) {
      var bits = value.bitPattern
      for _ in 0..<8 {
        bytes.append(UInt8(truncatingIfNeeded: bits))
        bits >>= 8
      }
    }

    mutating func string(_ value: String) {
      var value = value
      value.withUTF8 { utf8 in
        count(utf8.count)
        bytes.append(contentsOf: utf8)
      }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
      guard let value else { return byte(0) }
      byte(1)
      write(&self, value)
    }

    mutating func list<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
      count(values.count)
      for value in values { write(&self, value) }
    }

    mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }
  }

  /// Reads what `ByteWriter` wrote; every read past the end or of a malformed value throws,
  /// so a truncated or damaged file is refused rather than trapped on.
  struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
      self.bytes = bytes
      self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws -> UInt8 {
      guard offset < bytes.count else { throw Malformed() }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func unsigned() throws -> UInt64 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let next = try byte()
        guard shift < 64, shift < 63 || next <= 1 else { throw Malformed() }
        value |= UInt64(next & 0x7f) << shift
        if next < 0x80 { return value }
        shift += 7
      }
    }

    /// A count of things that follow, each at least one byte: never more than the bytes left.
    mutating func count() throws -> Int {
      let value = try unsigned()
      guard value <= UInt64(bytes.count - offset) else { throw Malformed() }
      return Int(value)
    }

    mutating func integer() throws -> Int {
      let coded = try unsigned()
      let value = Int64(bitPattern: (coded >> 1) ^ (0 &- (coded & 1)))
      guard let fitting = Int(exactly: value) else { throw Malformed() }
      return fitting
    }

    mutating func double() throws -> Double {
      guard bytes.count - offset >= 8 else { throw Malformed() }
      var bits: UInt64 = 0
      for shift in 0..<8 { bits |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
      offset += 8
      return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
      let length = try count()
      let start = offset
      offset += length
      return bytes.withUnsafeBufferPointer { buffer in
        String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + length]), as: UTF8.self)
      }
    }

    mutating func bool() throws -> Bool {
      switch try byte() {
      case 0: return false
      case 1: return true
      default: throw Malformed()
      }
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
      try bool() ? try read(&self) : nil
    }

    mutating func list<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
      let count = try count()
      var values: [T] = []
      values.reserveCapacity(count)
      for _ in 0..<count { values.append(try read(&self)) }
      return values
    }

    mutating func strings() throws -> [String] { try list { try $0.string() } }

    /// A value spelled by its raw value, such as a level or a role.
    mutating func named<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
      guard let value = T(rawValue: try string()) else { throw Malformed() }
      return value
    }
  }
}
