import Foundation

/// Text a person wrote (Markdown-ish notes) cut into blocks to show as text: headings, lists,
/// quotes, fenced or table-like preformatted lines, and paragraphs. Nothing in it is ever
/// taken as markup: inline emphasis, links and HTML stay the characters they were.
public enum NoteBlock: Sendable, Equatable {
  /// `# Title` to `###### Title`.
  case heading(level: Int, text: String)
  /// Consecutive `- `, `* `, `+ ` or `1. ` lines; `depth` counts indentation by two spaces.
  case list([(depth: Int, text: String)], ordered: Bool)
  /// Consecutive `> ` lines.
  case quote(String)
  /// A ``` fence's lines, or consecutive lines starting with `|` (a table typed as text).
  case preformatted(String)
  /// Consecutive other lines, their line breaks kept.
  case paragraph(String)

  public static func == (lhs: NoteBlock, rhs: NoteBlock) -> Bool {
    switch (lhs, rhs) {
    case (.heading(let a, let x), .heading(let b, let y)): return a == b && x == y
    case (.list(let a, let x), .list(let b, let y)):
      return x == y && a.map(\.depth) == b.map(\.depth) && a.map(\.text) == b.map(\.text)
    case (.quote(let a), .quote(let b)), (.preformatted(let a), .preformatted(let b)),
      (.paragraph(let a), .paragraph(let b)):
      return a == b
    default: return false
    }
  }

  /// The blocks of `text`, in order; blank lines only separate them.
  public static func parse(_ text: String) -> [NoteBlock] {
    var parser = Parser()
    for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      parser.read(String(line))
    }
    parser.flush()
    if parser.inFence { parser.blocks.append(.preformatted(parser.fence.joined(separator: "\n"))) }
    return parser.blocks
  }

  private struct Parser {
    var blocks: [NoteBlock] = []
    var paragraph: [String] = []
    var items: [(depth: Int, text: String)] = []
    var ordered = false
    var quote: [String] = []
    var table: [String] = []
    var fence: [String] = []
    var inFence = false

    mutating func read(_ line: String) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if inFence {
        if trimmed.hasPrefix("```") {
          blocks.append(.preformatted(fence.joined(separator: "\n")))
          fence = []
          inFence = false
        } else {
          fence.append(line)
        }
        return
      }
      if trimmed.hasPrefix("```") {
        flush()
        inFence = true
        return
      }
      if trimmed.isEmpty { return flush() }
      if let heading = Self.heading(trimmed) {
        flush()
        blocks.append(heading)
        return
      }
      if let item = Self.listItem(line) {
        if items.isEmpty || ordered != item.ordered {
          flush()
          ordered = item.ordered
        }
        items.append((item.depth, item.text))
        return
      }
      if trimmed.hasPrefix(">") {
        if quote.isEmpty { flush() }
        quote.append(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces))
        return
      }
      if trimmed.hasPrefix("|") {
        if table.isEmpty { flush() }
        table.append(line)
        return
      }
      if !items.isEmpty, line.hasPrefix("  "), let last = items.popLast() {
        items.append((last.depth, last.text + "\n" + trimmed))  // a continued item
        return
      }
      if paragraph.isEmpty { flush() }
      paragraph.append(line)
    }

    mutating func flush() {
      if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: "\n"))) }
      if !items.isEmpty { blocks.append(.list(items, ordered: ordered)) }
      if !quote.isEmpty { blocks.append(.quote(quote.joined(separator: "\n"))) }
      if !table.isEmpty { blocks.append(.preformatted(table.joined(separator: "\n"))) }
      paragraph = []
      items = []
      quote = []
      table = []
    }

    static func heading(_ line: String) -> NoteBlock? {
      let hashes = line.prefix { $0 == "#" }.count
      guard (1...6).contains(hashes) else { return nil }
      let rest = line.dropFirst(hashes)
      guard rest.first == " " else { return nil }
      return .heading(level: hashes, text: rest.trimmingCharacters(in: .whitespaces))
    }

    static func listItem(_ line: String) -> (depth: Int, text: String, ordered: Bool)? {
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      let depth = min(indent / 2, 4)
      for bullet in ["- ", "* ", "+ "] where body.hasPrefix(bullet) {
        return (depth, String(body.dropFirst(2)), false)
      }
      let digits = body.prefix { $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, digits.count <= 3 else { return nil }
      let after = body.dropFirst(digits.count)
      guard after.hasPrefix(". ") || after.hasPrefix(") ") else { return nil }
      return (depth, String(after.dropFirst(2)), true)
    }
  }
}
