/// A `DecodingError` said in one line: what was wrong, and where in the document.
enum DecodingProblem {
  static func describe(_ error: DecodingError) -> String {
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

  /// Any error from decoding JSON, in one line.
  static func describe(_ error: any Error) -> String {
    if let error = error as? DecodingError { return describe(error) }
    return "\(error)"
  }
}
