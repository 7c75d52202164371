import Foundation

/// The JSON conventions of exports and `--json` output: sorted keys, ISO 8601 times with
/// milliseconds in UTC, camelCase keys as in the Swift types.
public enum ExchangeCoding {
  public static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = dateStrategy
    return encoder
  }

  /// Compact JSON for the database's own columns (format snapshots, assessments), keys sorted:
  /// the same value always gives the same text, so that reads can decode each distinct format
  /// once (unsorted, the key order changed from one run of the app to the next).
  static let storageEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = dateStrategy
    return encoder
  }()

  /// One decoder shared by the store's reads (creating one per row costs more than decoding).
  static let sharedDecoder: JSONDecoder = decoder

  static let dateStrategy: JSONEncoder.DateEncodingStrategy = .custom { date, encoder in
    var container = encoder.singleValueContainer()
    try container.encode(MillisecondTimestamp.text(date))
  }

  public static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = try? timestampFormat.parse(text) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "expected an ISO 8601 time, found '\(text)'")
      }
      return date.roundedToMilliseconds
    }
    return decoder
  }

  /// Reads the times of an import; `MillisecondTimestamp` writes them.
  static let timestampFormat = Date.ISO8601FormatStyle(
    includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
}
