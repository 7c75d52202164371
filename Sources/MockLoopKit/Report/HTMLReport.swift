/// Writes a `ReportDocument` as one self-contained HTML page: inline CSS and inline SVG, no
/// script, and nothing fetched from anywhere (a content security policy in the page forbids it
/// too), so it opens offline, from a mail attachment, and prints cleanly. Every string of the
/// document is escaped with `Markup.escape`; text a person wrote is shown as text blocks.
public enum HTMLReport {
  public static func render(_ document: ReportDocument) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light dark">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(Markup.escape(document.title))</title>
      <style>
      \(ReportStylesheet.css)
      </style>
      </head>
      <body>
      <header>
      <h1>\(Markup.escape(document.title))</h1>

      """
    html += facts(document.facts)
    html += "</header>\n<main>\n"
    for section in document.sections { html += render(section) }
    html += "</main>\n<footer>\(Markup.escape(document.footer))</footer>\n</body>\n</html>\n"
    return html
  }

  static func render(_ section: ReportSection) -> String {
    let id = Markup.escape(section.id)
    guard !section.blocks.isEmpty else {
      return "<section id=\"\(id)\" class=\"slot\" data-slot=\"empty\"></section>\n"
    }
    var html = "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
    html += "<h2 id=\"\(id)-heading\">\(Markup.escape(section.title))</h2>\n"
    for block in section.blocks { html += render(block) }
    return html + "</section>\n"
  }

  static func render(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text, let tone):
      let attribute = tone == .plain ? "" : " class=\"tone-\(tone.rawValue)\""
      return "<p\(attribute)>\(Markup.escape(text))</p>\n"
    case .heading(let text): return "<h3>\(Markup.escape(text))</h3>\n"
    case .list(let items): return list(items)
    case .facts(let pairs): return facts(pairs)
    case .table(let table): return "<div class=\"table-box\">\n\(self.table(table))</div>\n"
    case .figure(let figure): return self.figure(figure)
    case .notes(let text): return notes(text)
    }
  }

  static func facts(_ facts: [Fact]) -> String {
    guard !facts.isEmpty else { return "" }
    let rows = facts.map { "<div><dt>\(Markup.escape($0.label))</dt><dd>\(Markup.escape($0.value))</dd></div>\n" }
    return "<dl class=\"facts\">\n" + rows.joined() + "</dl>\n"
  }

  static func list(_ items: [ListItem]) -> String {
    var html = "<ul class=\"items\">\n"
    for item in items {
      let mark: String
      switch item.mark {
      case .none: mark = ""
      case .done: mark = "<span class=\"mark\" aria-hidden=\"true\">✓</span><span class=\"sr-only\">Done: </span>"
      case .missed:
        mark = "<span class=\"mark\" aria-hidden=\"true\">✗</span><span class=\"sr-only\">Not done: </span>"
      }
      html += "<li class=\"\(item.mark.rawValue)\">\(mark)<span class=\"text\">\(Markup.escape(item.text))</span>"
      if let detail = item.detail { html += "<span class=\"detail\">\(Markup.escape(detail))</span>" }
      if let title = item.childrenTitle, !item.children.isEmpty {
        html += "<div class=\"children-title\">\(Markup.escape(title))</div>"
      }
      if !item.children.isEmpty {
        html += "<ul class=\"children\">" + item.children.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }

  static func table(_ table: DataTable) -> String {
    var html = "<table class=\"data\">\n<caption>\(Markup.escape(table.caption))</caption>\n<thead><tr>"
    for column in table.columns {
      html += "<th scope=\"col\"\(column.isNumeric ? " class=\"num\"" : "")>\(Markup.escape(column.title))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        let numeric = table.columns.indices.contains(index) && table.columns[index].isNumeric
        html += "<td\(numeric ? " class=\"num\"" : "")>\(Markup.escape(cell))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  static func figure(_ figure: ReportFigure) -> String {
    "<figure>\n<figcaption>\(Markup.escape(figure.title))</figcaption>\n<div class=\"figure-body\">\n"
      + "<div class=\"plot\">\n\(figure.svg)\n</div>\n<div class=\"table-box\">\n\(table(figure.table))</div>\n"
      + "</div>\n</figure>\n"
  }

  /// Notes as text blocks: headings one level under the section's, lists, quotes, preformatted
  /// lines and paragraphs, every character escaped.
  static func notes(_ text: String) -> String {
    var html = "<div class=\"notes\">\n"
    for block in NoteBlock.parse(text) {
      switch block {
      case .heading(let level, let text):
        let tag = "h\(min(level + 2, 6))"
        html += "<\(tag)>\(Markup.escape(text))</\(tag)>\n"
      case .list(let items, let ordered):
        let tag = ordered ? "ol" : "ul"
        html += "<\(tag)>\n"
        for item in items {
          let depth = item.depth > 0 ? " class=\"depth-\(item.depth)\"" : ""
          html += "<li\(depth)>\(Markup.escape(item.text))</li>\n"
        }
        html += "</\(tag)>\n"
      case .quote(let text): html += "<blockquote>\(Markup.escape(text))</blockquote>\n"
      case .preformatted(let text): html += "<pre>\(Markup.escape(text))</pre>\n"
      case .paragraph(let text): html += "<p>\(Markup.escape(text))</p>\n"
      }
    }
    return html + "</div>\n"
  }
}
