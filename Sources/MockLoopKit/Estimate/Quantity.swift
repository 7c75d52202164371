/// A number with what it measures, in base units: bytes, seconds, US dollars, one of each
/// counted noun. `2 KB` is `Quantity(value: 2000, dimension: .data)`.
public struct Quantity: Sendable, Equatable {
  public var value: Double
  public var dimension: QuantityDimension

  public init(_ value: Double, _ dimension: QuantityDimension = .none) {
    self.value = value
    self.dimension = dimension
  }
}
