import Foundation

/// Where a session reads the time. The app uses the system clock; tests inject a
/// manual clock and run a 90-minute interview in microseconds.
public protocol SessionClock: Sendable {
  var now: Date { get }
}

/// The wall clock.
public struct SystemClock: SessionClock {
  public init() {}
  public var now: Date { Date() }
}
