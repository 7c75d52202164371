import Foundation
import Testing

@testable import MockLoopKit

@Suite("The built-in decks, formats, rubric and themes")
struct BuiltInContentTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let library = ContentLibrary.load(
    from: ContentLocations(
      deckFolders: [root.appendingPathComponent("Decks")], themeFolders: [root.appendingPathComponent("Themes")]))

  @Test("every built-in file loads and lints clean")
  func lintsClean() {
    #expect(Self.library.errors.map(\.description) == [])
    #expect(Self.library.formats.count >= 9)
    #expect(Self.library.decks.count >= 4)
    #expect(Self.library.themes.map(\.id).sorted() == ["default", "high-contrast", "light", "mono"])
  }

  @Test("the ids that commands and saved sessions use are there")
  func stableIDs() {
    #expect(Self.library.format(id: "amazon-l6") != nil)
    #expect(Self.library.format(id: "amazon-l7") != nil)
    #expect(Self.library.format(id: "drill-15") != nil)
    #expect(Self.library.question(id: "url-shortener") != nil)
    #expect(Self.library.rubric(id: "amazon-l6-l7") != nil)
  }

  @Test("question ids are unique across all decks")
  func uniqueQuestionIDs() {
    let ids = Self.library.allQuestions.map(\.question.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.count >= 60)
  }

  @Test("the L6 format totals 60 minutes and the L7 format 90")
  func amazonTotals() {
    #expect(Self.library.format(id: "amazon-l6")?.totalMinutes == 60)
    #expect(Self.library.format(id: "amazon-l6")?.level == .l6)
    #expect(Self.library.format(id: "amazon-l7")?.totalMinutes == 90)
    #expect(Self.library.format(id: "amazon-l7")?.level == .l7)
    #expect(Self.library.format(id: "drill-15")?.totalMinutes == 15)
  }

  @Test("every phase has a goal and four to six checklist items")
  func checklists() {
    for format in Self.library.formats {
      for phase in format.phases {
        #expect((4...6).contains(phase.checklist.count), "\(format.id)/\(phase.id) has \(phase.checklist.count) items")
      }
    }
  }

  @Test("every question's timed follow-ups fall inside the formats of its levels")
  func followUpsInsideFormats() {
    for (question, _) in Self.library.allQuestions {
      let formats =
        question.formats.isEmpty
        ? Self.library.formats.filter { format in format.level.map(question.levels.contains) ?? false }
        : Self.library.formats.filter { question.formats.contains($0.id) }
      #expect(!formats.isEmpty, "\(question.id) fits no format")
      for format in formats {
        for followUp in question.followUps(at: format.level) {
          guard let minute = followUp.minute else { continue }
          #expect(minute < format.totalMinutes, "\(question.id) asks at \(minute) in \(format.id)")
        }
      }
      #expect(question.followUps.filter { $0.minute != nil }.count >= 3, "\(question.id) needs three timed follow-ups")
    }
  }

  @Test("every rubric dimension has an L6 and an L7 expectation, and the rubric a bar per level")
  func rubricExpectations() throws {
    let rubric = try #require(Self.library.rubric(id: "amazon-l6-l7"))
    #expect(rubric.dimensions.count >= 8)
    for dimension in rubric.dimensions {
      #expect(dimension.expectations[.l6]?.isEmpty == false, "\(dimension.id) lacks L6")
      #expect(dimension.expectations[.l7]?.isEmpty == false, "\(dimension.id) lacks L7")
    }
    #expect(rubric.bars[.l6] != nil && rubric.bars[.l7] != nil)
    #expect(rubric.dimensions.contains { $0.levels == [.l7] }, "an L7-only dimension")
    #expect(rubric.selfAssessment.count == 3)
    #expect(rubric.selfAssessment.allSatisfy { $0.items.count == 5 })
  }

  @Test("every theme styles every role and mono uses no colour")
  func themes() throws {
    for theme in Self.library.themes {
      #expect(Set(theme.styles.keys) == Set(Theme.roles), "\(theme.id)")
    }
    let mono = try #require(Self.library.theme(id: "mono"))
    #expect(mono.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
  }
}
