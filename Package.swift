// swift-tools-version:6.0
import PackageDescription

let settings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

/// The site's built-in theme, compiled into the binary so that it alone can publish a site
/// (Sources/FixdeskSite/Theme/DefaultThemeFiles.swift names the same files).
let themeFiles = ["article.mustache", "code.mustache", "codes.mustache", "favicon.svg", "home.mustache", "layout.mustache",
                  "logo.svg", "not-found.mustache", "paste-box.mustache", "root.mustache", "search.mustache",
                  "section.mustache", "site.css", "site.js"]

let package = Package(
    name: "fixdesk",
    products: [.executable(name: "fixdesk", targets: ["fixdesk"]),
               // `fixdesk serve` and `fixdesk mcp` run this one, found beside `fixdesk`.
               .executable(name: "fixdesk-server", targets: ["fixdesk-server"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "FixdeskAnalysis", dependencies: ["CStemmer"], swiftSettings: settings),
        .target(name: "FixdeskContent", dependencies: ["CCmark", "FixdeskAnalysis", "Yams"], swiftSettings: settings),
        .target(name: "FixdeskIndex", dependencies: ["CSQLite", "FixdeskContent", "FixdeskAnalysis"], swiftSettings: settings),
        .target(name: "FixdeskMatch", dependencies: ["FixdeskIndex", "FixdeskContent", "FixdeskAnalysis"], swiftSettings: settings),
        .target(
            name: "FixdeskSite",
            dependencies: ["FixdeskContent", "FixdeskAnalysis", "FixdeskMatch", .product(name: "Mustache", package: "swift-mustache")],
            resources: themeFiles.map { .embedInCode("DefaultTheme/\($0)") }, swiftSettings: settings),
        .target(name: "FixdeskTriage", dependencies: ["FixdeskMatch", "FixdeskIndex"], swiftSettings: settings),
        .target(name: "FixdeskService", dependencies: ["FixdeskMatch", "FixdeskIndex", "FixdeskContent", "FixdeskSite"],
                swiftSettings: settings),
        .target(
            name: "FixdeskServer",
            dependencies: ["FixdeskService", .product(name: "Hummingbird", package: "hummingbird")],
            resources: [.copy("Resources/openapi.json")], swiftSettings: settings),
        .target(name: "FixdeskMCP", dependencies: ["FixdeskService", .product(name: "MCP", package: "swift-sdk")],
                swiftSettings: settings),
        .target(
            name: "FixdeskCLI",
            dependencies: ["FixdeskMatch", "FixdeskIndex", "FixdeskContent", "FixdeskAnalysis", "FixdeskSite",
                           "FixdeskService", "FixdeskTriage", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: settings),
        .executableTarget(name: "fixdesk", dependencies: ["FixdeskCLI"], swiftSettings: settings),
        .executableTarget(
            name: "fixdesk-server",
            dependencies: ["FixdeskCLI", "FixdeskService", "FixdeskServer", "FixdeskMCP", "FixdeskTriage", "FixdeskContent",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: settings),
        .target(name: "FixdeskEvaluation", dependencies: ["FixdeskMatch", "FixdeskIndex"], swiftSettings: settings),
        .executableTarget(name: "fixdesk-eval", dependencies: ["FixdeskEvaluation", "FixdeskContent", "FixdeskIndex"], swiftSettings: settings),
        .target(name: "FixdeskTestSupport", dependencies: ["FixdeskContent"], path: "Tests/FixdeskTestSupport"),
        .testTarget(name: "FixdeskAnalysisTests", dependencies: ["FixdeskAnalysis"]),
        .testTarget(name: "FixdeskContentTests", dependencies: ["FixdeskContent", "FixdeskTestSupport"]),
        .testTarget(name: "FixdeskIndexTests", dependencies: ["FixdeskIndex", "FixdeskEvaluation", "FixdeskTestSupport"]),
        .testTarget(name: "FixdeskMatchTests", dependencies: ["FixdeskMatch", "FixdeskEvaluation", "FixdeskTestSupport"]),
        .testTarget(name: "FixdeskSiteTests", dependencies: ["FixdeskSite", "FixdeskContent", "FixdeskTestSupport"]),
        .testTarget(name: "FixdeskCLITests", dependencies: ["FixdeskTestSupport", "FixdeskCLI", "FixdeskService"]),
        .testTarget(name: "FixdeskServerTests", dependencies: ["FixdeskTriage", "FixdeskSite", "FixdeskTestSupport"]),
    ]
)

// The benchmark is built only when asked for: FIXDESK_BENCH=1 swift run -c release fixdesk-bench
if Context.environment["FIXDESK_BENCH"] == "1" {
    package.targets.append(.executableTarget(
        name: "fixdesk-bench", dependencies: ["FixdeskMatch", "FixdeskIndex", "FixdeskContent"],
        path: "Benchmarks/fixdesk-bench", swiftSettings: settings))
}
