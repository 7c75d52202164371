import Foundation

/// Remembers what a pure function gave for a few recent arguments, for work every frame
/// repeats unchanged: a running clock redraws the screen each second, and wrapping the same
/// question to the same width every time was most of what an idle session spent.
///
/// Safe to share between threads (one lock). Holds at most `capacity` values and forgets them
/// all when full, so a screen whose texts keep changing costs at most that many.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let capacity: Int
  private var values: [Key: Value] = [:]

  init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// The value remembered for `key`, else the one `make` gives, remembered.
  func value(for key: Key, making make: () -> Value) -> Value {
    if let known = lock.withLock({ values[key] }) { return known }
    let made = make()
    lock.withLock {
      if values.count >= capacity { values.removeAll(keepingCapacity: true) }
      values[key] = made
    }
    return made
  }
}
