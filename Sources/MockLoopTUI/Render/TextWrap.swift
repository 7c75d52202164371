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
  wrappedLines(text, width: width).map(\.text)
}

/// Word-wraps text like `wrapped(_:width:)` and also says where each line is in
/// the source, so an editor can map a cursor position to a row and column.
public func wrappedLines(_ text: String, width: Int) -> [WrappedLine] {
  var wrapper = LineWrapper(text: text, width: max(1, width))
  return wrapper.run()
}

/// The greedy wrapping state machine behind `wrappedLines(_:width:)`.
private struct LineWrapper {
  let text: String
  let width: Int
  var lines: [WrappedLine] = []

  // The line being built.
  var start: String.Index
  var visibleEnd: String.Index
  var used = 0
  var previousWasSpace = false
  /// Spaces past the right margin are hanging: they end the line but are not drawn.
  var hanging = false
  /// The last place the line may break: where a run of spaces starts and where
  /// the next word starts.
  var breakSpace: String.Index?
  var breakWord: String.Index?

  init(text: String, width: Int) {
    self.text = text
    self.width = width
    self.start = text.startIndex
    self.visibleEnd = text.startIndex
  }

  mutating func run() -> [WrappedLine] {
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
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
    finishLine(rangeEnd: text.endIndex, visibleEnd: visibleEnd)
    return lines
  }

  mutating func addSpace(_ character: Character, at index: String.Index, next: String.Index) {
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

  mutating func addWordCharacter(_ character: Character, at index: String.Index, next: String.Index) {
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
      used = text[wordStart..<index].displayWidth
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

  mutating func finishLine(rangeEnd: String.Index, visibleEnd: String.Index) {
    lines.append(WrappedLine(range: start..<rangeEnd, text: String(text[start..<visibleEnd])))
  }

  mutating func beginLine(at index: String.Index) {
    start = index
    visibleEnd = index
    used = 0
    previousWasSpace = false
    hanging = false
    breakSpace = nil
    breakWord = nil
  }
}
