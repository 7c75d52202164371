import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Export written session by session, import read session by session")
struct StreamedExportTests {
  /// A store with an interviewer's rows, calculations (one of them of the bad session), a drill
  /// set, three sessions graded 1 to 3 and one of them unreadable.
  static func richStore() throws -> (store: SessionStore, bad: String) {
    let (store, _, paired) = try InterviewerExchangeTests.finishedPair()
    let sessions = StoredDataTests.threeSessions()
    try store.insert(sessions)
    try store.database.write { db in
      for (id, session) in [("c1", sessions[0].id), ("c2", paired.id), ("c3", sessions[1].id), ("c4", sessions[0].id)] {
        try SessionStore.insert(
          try EstimateStoreTests.calculation(id, session: session, at: Date(timeIntervalSince1970: 1_700_000_000)),
          into: db)
      }
    }
    try store.insertEstimateRun(EstimateStoreTests.run(at: Date(timeIntervalSince1970: 1_600_000_000)))
    try StoredDataTests.spoil(store, victim: sessions[1].id, with: Damage.all[0])
    return (store, sessions[1].id)
  }

  /// The document as it was made before exports streamed: every readable session at once.
  static func wholeDocument(_ store: SessionStore, at date: Date) throws -> ExportDocument {
    let sessions = try store.readAllSessionsBulk().values
    let ids = sessions.map(\.id)
    return ExportDocument(
      exportedAt: date, sessions: sessions, calculations: try store.calculations(sessionIDs: ids),
      estimateRuns: try store.estimateRuns(), interviewers: try store.interviewerExports(sessionIDs: ids))
  }

  static func streamed(
    _ store: SessionStore, at date: Date, pageSize: Int = SessionPages.defaultSize,
    transform: (String) -> String = { $0 }
  ) throws -> (data: Data, result: SessionStore.StreamedExport) {
    var data = Data()
    let result = try store.writeExport(
      exportedAt: date, pageSize: pageSize, spoolFolder: Fixtures.temporaryFolder(), transform: transform
    ) { data.append($0) }
    return (data, result)
  }

  static let date = Date(timeIntervalSince1970: 1_750_000_000.123)

  @Test("the streamed export is byte for byte the encoded document, whatever the page size", arguments: [1, 2, 200])
  func streamedBytesEqualEncoded(pageSize: Int) throws {
    let (store, bad) = try Self.richStore()
    let (data, result) = try Self.streamed(store, at: Self.date, pageSize: pageSize)
    let whole = try Self.wholeDocument(store, at: Self.date)
    #expect(whole.sessions.count == 3)
    // The bad session's calculation (c3) is left out with it.
    #expect(whole.calculations.map { Set($0.map(\.id)) } == ["c1", "c2", "c4"])
    #expect(whole.interviewers?.count == 1)
    #expect(whole.estimateRuns?.count == 1)
    #expect(String(decoding: data, as: UTF8.self) == String(decoding: try whole.encoded(), as: UTF8.self))
    #expect(result.sessions == 3)
    #expect(result.skipped.count == 1)
    #expect(result.skipped.first.map { "\($0)".contains(bad) } == true)
  }

  @Test("an empty store streams the encoded empty document")
  func emptyStoreStreamsEncoded() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let (data, result) = try Self.streamed(store, at: Self.date)
    #expect(data == (try Self.wholeDocument(store, at: Self.date).encoded()))
    #expect(result.sessions == 0)
  }

  @Test("every piece of a streamed export goes through the transform, as the whole text would")
  func transformReachesEveryPiece() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    var sessions = StoredDataTests.threeSessions()
    sessions[0].notes = "bell \u{7} and \u{9b} in the notes"
    sessions[2].notes = "\u{7f} too"
    try store.insert(sessions)
    let escape = { (text: String) in
      text.replacingOccurrences(of: "\u{9b}", with: "\\u009b").replacingOccurrences(of: "\u{7f}", with: "\\u007f")
    }
    let (data, _) = try Self.streamed(store, at: Self.date, pageSize: 1, transform: escape)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text == escape(String(decoding: try Self.wholeDocument(store, at: Self.date).encoded(), as: UTF8.self)))
    #expect(!text.contains("\u{9b}"))
    #expect(try ExportDocument.decode(data).sessions.map(\.notes) == sessions.reversed().map(\.notes))
  }

  static func file(_ data: Data) throws -> String {
    let url = Fixtures.temporaryFolder().appendingPathComponent("export.json")
    try data.write(to: url)
    return url.path
  }

  @Test("a streamed export is checked and imported one session at a time, with everything it carries")
  func streamedImportRoundTrip() throws {
    let (store, _) = try Self.richStore()
    let path = try Self.file(try Self.streamed(store, at: Self.date).data)
    let export = try CheckedExport(ImportFile(path: path), rubrics: [])
    #expect(export.isStreamed)
    #expect(export.sessionCount == 3)
    let fresh = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try fresh.importExport(export) == ImportResult(added: 3, skipped: 0))
    // By id: two of these sessions start at the same moment, and the import adds them in another order.
    #expect(try fresh.allSessions().sorted { $0.id < $1.id } == store.allSessions().sorted { $0.id < $1.id })
    let ids = try store.allSessions().map(\.id)
    #expect(try fresh.calculations(sessionIDs: ids) == store.calculations(sessionIDs: ids))
    #expect(try fresh.estimateRuns() == store.estimateRuns())
    #expect(try fresh.interviewerExports(sessionIDs: ids) == store.interviewerExports(sessionIDs: ids))
    let again = try CheckedExport(ImportFile(path: path), rubrics: [])
    #expect(try fresh.importExport(again) == ImportResult(added: 0, skipped: 3))
  }

  @Test("a streamed import is refused whole for one session off the scale, with the problems a whole read finds")
  func streamedImportRefusedWhole() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    var sessions = StoredDataTests.threeSessions()
    sessions[1].assessment?.scores = ["requirements": 9]
    try store.insert(sessions)
    let data = try Self.streamed(store, at: Self.date).data
    let rubrics = [
      Rubric(
        id: "amazon-l6-l7", title: "Amazon",
        scale: RubricScale(minimum: 1, maximum: 4, labels: ["a", "b", "c", "d"]),
        dimensions: [CalibrationTests.dimension("requirements", "Requirements")], bars: [:])
    ]
    let expected = try ExportDocument.decode(data).problems(rubrics: rubrics)
    #expect(expected.map(\.field) == ["assessment.scores.requirements"])
    #expect(expected.map(\.index) == [1])
    #expect(throws: StoreError.refusedImport(expected)) {
      try CheckedExport(ImportFile(path: try Self.file(data)), rubrics: rubrics)
    }
  }

  @Test("a session that appears twice in a streamed export refuses it, naming the first place")
  func repeatedIDRefused() throws {
    let session = StoredDataTests.threeSessions()[0]
    let data = try ExportDocument(exportedAt: Self.date, sessions: [session, session]).encoded()
    #expect(throws: StoreError.self) { try CheckedExport(ImportFile(path: try Self.file(data)), rubrics: []) }
    do {
      _ = try CheckedExport(ImportFile(path: try Self.file(data)), rubrics: [])
    } catch StoreError.refusedImport(let problems) {
      #expect(problems.map(\.message) == ["is also the id of sessions[0]: an export holds each session once"])
    }
  }

  @Test("an export in another layout is read whole and imports the same sessions")
  func otherLayoutReadWhole() throws {
    let sessions = StoredDataTests.threeSessions()
    let encoder = ExchangeCoding.encoder
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(ExportDocument(exportedAt: Self.date, sessions: sessions))
    let export = try CheckedExport(ImportFile(path: try Self.file(data)), rubrics: [])
    #expect(!export.isStreamed)
    let fresh = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try fresh.importExport(export).added == 3)
    #expect(try fresh.allSessions().map(\.id) == sessions.reversed().map(\.id))
  }

  @Test("a session that does not decode in a streamed export gives the whole document's error")
  func undecodableSessionNamedAsWhole() throws {
    let (store, _) = try Self.richStore()
    var text = String(decoding: try Self.streamed(store, at: Self.date).data, as: UTF8.self)
    let level = try #require(text.range(of: #""level" : "L"#))
    text.replaceSubrange(level, with: #""level" : "X"#)
    let data = Data(text.utf8)
    var wholeError = ""
    do { _ = try ExportDocument.decode(data) } catch { wholeError = "\(error)" }
    #expect(wholeError.contains("sessions"))
    var streamedError = ""
    do { _ = try CheckedExport(ImportFile(path: try Self.file(data)), rubrics: []) } catch {
      streamedError = "\(error)"
    }
    #expect(streamedError == wholeError)
  }

  @Test("standard input is copied to a temporary file and read session by session, within the limit")
  func copiedInputStreams() throws {
    let (store, _) = try Self.richStore()
    let path = try Self.file(try Self.streamed(store, at: Self.date).data)
    let handle = try #require(FileHandle(forReadingAtPath: path))
    let export = try CheckedExport(ImportFile(copying: handle, source: "standard input"), rubrics: [])
    #expect(export.isStreamed)
    #expect(export.sessionCount == 3)
    let small = try #require(FileHandle(forReadingAtPath: path))
    #expect(throws: StoreError.tooLarge(source: "standard input", limit: 100)) {
      try ImportFile(copying: small, source: "standard input", limit: 100)
    }
    #expect(throws: StoreError.tooLarge(source: path, limit: 100)) { try ImportFile(path: path, limit: 100) }
  }

  @Test("a file changed between its check and its import is refused before anything is added")
  func changedFileRefused() throws {
    let (store, _) = try Self.richStore()
    let path = try Self.file(try Self.streamed(store, at: Self.date).data)
    let export = try CheckedExport(ImportFile(path: path), rubrics: [])
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n".utf8))
    try handle.close()
    let fresh = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(throws: StoreError.self) { try fresh.importExport(export) }
    #expect(try fresh.sessionCount() == 0)
  }

  @Test("a private file writer shows nothing under the name until committed, then a 0600 file")
  func privateWriterAllOrNothing() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent("out.json")
    let dropped = try PrivateFileWriter(url: url)
    try dropped.write(Data("half".utf8))
    dropped.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    let writer = try PrivateFileWriter(url: url)
    try writer.write(Data("whole".utf8))
    #expect(!FileManager.default.fileExists(atPath: url.path))
    try writer.commit()
    #expect(try Data(contentsOf: url) == Data("whole".utf8))
    #expect(try PrivateFileTests.mode(url) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
  }

  @Test("a writer removes the temporary files that writers killed part way left, but not one in use")
  func writerRemovesAbandonedTemporaries() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent("out.json")
    func leftover(_ pid: Int, age: TimeInterval) throws -> String {
      let path = folder.appendingPathComponent(".out.json.\(pid).tmp").path
      #expect(FileManager.default.createFile(atPath: path, contents: Data("half".utf8)))
      try FileManager.default.setAttributes([.modificationDate: Date() - age], ofItemAtPath: path)
      return path
    }
    let abandoned = try leftover(999_999_001, age: 3_600)
    let recent = try leftover(999_999_002, age: 0)
    let held = try leftover(999_999_003, age: 3_600)
    let holder = open(held, O_RDONLY)
    #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
    defer { close(holder) }
    let other = folder.appendingPathComponent(".other.json.999999004.tmp").path
    #expect(FileManager.default.createFile(atPath: other, contents: Data()))
    try FileManager.default.setAttributes([.modificationDate: Date() - 3_600], ofItemAtPath: other)

    let writer = try PrivateFileWriter(url: url)
    try writer.write(Data("whole".utf8))
    try writer.commit()
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    #expect(FileManager.default.fileExists(atPath: recent))
    #expect(FileManager.default.fileExists(atPath: held))
    #expect(FileManager.default.fileExists(atPath: other))
    #expect(try Data(contentsOf: url) == Data("whole".utf8))
  }
}
