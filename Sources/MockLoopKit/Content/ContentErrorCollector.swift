/// Several errors of one content file, each located to its line and column: what a file with more
/// than one independent problem throws, so that `decks lint` lists them all as a compiler does.
public struct ContentErrors: Error, Sendable, Equatable {
  public var errors: [ContentError]

  public init(_ errors: [ContentError]) { self.errors = errors }

  /// The located errors in any error a parse threw; nil for one that is not a content error.
  static func located(in error: any Error) -> [ContentError]? {
    if let error = error as? ContentError { return [error] }
    if let errors = error as? ContentErrors { return errors.errors }
    return nil
  }
}

/// Runs the independent checks of one content file in turn, keeping each one's error instead of
/// stopping at the first: a question's bad `levels` does not hide its empty `prompt`, and a bad
/// question does not hide the next one.
struct ContentErrorCollector {
  private(set) var errors: [ContentError] = []

  /// The value `body` gives, or nil with its errors kept.
  mutating func check<T>(_ body: () throws -> T) -> T? {
    do {
      return try body()
    } catch {
      record(error)
      return nil
    }
  }

  /// Keeps the errors of `error`; one that is not a content error is kept as a message at the
  /// start of `file`.
  mutating func record(_ error: any Error, file: String = "") {
    errors +=
      ContentErrors.located(in: error) ?? [
        ContentError(file: file, line: 1, column: 1, message: "\(error)")
      ]
  }

  /// Throws what was kept: nothing, the one error, or all of them in the order of the file.
  func finish() throws {
    if errors.count == 1, let only = errors.first { throw only }
    if errors.count > 1 { throw ContentErrors(Self.ordered(errors)) }
  }

  /// Errors in the order of their place in the file, as a compiler lists them.
  static func ordered(_ errors: [ContentError]) -> [ContentError] {
    errors.enumerated().sorted { lhs, rhs in
      (lhs.element.file, lhs.element.line, lhs.element.column, lhs.offset)
        < (rhs.element.file, rhs.element.line, rhs.element.column, rhs.offset)
    }.map(\.element)
  }
}
