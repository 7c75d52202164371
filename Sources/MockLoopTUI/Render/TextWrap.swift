/// One line of wrapped text: where it comes from in the source string and what it shows.
///
/// `range` covers the line's characters in the source, including spaces that
/// hang past the right margin at a soft break (so every character of a
/// paragraph belongs to exactly one line); `text` is what is drawn and always
/// fits the wrap width, except a single character wider than the width.
public struct WrappedLine: Sendable, Equatable {
  public var range: Range<String.Index>
  public var text: String

  public init(range: Range<String.Index>, text: String) {
    self.range = range
    self.text = text
  }
}

/// Word-wraps text to `width` columns and returns the lines to draw.
///
/// Lines break at spaces; a word longer than the width is broken between
/// characters; explicit newlines always break (an empty line stays empty);
/// a grapheme is never split. A width below 1 is treated as 1.
public func wrapped(_ text: String, width: Int) -> [String] {
  LineWrapper.lines(of: text, width: width).map(\.text)
}

/// Word-wraps text like `wrapped(_:width:)` and also says where each line is in
/// the source, so an editor can map a cursor position to a row and column.
public func wrappedLines(_ text: String, width: Int) -> [WrappedLine] {
  let utf8 = text.utf8
  return LineWrapper.lines(of: text, width: width).map { line in
    let start = utf8.index(utf8.startIndex, offsetBy: line.start)
    return WrappedLine(range: start..<utf8.index(start, offsetBy: line.end - line.start), text: line.text)
  }
}

/// The greedy wrapping state machine behind `wrappedLines(_:width:)`, working on
/// UTF-8 byte offsets.
private struct LineWrapper {
  /// A finished line: the offsets it covers and the text it shows.
  struct Line: Sendable {
    var start: Int
    var end: Int
    var text: String
  }

  static func lines(of text: String, width: Int) -> [Line] {
    // Texts up to a few kilobytes (prompts, checklist items, follow-ups) are wrapped once per
    // width; longer ones, and the many widths of a resize, are simply wrapped again.
    guard text.utf8.count <= memoLimit else { return wrap(text, width: width) }
    return memo.value(for: Key(text: text, width: width)) { wrap(text, width: width) }
  }

  private static func wrap(_ text: String, width: Int) -> [Line] {
    text.withUTF8Bytes { bytes in
      var wrapper = LineWrapper(bytes: bytes, width: max(1, width))
      return wrapper.run()
    }
  }

  private struct Key: Hashable, Sendable {
    var text: String
    var width: Int
  }

  private static let memoLimit = 4096
  private static let memo = Memo<Key, [Line]>(capacity: 128)

  /// The text, valid only inside `lines(of:width:)`.
  let bytes: UnsafeBufferPointer<UInt8>
  let width: Int
  var lines: [Line] = []

  // The line being built.
  var start = 0
  var visibleEnd = 0
  var used = 0
  var previousWasSpace = false
  /// Spaces past the right margin are hanging: they end the line but are not drawn.
  var hanging = false
  /// The last place the line may break: where a run of spaces starts and where
  /// the next word starts.
  var breakSpace: Int?
  var breakWord: Int?

  init(bytes: UnsafeBufferPointer<UInt8>, width: Int) {
    self.bytes = bytes
    self.width = width
  }

  mutating func run() -> [Line] {
    var reader = GraphemeReader(bytes)
    var index = 0
    while let character = reader.next() {
      let next = reader.offset
      if character.isNewline {
        finishLine(rangeEnd: index, visibleEnd: visibleEnd)
        beginLine(at: next)
      } else if character.isWhitespace {
        addSpace(character, at: index, next: next)
      } else {
        addWordCharacter(character, at: index, next: next)
      }
      index = next
    }
    finishLine(rangeEnd: bytes.count, visibleEnd: visibleEnd)
    return lines
  }

  mutating func addSpace(_ character: Grapheme, at index: Int, next: Int) {
    let isBreak = !previousWasSpace && index != start
    previousWasSpace = true
    if hanging { return }
    if isBreak { breakSpace = index }
    let characterWidth = max(1, character.displayWidth)
    if used + characterWidth <= width {
      used += characterWidth
      visibleEnd = next
    } else {
      hanging = true
    }
  }

  mutating func addWordCharacter(_ character: Grapheme, at index: Int, next: Int) {
    let characterWidth = character.displayWidth
    if hanging {
      finishLine(rangeEnd: index, visibleEnd: breakSpace ?? visibleEnd)
      beginLine(at: index)
    } else if previousWasSpace && breakSpace != nil {
      breakWord = index
    }
    previousWasSpace = false
    if used + characterWidth <= width || index == start {
      used += characterWidth
      visibleEnd = next
      return
    }
    // The character overflows: break after the last space, else inside the word.
    if let wordStart = breakWord, let spaceStart = breakSpace, wordStart > start {
      finishLine(rangeEnd: wordStart, visibleEnd: spaceStart)
      beginLine(at: wordStart)
      used = displayWidth(from: wordStart, to: index)
      visibleEnd = index
      if used + characterWidth <= width || index == start {
        used += characterWidth
        visibleEnd = next
        return
      }
    }
    finishLine(rangeEnd: index, visibleEnd: index)
    beginLine(at: index)
    used = characterWidth
    visibleEnd = next
  }

  func displayWidth(from start: Int, to end: Int) -> Int {
    DisplayWidth.width(ofUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
  }

  mutating func finishLine(rangeEnd: Int, visibleEnd: Int) {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<visibleEnd]), as: UTF8.self)
    lines.append(Line(start: start, end: rangeEnd, text: text))
  }

  mutating func beginLine(at index: Int) {
    start = index
    visibleEnd = index
    used = 0
    previousWasSpace = false
    hanging = false
    breakSpace = nil
    breakWord = nil
  }
}
