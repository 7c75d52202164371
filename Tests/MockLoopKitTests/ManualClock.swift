import Foundation

@testable import MockLoopKit

/// A clock that moves only when told to. Safe to share between threads.
final class ManualClock: SessionClock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

  var now: Date { lock.withLock { current } }

  func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

  func advance(minutes: Double, seconds: Double = 0) { advance(by: minutes * 60 + seconds) }
}
