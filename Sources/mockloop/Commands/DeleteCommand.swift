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
    guard let id = try store.resolveSessionID(session) else {
      throw CLIError(session == "last" ? "there are no sessions yet" : StoreError.sessionNotFound(session).description)
    }
    if !yes {
      // A session that cannot be read can still be deleted: the prompt then says so.
      let what: String
      do {
        what = try store.session(id: id).map { "\($0.question.title), \(DurationText.day($0.createdAt))" } ?? "?"
      } catch {
        what = "it cannot be read"
      }
      FileHandle.standardError.write(Data("Delete session \(id.prefix(8)) (\(what))? [y/N] ".terminalSafe.utf8))
      guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
        Output.error("not deleted")
        throw ExitCode(1)
      }
    }
    try store.delete(sessionID: id)
    Output.text("deleted \(id)")
  }
}
