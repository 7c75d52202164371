import Foundation

/// Reads an export written in `ExportLayout` line by line, one session at a time, so that its
/// size costs nothing in memory beyond the largest session.
enum ExportReader {
  /// Hands the text of each session of the export at `descriptor` (from where it is now) to
  /// `session`, in file order, and returns the frame: the document with an empty `sessions`
  /// list, as JSON. Nil when the text is not in that layout, or when `session` returns false
  /// (it could not decode one); the caller then reads the document whole.
  static func read(_ descriptor: Int32, source: String, session: (Data) throws -> Bool) throws -> Data? {
    /// Where in the layout the line read last was.
    enum Place {
      case head
      /// Inside `sessions` between two sessions; whether the last one said another follows (nil
      /// before the first).
      case list(expectsMore: Bool?)
      case session
      case tail
    }
    var lines = LineReader(descriptor: descriptor, source: source)
    var frame = Data()
    var element = Data()
    var place = Place.head
    var inLayout = true
    while inLayout {
      let read: Void? = try lines.next { (line: ArraySlice<UInt8>) -> Void in
        switch place {
        case .head:
          frame.append(contentsOf: line)
          frame.append(0x0A)
          if Self.line(line, is: ExportLayout.sessionsLine) { place = .list(expectsMore: nil) }
        case .list(let expectsMore):
          if Self.line(line, is: ExportLayout.sessionOpenLine), expectsMore != false {
            element.removeAll(keepingCapacity: true)
            element.append(contentsOf: line)
            element.append(0x0A)
            place = .session
          } else if ExportLayout.sessionsCloseLines.contains(where: { Self.line(line, is: $0) }), expectsMore != true {
            frame.append(contentsOf: line)
            frame.append(0x0A)
            place = .tail
          } else {
            inLayout = false
          }
        case .session:
          let more = Self.line(line, is: ExportLayout.sessionCloseBeforeMoreLine)
          if more || Self.line(line, is: ExportLayout.sessionCloseLine) {
            element.append(contentsOf: ExportLayout.sessionCloseLine)
            inLayout = try session(element)
            place = .list(expectsMore: more)
          } else {
            element.append(contentsOf: line)
            element.append(0x0A)
          }
        case .tail:
          frame.append(contentsOf: line)
          frame.append(0x0A)
        }
      }
      if read == nil { break }
    }
    guard inLayout, case .tail = place else { return nil }
    return frame
  }

  /// Whether `line` is `expected` (most lines differ in length, which is checked first).
  private static func line(_ line: ArraySlice<UInt8>, is expected: [UInt8]) -> Bool {
    line.count == expected.count && line.elementsEqual(expected)
  }
}

/// The lines of a file descriptor, read a mebibyte at a time.
struct LineReader {
  private let descriptor: Int32
  private let source: String
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  init(descriptor: Int32, source: String) {
    self.descriptor = descriptor
    self.source = source
  }

  /// Gives the next line, without its line break, to `body` and returns what it returns; nil
  /// after the last line.
  mutating func next<Value>(_ body: (ArraySlice<UInt8>) throws -> Value) throws -> Value? {
    while true {
      if let newline = nextLineBreak() {
        let line = buffer[start..<newline]
        start = newline + 1
        return try body(line)
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = buffer[start...]
        start = buffer.count
        return try body(line)
      }
      buffer.removeFirst(start)
      start = 0
      let (bytes, failure) = FileDescriptorIO.read(descriptor, upTo: 1 << 20)
      if failure != 0 { throw StoreError.unreadable(path: source, detail: String(cString: strerror(failure))) }
      if bytes.isEmpty { atEnd = true } else { buffer += bytes }
    }
  }

  /// The index of the first line break from `start`, found by `memchr`.
  private func nextLineBreak() -> Int? {
    buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress, start < bytes.count,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      else { return nil }
      return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }
  }
}
