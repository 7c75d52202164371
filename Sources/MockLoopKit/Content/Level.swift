/// The seniority a mock rehearses. Raw values are the spelling used in files and commands.
public enum Level: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
  case l6 = "L6"
  case l7 = "L7"

  public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
}
