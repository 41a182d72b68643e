import Foundation
import FixdeskContent

/// A temporary content folder written from a bundle, with a loader over it.
public struct ContentFixture {
    public let directory: TemporaryDirectory

    public init(bundle: String = MiniContent.bundle) throws {
        directory = try TemporaryDirectory()
        try directory.writeBundle(bundle, under: "content/")
    }

    public var contentURL: URL { directory.url.appendingPathComponent("content") }

    public var loader: ContentLoader { ContentLoader(directory: contentURL, displayRoot: "content") }

    /// Replaces the text of a content file (path relative to the content folder).
    public func write(_ text: String, to relativePath: String) throws {
        try directory.write(text, to: "content/" + relativePath)
    }

    public func read(_ relativePath: String) throws -> String {
        try String(contentsOf: contentURL.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

/// Where the package lives, for tests that read the bundled content or run the built binary.
public enum PackageRoot {
    public static var url: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    public static var content: URL { url.appendingPathComponent("content") }
}
