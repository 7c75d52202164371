import Foundation

/// Everything MockLoop knows, as one JSON document that imports back without duplicates:
/// sessions keep their ids, and an import skips the ids it already has.
public struct ExportDocument: Sendable, Codable, Equatable {
  public static let currentVersion = 1

  public var kind: String
  public var version: Int
  public var exportedAt: Date
  public var sessions: [Session]
  /// The calculations made during those sessions (absent in older exports).
  public var calculations: [Calculation]?
  /// Estimation drill sets (absent in older exports).
  public var estimateRuns: [EstimateRun]?

  public init(
    exportedAt: Date, sessions: [Session], calculations: [Calculation]? = nil, estimateRuns: [EstimateRun]? = nil
  ) {
    self.kind = "mockloop-export"
    self.version = Self.currentVersion
    self.exportedAt = exportedAt
    self.sessions = sessions
    self.calculations = calculations
    self.estimateRuns = estimateRuns
  }

  public static func decode(_ data: Data) throws -> ExportDocument {
    let document: ExportDocument
    do {
      document = try ExchangeCoding.decoder.decode(ExportDocument.self, from: data)
    } catch let error as DecodingError {
      throw StoreError.invalidExport(Self.describe(error))
    }
    guard document.kind == "mockloop-export" else { throw StoreError.invalidExport("'kind' is '\(document.kind)'") }
    guard document.version <= currentVersion else {
      throw StoreError.invalidExport(
        "version \(document.version) is newer than this MockLoop reads (\(currentVersion))")
    }
    return document
  }

  public func encoded() throws -> Data { try ExchangeCoding.encoder.encode(self) }

  private static func describe(_ error: DecodingError) -> String {
    /// " at .sessions[0].events", or nothing for the document itself.
    func place(_ context: DecodingError.Context) -> String {
      let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return path.isEmpty ? "" : " at \(path)"
    }
    switch error {
    case .keyNotFound(let key, let context): return "missing '\(key.stringValue)'\(place(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return context.debugDescription + place(context)
    @unknown default: return "\(error)"
    }
  }
}

/// What an import did.
public struct ImportResult: Sendable, Equatable {
  public var added: Int
  public var skipped: Int
}

extension SessionStore {
  public func exportDocument(sessionIDs: [String]? = nil, at now: Date) throws -> ExportDocument {
    let sessions = try sessionIDs.map { ids in try ids.compactMap { try session(id: $0) } } ?? allSessions()
    return ExportDocument(
      exportedAt: now, sessions: sessions, calculations: try calculations(sessionIDs: sessions.map(\.id)),
      estimateRuns: sessionIDs == nil ? try estimateRuns() : nil)
  }

  /// Adds the sessions the store does not have yet, all in one transaction.
  public func importDocument(_ document: ExportDocument) throws -> ImportResult {
    try database.write { db in
      var result = ImportResult(added: 0, skipped: 0)
      for session in document.sessions {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [session.id]) == true {
          result.skipped += 1
        } else {
          try Self.insert(session, into: db)
          result.added += 1
        }
      }
      try Self.importEstimation(document, into: db)
      return result
    }
  }
}
