import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// `mockloop drill`: straight into a timed set of estimation drills.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill", abstract: "Start a set of 5 estimation drills in 15 minutes.",
    discussion: """
      Each drill gives a scenario and its figures and asks for one quantity. Type a number (taken \
      in the asked unit), a quantity or an expression; it is right within 2x of the expected value \
      and close within 10x. The calculation is shown after each answer. 'mockloop estimates' lists \
      past sets; 'mockloop stats' counts them.
      """)
  @OptionGroup var options: AppOptions

  func run() throws { try launchApp(.drill, options: options) }
}
