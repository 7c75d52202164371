import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop delete ID`: removes one session after asking.
struct DeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete one session (asks first).")
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String
  @Flag(name: .shortAndLong, help: "Do not ask.") var yes = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStore()
    let found = try context.session(session, in: store)
    if !yes {
      FileHandle.standardError.write(
        Data(
          "Delete session \(found.id.prefix(8)) (\(found.question.title), \(DurationText.day(found.createdAt)))? [y/N] "
            .utf8))
      guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
        Output.error("not deleted")
        throw ExitCode(1)
      }
    }
    try store.delete(sessionID: found.id)
    print("deleted \(found.id)")
  }
}
