import Foundation

/// An export read through and found importable: every session decodes and breaks no rule of
/// `ExportDocument.problems(rubrics:)`. Only a `SessionStore` can import it.
///
/// An export in the layout `mockloop export` writes (`ExportLayout`) is read one session at a
/// time, here and again when it is imported, so its size costs no memory; any other export (made
/// by hand, or laid out otherwise) is read whole, as one document, within `BoundedInput.importLimit`.
public struct CheckedExport {
  enum Content {
    /// The whole document, read at once.
    case whole(ExportDocument)
    /// The document without its sessions, which are read from the file again when imported.
    case streamed(frame: ExportDocument, sessions: Int, stamp: [Int])
  }

  let file: ImportFile
  let content: Content

  /// How many sessions the export holds.
  public var sessionCount: Int {
    switch content {
    case .whole(let document): document.sessions.count
    case .streamed(_, let sessions, _): sessions
    }
  }

  /// Whether the sessions were read one at a time (the file is in `mockloop export`'s layout).
  public var isStreamed: Bool {
    if case .streamed = content { return true }
    return false
  }

  /// Reads `file` through and checks it against `rubrics` (the ones this machine knows).
  ///
  /// Throws `StoreError.invalidExport` for a file that is not an export MockLoop reads and
  /// `StoreError.refusedImport` (naming every problem) for one that breaks a rule.
  public init(_ file: ImportFile, rubrics: [Rubric]) throws {
    self.file = file
    try file.rewind()
    let stamp = file.stamp()
    var check = ImportCheck(rubrics: rubrics)
    let decoder = ExchangeCoding.decoder
    let frameText = try ExportReader.read(file.descriptor, source: file.source) { text in
      guard let session = try? decoder.decode(Session.self, from: text) else { return false }
      check.add(session)
      return true
    }
    // Anything amiss (a session or the frame that does not decode) is left to the whole
    // document's read, whose error names the place in the document.
    if let frameText, let frame = try? ExportDocument.decode(frameText) {
      let problems = check.problems(interviewers: frame.interviewers ?? [])
      guard problems.isEmpty else { throw StoreError.refusedImport(problems) }
      content = .streamed(frame: frame, sessions: check.count, stamp: stamp)
      return
    }
    let document = try ExportDocument.decode(try file.wholeData())
    let problems = document.problems(rubrics: rubrics)
    guard problems.isEmpty else { throw StoreError.refusedImport(problems) }
    content = .whole(document)
  }
}
