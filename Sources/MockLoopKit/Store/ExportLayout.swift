import Foundation

/// The text of an export as `ExportDocument.encoded()` writes it, in pieces that can be written
/// (and read back) one session at a time.
///
/// The encoder pretty-prints with two spaces a level and sorted keys, and a string never holds
/// a raw line break (the encoder escapes it), so every line's indentation is its depth:
/// `sessions` is the line `  "sessions" : [`, each session in it opens with the line `    {`
/// and closes with `    }` (`    },` when another follows), and the list closes with `  ]`
/// (`  ],` before `version`). A document is its frame (everything but the sessions) with the
/// sessions' lines between the frame's head and tail.
enum ExportLayout {
  static let sessionsLine = Array(#"  "sessions" : ["#.utf8)
  static let sessionOpenLine = Array("    {".utf8)
  static let sessionCloseLine = Array("    }".utf8)
  static let sessionCloseBeforeMoreLine = Array("    },".utf8)
  static let sessionsCloseLines = [Array("  ]".utf8), Array("  ],".utf8)]
  /// Two levels of indentation: where a session's lines sit in the document.
  private static let indent = Array("    ".utf8)

  /// The text of `session` as an element of the document's `sessions`: its own encoding by the
  /// document's encoder, every line but an empty one indented by the two levels it sits at (without a line
  /// break before or after).
  static func element(_ session: Session, encoder: JSONEncoder) throws -> String {
    let encoded = try encoder.encode(session)
    var text: [UInt8] = []
    text.reserveCapacity(encoded.count + encoded.count / 4)
    var atLineStart = true
    for byte in encoded {
      // An empty line (inside an empty list) stays empty, as the encoder writes it at any depth.
      if atLineStart, byte != 0x0A { text.append(contentsOf: indent) }
      text.append(byte)
      atLineStart = byte == 0x0A
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The document's text around its sessions, encoded with `sessions` empty: `head` runs to the
  /// `[` that opens the list, `tail` from the `]` that closes it (with the line break before
  /// it) to the end. With elements `e1…en`: `head + "\n" + e1 + ",\n" + … + en + tail`.
  static func frame(of document: ExportDocument, encoder: JSONEncoder) throws -> (head: String, tail: String) {
    var empty = document
    empty.sessions = []
    let text = String(decoding: try encoder.encode(empty), as: UTF8.self)
    let key = "\n" + String(decoding: sessionsLine, as: UTF8.self)
    guard let opening = text.range(of: key), let closing = text[opening.upperBound...].firstIndex(of: "]") else {
      throw StoreError.invalidExport("the encoder wrote no 'sessions' list")
    }
    return (String(text[..<opening.upperBound]), "\n  " + String(text[closing...]))
  }
}
