extension ContentIndex {
  /// A deck as the index keeps it: its questions' outlines, no drills.
  struct DeckOutline: Sendable, Equatable {
    var id: String
    var title: String
    var file: String
    var questions: [QuestionOutline]

    init(id: String, title: String, file: String, questions: [QuestionOutline]) {
      self.id = id
      self.title = title
      self.file = file
      self.questions = questions
    }

    init(_ deck: Deck) {
      self.init(id: deck.id, title: deck.title, file: deck.file, questions: deck.questions.map(QuestionOutline.init))
    }

    var deck: Deck { Deck(id: id, title: title, questions: questions.map(\.question), file: file) }
  }

  /// A question as the index keeps it: what home lists, filters and describes, the rubric
  /// dimensions it exercises (the practice suggestion picks by them), and one text-less
  /// follow-up for each role and levels its follow-ups are placed at (all that
  /// `Question.fits(_:)` looks at).
  struct QuestionOutline: Sendable, Equatable {
    var id: String
    var title: String
    var prompt: String
    var levels: [Level]
    var formats: [String]
    var dimensions: [String]
    var placements: [FollowUp]

    init(
      id: String, title: String, prompt: String, levels: [Level], formats: [String], dimensions: [String],
      placements: [FollowUp]
    ) {
      self.id = id
      self.title = title
      self.prompt = prompt
      self.levels = levels
      self.formats = formats
      self.dimensions = dimensions
      self.placements = placements
    }

    init(_ question: Question) {
      var placements: [FollowUp] = []
      for followUp in question.followUps {
        guard let role = followUp.role,
          !placements.contains(where: { $0.role == role && $0.levels == followUp.levels })
        else { continue }
        placements.append(FollowUp(role: role, levels: followUp.levels, text: ""))
      }
      self.init(
        id: question.id, title: question.title, prompt: question.prompt, levels: question.levels,
        formats: question.formats, dimensions: question.dimensions, placements: placements)
    }

    var question: Question {
      Question(
        id: id, title: title, levels: levels, formats: formats, prompt: prompt, followUps: placements,
        dimensions: dimensions)
    }
  }
}
