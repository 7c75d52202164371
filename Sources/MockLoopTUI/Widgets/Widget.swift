/// A piece of interface that draws itself into a rectangle of a canvas.
///
/// Widgets are values built from plain data (never from app state) and draw
/// nothing outside the rectangle they are given.
public protocol Widget {
  func render(in rect: Rect, on canvas: inout Canvas)
}

extension Canvas {
  /// Draws a widget into a rectangle of this canvas.
  public mutating func render(_ widget: some Widget, in rect: Rect) {
    widget.render(in: rect.intersection(bounds), on: &self)
  }
}
