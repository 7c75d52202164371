// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "MockLoop",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "mockloop", targets: ["mockloop"]),
    .library(name: "MockLoopKit", targets: ["MockLoopKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .target(
      name: "MockLoopKit",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C interface, as GRDB links it: the summary scans step their statements directly.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .systemLibrary(
      name: "CNcurses",
      path: "Sources/CNcurses"
    ),
    .target(
      name: "MockLoopTUI",
      dependencies: ["MockLoopKit", "CNcurses"]
    ),
    .executableTarget(
      name: "mockloop",
      dependencies: [
        "MockLoopKit",
        "MockLoopTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "MockLoopKitTests",
      dependencies: ["MockLoopKit"],
      exclude: ["Goldens", "Fixtures"]
    ),
    .testTarget(
      name: "MockLoopTUITests",
      dependencies: ["MockLoopTUI", "MockLoopKit"],
      exclude: ["Goldens"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
