// swift-tools-version: 6.1
import PackageDescription

// Layers (see DESIGN.md): each target depends only on those listed above it here.
//   EventModel -> EventIndex -> ExplorerUI / NcursesTerminal (over TerminalCore) -> evex
let package = Package(
    name: "evex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "evex", targets: ["evex"]),
        .executable(name: "evex-bench", targets: ["evex-bench"]),
        .library(name: "EventModel", targets: ["EventModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Value types and pure logic: parsing, knowledge, linking, relations, links, diagnostics.
        .target(name: "EventModel", dependencies: ["Yams", "CLibXML2"]),
        // libxml2 (libxml2-dev): the HTML parser for saved pages, the XML parser for feeds.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The persistent store: SQLite through GRDB, FTS5 search, incremental sync.
        .target(
            name: "EventIndex",
            dependencies: ["EventModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // Cells, styles, keys and safe display text: what the UI draws and the terminal shows.
        .target(name: "TerminalCore"),
        // ncursesw's headers and a little C for what must run in a signal handler. A C target rather
        // than a system library: pkg-config's -D flags for ncursesw are refused by SwiftPM with a warning.
        .target(
            name: "CNcurses",
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]),
        // The only code that touches ncurses.
        .target(name: "NcursesTerminal", dependencies: ["TerminalCore", "CNcurses"]),
        // Draws a test pattern and echoes keys through NcursesTerminal: what the tmux tests drive.
        .executableTarget(name: "evex-termcheck", dependencies: ["TerminalCore", "NcursesTerminal"]),
        // Screens, navigation, key bindings; draws into a TerminalCore.Screen. No ncurses, no SQLite.
        .target(name: "ExplorerUI", dependencies: ["EventModel", "TerminalCore"]),
        .executableTarget(
            name: "evex",
            dependencies: [
                "EventModel", "EventIndex", "ExplorerUI", "TerminalCore", "NcursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The entry points of the libFuzzer targets (scripts/fuzz), replayed by FuzzReplayTests.
        .target(name: "EvexFuzzing", dependencies: ["EventModel", "TerminalCore"]),
        .executableTarget(name: "evex-bench", dependencies: ["EventModel", "EventIndex", "ExplorerUI", "TerminalCore"]),
        // Precision and recall of relation extraction on the test sentences, and its speed.
        .executableTarget(name: "evex-eval", dependencies: ["EventModel"]),

        .testTarget(name: "EventModelTests", dependencies: ["EventModel"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FuzzReplayTests", dependencies: ["EvexFuzzing"]),
        .testTarget(name: "EventIndexTests", dependencies: ["EventIndex", "EventModel"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "ExplorerUITests", dependencies: ["ExplorerUI", "EventModel", "TerminalCore"], exclude: ["Golden"]),
        // The benchmark's own seams: the corpus files its stages edit put back.
        .testTarget(name: "EvexBenchTests", dependencies: ["evex-bench"]),
        // Runs the built `evex` binary: the command line, and the explorer inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["evex", "evex-termcheck"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
