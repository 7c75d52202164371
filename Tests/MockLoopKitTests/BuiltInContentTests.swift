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
    #expect(Self.library.formats.count >= 12)
    #expect(Self.library.decks.count >= 4)
    #expect(Self.library.themes.map(\.id).sorted() == ["default", "high-contrast", "light", "mono"])
  }

  @Test("the ids that commands and saved sessions use are there")
  func stableIDs() {
    for id in ["amazon-l6", "amazon-l7", "amazon-l7-60", "amazon-l6-lp", "amazon-l7-lp", "drill-15"] {
      #expect(Self.library.format(id: id) != nil, "\(id)")
    }
    #expect(Self.library.question(id: "url-shortener") != nil)
    #expect(Self.library.rubric(id: "amazon-l6-l7") != nil)
    #expect(Self.library.rubric(id: "drill") != nil)
  }

  @Test("question ids are unique across all decks")
  func uniqueQuestionIDs() {
    let ids = Self.library.allQuestions.map(\.question.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.count >= 60)
  }

  @Test("the Amazon formats total 60 or 90 minutes at their level; the leadership variants open with 5-10 minutes")
  func amazonTotals() throws {
    let expected: [(String, Level, Int)] = [
      ("amazon-l6", .l6, 60), ("amazon-l6-lp", .l6, 60), ("amazon-l7", .l7, 90), ("amazon-l7-60", .l7, 60),
      ("amazon-l7-lp", .l7, 90),
    ]
    for (id, level, minutes) in expected {
      let format = try #require(Self.library.format(id: id))
      #expect(format.totalMinutes == minutes, "\(id)")
      #expect(format.level == level, "\(id)")
    }
    for id in ["amazon-l6-lp", "amazon-l7-lp"] {
      let opening = try #require(Self.library.format(id: id)?.phases.first)
      #expect(opening.roles == [.leadership], "\(id)")
      #expect((5...10).contains(opening.minutes), "\(id)")
      #expect((6...10).contains(opening.prompts.count), "\(id) has \(opening.prompts.count) prompts")
    }
    #expect(Self.library.format(id: "drill-15")?.totalMinutes == 15)
  }

  @Test("every phase has a goal, four to six checklist items and at least one role")
  func checklists() {
    for format in Self.library.formats {
      for phase in format.phases {
        #expect((4...6).contains(phase.checklist.count), "\(format.id)/\(phase.id) has \(phase.checklist.count) items")
        #expect(!phase.roles.isEmpty, "\(format.id)/\(phase.id) has no role")
      }
    }
  }

  @Test("the roles promised to deck writers are in every format")
  func promisedRoles() throws {
    let core: Set<PhaseRole> = [.requirements, .highLevel, .deepDive, .scale, .operations, .wrapUp]
    let l7: Set<PhaseRole> = [.platform, .global, .evolution]
    for format in Self.library.formats where format.id != "drill-15" {
      #expect(core.isSubset(of: format.roles), "\(format.id) lacks \(core.subtracting(format.roles))")
      if format.level != .l6 {
        #expect(l7.isSubset(of: format.roles), "\(format.id) lacks \(l7.subtracting(format.roles))")
      }
    }
    let drill = try #require(Self.library.format(id: "drill-15"))
    #expect(drill.roles == [.requirements, .deepDive, .wrapUp])
  }

  @Test(
    "every question in every format it fits hears each follow-up of each level inside the format, in a phase of its role"
  )
  func followUpsPlacedByRole() {
    for (question, _) in Self.library.allQuestions {
      let formats = Self.library.formats(for: question)
      #expect(!formats.isEmpty, "\(question.id) fits no format")
      for format in formats {
        for level in question.levels(in: format) {
          let schedule = FollowUpSchedule(question: question, format: format, level: level)
          let asked = question.followUps.filter { $0.isAsked(at: level) }
          #expect(schedule.followUps.count == asked.count, "\(question.id) in \(format.id) at \(level.rawValue)")
          for entry in schedule.timed {
            let phase = format.phases[entry.phaseIndex]
            let start = Double(format.phaseStarts[entry.phaseIndex])
            #expect(
              entry.minute >= start && entry.minute < start + Double(phase.minutes),
              "\(question.id) in \(format.id): '\(entry.followUp.text)' at \(entry.minute) is outside \(phase.id)")
            #expect(entry.minute < Double(format.totalMinutes))
            #expect(
              phase.roles.contains(entry.role), "\(question.id) in \(format.id): \(phase.id) is not \(entry.role)")
          }
          #expect(
            schedule.onDemand.allSatisfy { $0.role == nil },
            "\(question.id) in \(format.id): a placed follow-up has no phase of its role")
        }
      }
      #expect(question.followUps.filter { $0.role != nil }.count >= 3, "\(question.id) needs three timed follow-ups")
    }
  }

  @Test("every follow-up has an answer note of three to six points")
  func answerNotes() {
    for (question, _) in Self.library.allQuestions {
      for followUp in question.followUps {
        #expect(
          FollowUp.answerPoints.contains(followUp.answer.count),
          "\(question.id): '\(followUp.text)' has \(followUp.answer.count) answer points")
      }
    }
  }

  @Test("every question that fits amazon-l7 has an L7 path from the first third, over three phases at least")
  func l7Path() throws {
    let format = try #require(Self.library.format(id: "amazon-l7"))
    let third = Double(format.totalMinutes) / 3
    var checked = 0
    for (question, _) in Self.library.allQuestions where question.fits(format) {
      checked += 1
      let l7Only = FollowUpSchedule(question: question, format: format, level: .l7).timed.filter {
        $0.followUp.levels == [.l7]
      }
      let first = l7Only.first?.minute ?? .infinity
      #expect(first < third, "\(question.id): first L7 follow-up at \(first), after minute \(third)")
      #expect(l7Only.count >= 4, "\(question.id) has \(l7Only.count) timed L7 follow-ups")
      let phases = Set(l7Only.map(\.phaseID))
      #expect(phases.count >= 3, "\(question.id): L7 follow-ups in \(phases.sorted())")
    }
    #expect(checked > 0)
  }

  @Test("every rubric dimension has an L6 and an L7 expectation and describes each score at its levels")
  func rubricExpectations() throws {
    let rubric = try #require(Self.library.rubric(id: "amazon-l6-l7"))
    #expect(rubric.dimensions.count >= 9)
    let scores = rubric.scale.minimum...rubric.scale.maximum
    for dimension in rubric.dimensions {
      #expect(dimension.expectations[.l6]?.isEmpty == false, "\(dimension.id) lacks L6")
      #expect(dimension.expectations[.l7]?.isEmpty == false, "\(dimension.id) lacks L7")
      for level in dimension.levels {
        for score in scores {
          #expect(
            dimension.anchor(for: level, score: score, minimum: rubric.scale.minimum)?.isEmpty == false,
            "\(dimension.id) has no \(score) at \(level.rawValue)")
        }
      }
    }
    #expect(rubric.bars[.l6] != nil && rubric.bars[.l7] != nil)
    #expect(rubric.dimensions.first { $0.id == "platform-impact" }?.levels == [.l7])
    #expect(rubric.dimensions.first { $0.id == "security-compliance" }?.levels == Level.allCases)
    #expect(rubric.dimensions.first { $0.id == "communication" }?.isCore == true)
    #expect(rubric.scale.meanings[3 - rubric.scale.minimum].hasPrefix("Meets this level's expectations"))
    #expect(rubric.selfAssessment.count == 3)
    #expect(rubric.selfAssessment.allSatisfy { $0.items.count == 5 })
  }

  @Test("the built-in bar: all 3s meet L7, reliability 2 does not, communication 2 fails L6")
  func builtInBar() throws {
    let rubric = try #require(Self.library.rubric(id: "amazon-l6-l7"))
    let threes = Dictionary(uniqueKeysWithValues: rubric.dimensions.map { ($0.id, 3) })
    #expect(rubric.verdict(for: .l7, scores: threes).isMet)
    #expect(rubric.verdict(for: .l6, scores: threes).isMet)
    var reliability = threes
    reliability["reliability-operations"] = 2
    #expect(!rubric.verdict(for: .l7, scores: reliability).isMet)
    var communication = threes
    communication["communication"] = 2
    #expect(!rubric.verdict(for: .l6, scores: communication).isMet)
  }

  @Test("the bar is stated in the same words in the rubric files and the README")
  func barInWords() throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    for (id, file) in [("amazon-l6-l7", "amazon.yaml"), ("drill", "drill.yaml")] {
      let rubric = try #require(Self.library.rubric(id: id))
      let text = try String(
        contentsOf: Self.root.appendingPathComponent("Decks/rubrics").appendingPathComponent(file), encoding: .utf8)
      for level in Level.allCases {
        let statement = try #require(rubric.barStatement(for: level))
        #expect(text.contains(statement), "\(file) does not say '\(statement)'")
        if id == "amazon-l6-l7" { #expect(readme.contains(statement), "README does not say '\(statement)'") }
      }
    }
  }

  @Test("drill-15 sessions are graded with the short drill rubric of three or four dimensions")
  func drillRubric() throws {
    let format = try #require(Self.library.format(id: "drill-15"))
    let drill = try #require(Self.library.rubric(for: format))
    #expect(drill.id == "drill")
    #expect((3...4).contains(drill.dimensions.count))
    for dimension in drill.dimensions {
      for level in dimension.levels {
        #expect(dimension.anchors[level]?.count == drill.scale.maximum - drill.scale.minimum + 1, "\(dimension.id)")
      }
    }
    let session = Session(
      format: format, question: QuestionSnapshot(id: "q", title: "Q", deckID: "d"), level: .l6, createdAt: Date())
    #expect(Self.library.rubric(for: session)?.id == "drill")
    // A session stored before formats named rubrics is graded by its format as it is now.
    var old = session
    old.format.rubricID = nil
    #expect(Self.library.rubric(for: old)?.id == "drill")
    let full = try #require(Self.library.format(id: "amazon-l7"))
    #expect(Self.library.rubric(for: full)?.id == "amazon-l6-l7")
  }

  @Test("no format, rubric or README names the source documents")
  func noSourceNames() throws {
    var files = [Self.root.appendingPathComponent("README.md"), Self.root.appendingPathComponent("Decks/README.md")]
    for folder in ["Decks/formats", "Decks/rubrics"] {
      let url = Self.root.appendingPathComponent(folder)
      files += try FileManager.default.contentsOfDirectory(atPath: url.path).map(url.appendingPathComponent)
    }
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8).lowercased()
      #expect(!text.contains("seed"), "\(file.lastPathComponent) mentions a seed")
    }
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
