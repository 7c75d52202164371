import Testing

@testable import MockLoopKit

@Suite("Telling one JSON object from text that only looks like one")
struct JSONShapeTests {
  @Test(
    "one object, blanks around it and braces inside strings pass; two objects, open strings and trailing text do not",
    arguments: [
      ("{}", true), (" {\"a\": 1}\n", true), (#"{"a":"}"}"#, true), (#"{"a":"\"}","b":[1,{"c":2}]}"#, true),
      (#"{"a":1},{"a":2}"#, false), (#"{"a":""#, false), ("[1]", false), ("{}x", false), (#"{"a":[}"#, false),
      ("] , [", false), ("", false), (#"{"a":"\\"}"#, true), (#"{"a":"\\"},{"#, false),
    ])
  func shapes(_ text: String, _ isObject: Bool) {
    #expect(JSONShape.isSingleObject(text) == isObject, "\(text)")
  }
}
