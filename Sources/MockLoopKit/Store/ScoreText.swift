import Foundation

/// Scores as compact text, "requirements=3,architecture=4", sorted by dimension id.
enum ScoreText {
  static func encode(_ scores: [String: Int]) -> String {
    scores.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
  }

  /// The scores of well-formed text ("" is no scores); nil when any pair is not "id=integer"
  /// or an id repeats.
  static func decode(_ text: String) -> [String: Int]? {
    var text = text
    var reader = Reader(range: nil)
    return text.withUTF8 { reader.scores($0) }
  }

  /// Decodes the score texts of many rows. Rows graded with one rubric name the same
  /// dimensions in the same order and differ only in their numbers, so each list of dimension
  /// ids (a layout) is hashed into a dictionary once, and every text with that layout is a copy
  /// of it with its own numbers (`mapValues` keeps the copied dictionary's hash table, so no id is
  /// hashed again); each whole text is decoded once too.
  struct Reader {
    /// Scores by their whole text.
    private var texts = TextCache<[String: Int]>()
    private var decoder: Decoder

    /// A reader of text whose scores must lie in `range` (any whole number when nil).
    init(range: ClosedRange<Int>?) { decoder = Decoder(range: range) }

    /// The scores of well-formed text whose scores lie in the range; nil for any other text.
    mutating func scores(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Int]? {
      texts.value(bytes) { decoder.decode($0) }
    }
  }

  /// Decodes what `Reader` has not seen, keeping each layout it meets.
  private struct Decoder {
    let range: ClosedRange<Int>?
    /// By a layout's ids, each followed by "=": each id's position in the layout.
    private var layouts = TextCache<[String: Int]>()
    private var dimensions = TextCache<String>()
    /// The layout and the numbers of the text being decoded.
    private var layout: [UInt8] = []
    private var numbers: [Int] = []

    init(range: ClosedRange<Int>?) { self.range = range }

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Int]? {
      guard !bytes.isEmpty else { return [:] }
      // The layout is never longer than the text: room for it is made once, and it is written
      // in place.
      if layout.count < bytes.count { layout = [UInt8](repeating: 0, count: max(bytes.count, 2 * layout.count)) }
      numbers.removeAll(keepingCapacity: true)
      let length = layout.withUnsafeMutableBufferPointer { Self.split(bytes, range: range, into: $0, &numbers) }
      guard let length else { return nil }
      let positions = layout.withUnsafeBufferPointer { layout in
        layouts.value(UnsafeBufferPointer(rebasing: layout[0..<length])) {
          Self.positions(of: $0, dimensions: &dimensions)
        }
      }
      guard let positions else { return nil }
      return positions.mapValues { numbers[$0] }
    }

    /// Writes the layout of `bytes` (each id with its "=") into `layout` and appends each score
    /// to `numbers`; the layout's length, or nil when a pair is not "id=integer" or a score lies
    /// outside `range`.
    private static func split(
      _ bytes: UnsafeBufferPointer<UInt8>, range: ClosedRange<Int>?, into layout: UnsafeMutableBufferPointer<UInt8>,
      _ numbers: inout [Int]
    ) -> Int? {
      guard let base = bytes.baseAddress, let out = layout.baseAddress, layout.count >= bytes.count else { return nil }
      let count = bytes.count
      var length = 0
      var index = 0
      while true {
        let start = index
        while index < count, base[index] != CompactText.equals, base[index] != CompactText.comma { index += 1 }
        guard index < count, index > start, base[index] == CompactText.equals else { return nil }
        // Each id with its "=", which no id holds, so the layout reads back as its ids.
        let idLength = index + 1 - start
        (out + length).update(from: base + start, count: idLength)
        length += idLength
        let score: Int
        let end: Int
        // One digit, as nearly every score is; any other form as `CompactText.integer` reads it.
        let next = index + 2
        if next <= count, base[index + 1] &- UInt8(ascii: "0") < 10,
          next == count || base[next] &- UInt8(ascii: "0") >= 10
        {
          (score, end) = (Int(base[index + 1] &- UInt8(ascii: "0")), next)
        } else {
          guard let (value, after) = CompactText.integer(bytes, from: index + 1) else { return nil }
          (score, end) = (value, after)
        }
        guard range?.contains(score) ?? true else { return nil }
        numbers.append(score)
        if end == count { return length }
        guard base[end] == CompactText.comma else { return nil }
        index = end + 1
      }
    }

    /// Each id of a layout ("id=id=…") at its position; nil when an id repeats.
    private static func positions(of layout: UnsafeBufferPointer<UInt8>, dimensions: inout TextCache<String>)
      -> [String: Int]?
    {
      var positions = [String: Int](minimumCapacity: CompactText.count(of: CompactText.equals, in: layout))
      var start = 0
      for index in layout.indices where layout[index] == CompactText.equals {
        let id = dimensions.text(UnsafeBufferPointer(rebasing: layout[start..<index]))
        guard positions.updateValue(positions.count, forKey: id) == nil else { return nil }
        start = index + 1
      }
      return positions
    }
  }
}
