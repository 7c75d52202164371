/// Rubric and theme files.
extension ContentParser {
  static func rubric(from root: YAMLReader) throws -> Rubric {
    let map = try root.mapping(allowedKeys: ["id", "title", "scale", "dimensions", "bar", "self_assessment"])
    let scaleReader = try map.required("scale")
    let scaleMap = try scaleReader.mapping(allowedKeys: ["min", "max", "labels", "meanings"])
    let minimum = try scaleMap.required("min").integer()
    let maximumReader = try scaleMap.required("max")
    let maximum = try maximumReader.integer()
    guard maximum > minimum else { throw maximumReader.error("'scale.max' must be greater than 'scale.min'") }
    let labelsReader = try scaleMap.required("labels")
    let labels = try labelsReader.textList()
    guard labels.count == maximum - minimum + 1 else {
      throw labelsReader.error(
        "'scale.labels' needs one label per score (\(maximum - minimum + 1)), found \(labels.count)")
    }
    let meanings = try scaleMap.optional("meanings")?.textList() ?? []
    if let reader = scaleMap.optional("meanings"), meanings.count != labels.count {
      throw reader.error("'scale.meanings' needs one meaning per score (\(labels.count)), found \(meanings.count)")
    }
    let scale = RubricScale(minimum: minimum, maximum: maximum, labels: labels, meanings: meanings)

    var seen = Set<String>()
    let dimensions = try map.required("dimensions").list().map { reader -> RubricDimension in
      let dimension = try reader.mapping(allowedKeys: ["id", "title", "levels", "core", "expect", "anchors"])
      let idReader = try dimension.required("id")
      let id = try idReader.identifier()
      guard seen.insert(id).inserted else { throw idReader.error("duplicate dimension id '\(id)'") }
      let expect = try dimension.required("expect").mapping(allowedKeys: ["L6", "L7"])
      let levels = try dimension.optional("levels")?.levels() ?? Level.allCases
      return RubricDimension(
        id: id, title: try dimension.required("title").text(), levels: levels,
        isCore: try dimension.optional("core")?.boolean() ?? true,
        expectations: [.l6: try expect.required("L6").text(), .l7: try expect.required("L7").text()],
        anchors: try dimension.optional("anchors").map { try anchors(from: $0, levels: levels, scale: scale) } ?? [:])
    }
    guard !dimensions.isEmpty else {
      throw try map.required("dimensions").error("'dimensions' needs at least one dimension")
    }

    let barMap = try map.required("bar").mapping(allowedKeys: ["L6", "L7"])
    var bars: [Level: BarRule] = [:]
    for level in Level.allCases {
      guard let reader = barMap.optional(level.rawValue) else { continue }
      let rule = try reader.mapping(allowedKeys: ["min_each", "core_average", "require"])
      var required: [String: Int] = [:]
      if let requireReader = rule.optional("require") {
        let requireMap = try requireReader.mapping(allowedKeys: seen)
        for (id, scoreReader) in requireMap.children { required[id] = try scoreReader.integer() }
      }
      bars[level] = BarRule(
        minimumEach: try rule.optional("min_each")?.integer(), coreAverage: try rule.optional("core_average")?.number(),
        required: required)
    }

    let groups = try map.optional("self_assessment")?.list().map { reader -> SelfAssessmentGroup in
      let group = try reader.mapping(allowedKeys: ["id", "title", "items"])
      return SelfAssessmentGroup(
        id: try group.required("id").identifier(), title: try group.required("title").text(),
        items: try group.required("items").textList(allowEmpty: false))
    }
    return Rubric(
      id: try map.required("id").identifier(), title: try map.required("title").text(), scale: scale,
      dimensions: dimensions, bars: bars, selfAssessment: groups ?? [])
  }

  /// `anchors:` of a dimension: for each level it is scored at, a text for every score.
  private static func anchors(from reader: YAMLReader, levels: [Level], scale: RubricScale) throws -> [Level: [String]]
  {
    let map = try reader.mapping(allowedKeys: Set(levels.map(\.rawValue)))
    var anchors: [Level: [String]] = [:]
    for level in levels {
      let scores = Array(scale.minimum...scale.maximum).map(String.init)
      let texts = try map.required(level.rawValue).mapping(allowedKeys: Set(scores))
      anchors[level] = try scores.map { try texts.required($0).text() }
    }
    return anchors
  }

  static func theme(from root: YAMLReader) throws -> Theme {
    let map = try root.mapping(allowedKeys: ["id", "title", "colors"])
    let colors = try map.required("colors").mapping(allowedKeys: Set(Theme.roles))
    var styles: [String: ThemeStyle] = [:]
    for (role, reader) in colors.children {
      let style = try reader.mapping(allowedKeys: ["fg", "bg", "fg8", "bg8", "attrs"])
      let attributes = try style.optional("attrs")?.list().map { item -> TextAttribute in
        let name = try item.text()
        guard let attribute = TextAttribute(rawValue: name) else {
          let known = TextAttribute.allCases.map(\.rawValue).joined(separator: ", ")
          throw item.error("unknown attribute '\(name)' (expected one of: \(known))")
        }
        return attribute
      }
      styles[role] = ThemeStyle(
        foreground: try style.optional("fg").map(color), background: try style.optional("bg").map(color),
        foreground8: try style.optional("fg8").map(color), background8: try style.optional("bg8").map(color),
        attributes: Set(attributes ?? []))
    }
    return Theme(id: try map.required("id").identifier(), title: try map.required("title").text(), styles: styles)
  }

  private static func color(_ reader: YAMLReader) throws -> ThemeColor {
    let value = try reader.text()
    if let named = ThemeColor.names[value] { return named }
    if let number = Int(value), (0...255).contains(number) { return .indexed(UInt8(number)) }
    throw reader.error(
      "unknown colour '\(value)' (expected default, black, red, green, yellow, blue, magenta, cyan, white or 0-255)")
  }
}
