/// One piece of an expression, with the column it starts at (1-based, in characters).
struct CalculatorToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// A number, its count suffix (K, M, B, T) and exponent already applied.
    case number(Double)
    /// A unit, constant, input name or counted noun (also `$` and `%`).
    case word(String)
    /// `+ - * / ^ ( )`; `×`, `·` and the word `x` are `*`, the word `per` is `/`.
    case symbol(Character)
    /// The word `in`, which starts a conversion.
    case convert
    case end
  }

  var kind: Kind
  var column: Int
}

/// Splits an expression into tokens.
///
/// Numbers: digits with an optional fraction and exponent (`2.5e-3`), `_` allowed between
/// digits; a count suffix written straight after the number, `K` or `k` (thousand), `M`
/// (million), `B` (billion) or `T` (trillion), multiplies it: `5B` is five billion, while
/// `5 B` (with a space) is five bytes.
enum CalculatorTokenizer {
  static let suffixes: [Character: Double] = ["K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

  static func tokens(of text: String) throws -> [CalculatorToken] {
    let characters = Array(text)
    var tokens: [CalculatorToken] = []
    var index = 0
    func isWordCharacter(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || character == "_" || character == "µ"
    }
    while index < characters.count {
      let character = characters[index]
      let column = index + 1
      if character.isWhitespace {
        index += 1
      } else if character.isASCII && character.isNumber
        || character == "." && index + 1 < characters.count
          && characters[index + 1].isASCII && characters[index + 1].isNumber
      {
        var end = index
        var digits = ""
        func takeDigits() {
          while end < characters.count,
            characters[end].isASCII && characters[end].isNumber
              || characters[end] == "_" && end + 1 < characters.count && characters[end + 1].isNumber
          {
            if characters[end] != "_" { digits.append(characters[end]) }
            end += 1
          }
        }
        takeDigits()
        if end < characters.count, characters[end] == "." {
          digits.append(".")
          end += 1
          takeDigits()
        }
        if end < characters.count, characters[end] == "e" || characters[end] == "E" {
          var look = end + 1
          if look < characters.count, characters[look] == "+" || characters[look] == "-" { look += 1 }
          if look < characters.count, characters[look].isASCII && characters[look].isNumber {
            digits.append("e")
            if characters[end + 1] == "-" { digits.append("-") }
            end = look
            takeDigits()
          }
        }
        guard var value = Double(digits) else {
          throw CalculatorError(.syntax, "'\(String(characters[index..<end]))' is not a number", column: column)
        }
        if end < characters.count, let factor = suffixes[characters[end]],
          end + 1 == characters.count || !isWordCharacter(characters[end + 1])
        {
          value *= factor
          end += 1
        }
        if end < characters.count, characters[end] == "." {
          throw CalculatorError(.syntax, "a number has one decimal point", column: end + 1)
        }
        tokens.append(CalculatorToken(kind: .number(value), column: column))
        index = end
      } else if isWordCharacter(character) {
        var end = index
        while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
        let word = String(characters[index..<end])
        switch word {
        case "in": tokens.append(CalculatorToken(kind: .convert, column: column))
        case "per": tokens.append(CalculatorToken(kind: .symbol("/"), column: column))
        case "x": tokens.append(CalculatorToken(kind: .symbol("*"), column: column))
        default: tokens.append(CalculatorToken(kind: .word(word), column: column))
        }
        index = end
      } else if "+-*/^()".contains(character) {
        tokens.append(CalculatorToken(kind: .symbol(character), column: column))
        index += 1
      } else if character == "×" || character == "·" {
        tokens.append(CalculatorToken(kind: .symbol("*"), column: column))
        index += 1
      } else if character == "−" {
        tokens.append(CalculatorToken(kind: .symbol("-"), column: column))
        index += 1
      } else if character == "$" || character == "%" {
        tokens.append(CalculatorToken(kind: .word(String(character)), column: column))
        index += 1
      } else {
        let shown =
          character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
          ? "a control character" : "'\(character)'"
        let hint = character == "," ? " (write 1000 or 1K, without separators)" : ""
        throw CalculatorError(.syntax, "unexpected \(shown)\(hint)", column: column)
      }
    }
    tokens.append(CalculatorToken(kind: .end, column: characters.count + 1))
    return tokens
  }
}
