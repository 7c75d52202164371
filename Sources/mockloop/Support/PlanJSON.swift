import MockLoopKit

/// The JSON of `mockloop plan --json`: today, every reviewed card's FSRS state, and the days.
struct PlanJSON: Encodable {
  struct Card: Encodable {
    var question: String
    var level: String
    var state: String
    var stability: Double
    var difficulty: Double
    var due: String
    var lastRating: String
    var reviews: Int
  }

  struct Item: Encodable {
    var question: String
    var level: String
    var format: String
    var why: String
  }

  struct Day: Encodable {
    var date: String
    var items: [Item]
  }

  var today: String
  var cards: [Card]
  var days: [Day]

  init(_ plan: PracticePlan) {
    today = plan.today.description
    cards = plan.cards.map { card in
      Card(
        question: card.key.questionID, level: card.key.level.rawValue, state: card.reviews > 0 ? "review" : "new",
        stability: card.stability, difficulty: card.difficulty, due: card.due.description,
        lastRating: card.lastRating.word, reviews: card.reviews)
    }
    days = plan.days.map { day in
      Day(
        date: day.date.description,
        items: day.items.map {
          Item(question: $0.card.questionID, level: $0.card.level.rawValue, format: $0.formatID, why: $0.why)
        })
    }
  }
}
