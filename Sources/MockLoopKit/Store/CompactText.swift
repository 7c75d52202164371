/// Reading the compact text columns (scores, phase seconds, checked items) byte by byte: the
/// history and the statistics read several of these per session, and splitting them into
/// substrings cost more than the rest of reading the row.
enum CompactText {
  static let comma = UInt8(ascii: ",")
  static let colon = UInt8(ascii: ":")
  static let semicolon = UInt8(ascii: ";")
  static let equals = UInt8(ascii: "=")

  /// A whole number written as Swift writes one (an optional sign, then digits) starting at
  /// `start`, and the index after it; nil when there is none or it does not fit an `Int`.
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int, end: Int)? {
    var index = start
    var isNegative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      isNegative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    let digits = index
    // Summed below zero, so that Int.min fits too.
    var value = 0
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
      let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, underflow) = tens.subtractingReportingOverflow(Int(bytes[index] &- UInt8(ascii: "0")))
      guard !overflow, !underflow else { return nil }
      value = sum
      index += 1
    }
    guard index > digits else { return nil }
    if isNegative { return (value, index) }
    guard value != .min else { return nil }
    return (-value, index)
  }

  /// The text of `bytes[range]`.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// How many times `byte` occurs.
  static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    for each in bytes where each == byte { count += 1 }
    return count
  }
}
