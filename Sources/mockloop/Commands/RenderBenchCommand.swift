import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// `mockloop bench-render`: how long one full session frame takes to render off-screen.
struct RenderBenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-render", abstract: "Time rendering a session frame off-screen (for make bench).",
    shouldDisplay: false)
  @Option(help: "Frames to render.") var runs = 200
  @Option(help: "Terminal width.") var width = 200
  @Option(help: "Terminal height.") var height = 60

  func run() throws {
    let content = CommandContext().loadContent()
    guard let format = content.format(id: "amazon-l6"), let entry = content.question(id: "url-shortener") else {
      throw CLIError("the built-in amazon-l6 format and url-shortener question are needed")
    }
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    var state = AppState(
      screen: .home(HomeState()), width: width, height: height, content: content, bellEnabled: false, now: start)
    _ = state.startSession(format: format, question: entry, level: .l6)
    _ = state.handle(.key(.tab), now: start + 60)
    let notes = (1...40).map { "line \($0): shard by hash(code) → 16 shards · 漢字 🙂 p99 < 50 ms" }.joined(
      separator: "\n")
    _ = state.handle(.paste(notes), now: start + 61)
    _ = state.handle(.tick, now: start + 13 * 60)
    var samples: [Double] = []
    let clock = ContinuousClock()
    for index in 0..<runs {
      state.now = start + 13 * 60 + Double(index)
      let elapsed = clock.measure { _ = AppScreen.render(state) }
      samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print(
      String(
        format: "render %dx%d session frame: median %.3f ms, p90 %.3f ms over %d frames", width, height, median,
        samples[samples.count * 9 / 10], runs))
  }
}
