/// A report as structured content, before it is written as HTML: a title, facts about what
/// it covers, and sections of blocks. Every string in it is plain text, escaped when written;
/// nothing in a document is markup.
public struct ReportDocument: Sendable, Equatable {
  public var title: String
  /// What the report covers, under the title ("Format": "Amazon L7 (90 min)").
  public var facts: [Fact]
  public var sections: [ReportSection]
  /// The line at the foot of the page: what made it and when.
  public var footer: String

  public init(title: String, facts: [Fact], sections: [ReportSection], footer: String) {
    self.title = title
    self.facts = facts
    self.sections = sections
    self.footer = footer
  }

  /// The section with this id.
  public func section(_ id: String) -> ReportSection? { sections.first { $0.id == id } }
}

/// One titled part of a report. A section with no blocks is a slot kept for content that
/// does not exist yet (calibration against an interviewer, plan coverage): it is written as
/// an empty, marked element and shows nothing.
public struct ReportSection: Sendable, Equatable {
  /// The element id, also what tests and links look for; written by MockLoop, never from data.
  public var id: String
  public var title: String
  public var blocks: [ReportBlock]

  public init(id: String, title: String, blocks: [ReportBlock]) {
    self.id = id
    self.title = title
    self.blocks = blocks
  }

  /// A slot for a section another part of MockLoop fills; empty until then.
  public static func slot(_ id: String, title: String, blocks: [ReportBlock] = []) -> ReportSection {
    ReportSection(id: id, title: title, blocks: blocks)
  }
}

/// A piece of a section.
public enum ReportBlock: Sendable, Equatable {
  /// A paragraph of plain text; `tone` colours it (a verdict met or not).
  case paragraph(String, tone: Tone = .plain)
  /// A sub-heading inside the section.
  case heading(String)
  case list([ListItem])
  case facts([Fact])
  case table(DataTable)
  case figure(ReportFigure)
  /// Text written by a person (notes, went well, a reference sketch), shown as text blocks.
  case notes(String)

  /// How a paragraph or item reads: plain, or marked good, bad or muted.
  public enum Tone: String, Sendable, Equatable {
    case plain, good, bad, muted
  }

}

/// A label and its value ("Format": "Amazon L7 (90 min)").
public struct Fact: Sendable, Equatable {
  public var label: String
  public var value: String

  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// An item of a list, with a mark (ticked, missed) and sub-items.
public struct ListItem: Sendable, Equatable {
  public enum Mark: String, Sendable, Equatable {
    case none, done, missed
  }

  public var text: String
  public var mark: Mark
  /// A muted line after the text ("minute 14").
  public var detail: String?
  public var children: [String]
  /// A heading over `children` ("A strong answer covers").
  public var childrenTitle: String?

  public init(
    _ text: String, mark: Mark = .none, detail: String? = nil, children: [String] = [], childrenTitle: String? = nil
  ) {
    self.text = text
    self.mark = mark
    self.detail = detail
    self.children = children
    self.childrenTitle = childrenTitle
  }
}

/// Rows of text under column headings; numeric columns are right-aligned.
public struct DataTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var title: String
    public var isNumeric: Bool

    public init(_ title: String, isNumeric: Bool = false) {
      self.title = title
      self.isNumeric = isNumeric
    }
  }

  public var caption: String
  public var columns: [Column]
  public var rows: [[String]]

  public init(caption: String, columns: [Column], rows: [[String]]) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
  }
}

/// A chart with its title, a sentence saying what it shows, and the same figures as a table
/// beside it for screen readers and print.
public struct ReportFigure: Sendable, Equatable {
  /// The image's element id; written by MockLoop, never from data.
  public var id: String
  public var title: String
  public var summary: String
  public var chart: Chart
  public var table: DataTable

  public init(id: String, title: String, summary: String, chart: Chart, table: DataTable) {
    self.id = id
    self.title = title
    self.summary = summary
    self.chart = chart
    self.table = table
  }

  public var svg: String { chart.svg(id: id, title: title, description: summary) }
}
