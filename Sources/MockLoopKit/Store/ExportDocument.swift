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
  /// What interviewers wrote about those sessions (absent in older exports and when none did).
  public var interviewers: [InterviewerExport]?

  public init(
    exportedAt: Date, sessions: [Session], calculations: [Calculation]? = nil, estimateRuns: [EstimateRun]? = nil,
    interviewers: [InterviewerExport]? = nil
  ) {
    self.interviewers = interviewers
    self.kind = "mockloop-export"
    self.version = Self.currentVersion
    self.exportedAt = exportedAt
    self.sessions = sessions
    self.calculations = calculations
    self.estimateRuns = estimateRuns
  }

  /// Reads an export: its kind and version first (only version 1 exists), then the sessions.
  public static func decode(_ data: Data) throws -> ExportDocument {
    /// What identifies an export, read before the rest so that another version is named as such.
    struct Header: Decodable {
      var kind: String?
      var version: Int?
    }
    do {
      let header = try ExchangeCoding.decoder.decode(Header.self, from: data)
      guard header.kind == "mockloop-export" else {
        throw StoreError.invalidExport(header.kind.map { "'kind' is '\($0)'" } ?? "missing 'kind'")
      }
      guard let version = header.version else { throw StoreError.invalidExport("missing 'version'") }
      guard version <= currentVersion else {
        throw StoreError.invalidExport("version \(version) is newer than this MockLoop reads (\(currentVersion))")
      }
      guard version == currentVersion else {
        throw StoreError.invalidExport(
          "version \(version) is not a version MockLoop writes (this one reads version \(currentVersion))")
      }
      return try ExchangeCoding.decoder.decode(ExportDocument.self, from: data)
    } catch let error as DecodingError {
      throw StoreError.invalidExport(DecodingProblem.describe(error))
    }
  }

  public func encoded() throws -> Data { try ExchangeCoding.encoder.encode(self) }
}

/// What an import did.
public struct ImportResult: Sendable, Equatable {
  public var added: Int
  public var skipped: Int
}
