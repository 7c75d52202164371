import Foundation

/// Where a session reads the time. The app uses the system clock; tests inject a
/// `ManualClock` and run a 90-minute interview in microseconds.
public protocol SessionClock: Sendable {
  var now: Date { get }
}

/// The wall clock.
public struct SystemClock: SessionClock {
  public init() {}
  public var now: Date { Date() }
}

/// A clock that moves only when told to. Safe to share between threads.
public final class ManualClock: SessionClock, @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }

  public var now: Date { lock.withLock { current } }

  public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

  public func advance(minutes: Double, seconds: Double = 0) { advance(by: minutes * 60 + seconds) }
}
