extension CompactText {
  /// The number `bytes[range]` writes, as `Double(String)` reads it (the nearest `Double`, ties
  /// to even), or nil when `Double(String)` gives nil.
  ///
  /// Plain decimals ("247.99000000953674", "300.0": how Swift writes the seconds of a phase)
  /// are read exactly with integer arithmetic, as their digits over a power of ten: no `String`
  /// is made, and no `strtod`. Anything else (an exponent, a sign, more than 19 digits) is
  /// read by `Double(String)` itself.
  static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    if let value = plainDecimal(bytes, range) { return value }
    return Double(string(bytes, range))
  }

  /// Digits, optionally a point and more digits, at most 19 in all; nil for anything else.
  private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    guard let base = bytes.baseAddress, !range.isEmpty else { return nil }
    var pointer = base + range.lowerBound
    let end = base + range.upperBound
    // Wrapping arithmetic: a value of more than 19 digits may wrap, and is then refused below.
    var digits: UInt64 = 0
    let start = pointer
    while pointer < end, pointer.pointee &- UInt8(ascii: "0") < 10 {
      digits = digits &* 10 &+ UInt64(pointer.pointee &- UInt8(ascii: "0"))
      pointer += 1
    }
    let wholeDigits = pointer - start
    var fractionDigits = 0
    if pointer < end {
      // "5." and ".5" are left to `Double(String)`, whatever it makes of them.
      guard wholeDigits > 0, pointer.pointee == UInt8(ascii: ".") else { return nil }
      pointer += 1
      let fraction = pointer
      while pointer < end, pointer.pointee &- UInt8(ascii: "0") < 10 {
        digits = digits &* 10 &+ UInt64(pointer.pointee &- UInt8(ascii: "0"))
        pointer += 1
      }
      fractionDigits = pointer - fraction
      guard fractionDigits > 0, pointer == end else { return nil }
    }
    guard wholeDigits > 0, wholeDigits + fractionDigits <= 19 else { return nil }
    // Digits and power both exact as Doubles: the division's one rounding is the nearest, ties
    // to even, which is what `Double(String)` gives.
    if digits <= 1 << 53 { return Double(digits) / exactPowersOfTen[fractionDigits] }
    return quotient(digits, powerOfTen: fractionDigits)
  }

  /// `10^0` to `10^19`: every power of ten a `UInt64` holds.
  private static let powersOfTen: [UInt64] = (0...19).map { power in
    (0..<power).reduce(1) { value, _ in value * 10 }
  }

  /// `10^0` to `10^19` as Doubles, each exact (every power up to `10^22` is).
  private static let exactPowersOfTen: [Double] = powersOfTen.map { Double($0) }

  /// `numerator / 10^power` rounded to the nearest `Double`, ties to even; `power` is 0...19.
  ///
  /// The quotient is taken to 63 or 64 bits with a full-width division (so the numerator,
  /// shifted, never loses a bit), and the bits below the 53 a `Double` keeps, with whether the
  /// division left a remainder, decide the rounding exactly.
  static func quotient(_ numerator: UInt64, powerOfTen power: Int) -> Double? {
    guard numerator != 0 else { return 0 }
    guard powersOfTen.indices.contains(power) else { return nil }
    let divisor = powersOfTen[power]
    // Shifted so that the quotient lies in [2^62, 2^64).
    let shift = 63 + numerator.leadingZeroBitCount - divisor.leadingZeroBitCount
    let high = shift >= 64 ? numerator << (shift - 64) : (shift == 0 ? 0 : numerator >> (64 - shift))
    let low = shift >= 64 ? 0 : numerator << shift
    guard high < divisor else { return nil }
    let (quotient, remainder) = divisor.dividingFullWidth((high: high, low: low))
    let dropped = (64 - quotient.leadingZeroBitCount) - 53
    var significand = quotient >> dropped
    let rest = quotient & ((1 << dropped) - 1)
    let half: UInt64 = 1 << (dropped - 1)
    if rest > half || (rest == half && (remainder != 0 || significand & 1 == 1)) { significand += 1 }
    // 53 bits, the top one implicit in a Double; rounding up may carry into a 54th.
    var exponent = 52 + dropped - shift
    if significand == 1 << 53 {
      significand >>= 1
      exponent += 1
    }
    let biased = UInt64(exponent + 1023)
    return Double(bitPattern: biased << 52 | significand & (1 << 52 - 1))
  }
}
