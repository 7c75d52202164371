import ArgumentParser
import MockLoopTUI

/// `mockloop keys`: every key binding, from the same keymap the app and its help use.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "List the key bindings (Markdown, as in the README).")

  func run() throws { print(Keymap.markdownTable()) }
}
