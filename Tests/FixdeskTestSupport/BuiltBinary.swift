import Foundation

/// The `fixdesk` built with the tests that run it, as a user would.
public enum BuiltBinary {
    public struct Stale: Error, CustomStringConvertible {
        public var description: String
    }

    /// SwiftPM puts every product of a build in one folder, so it is the one beside the running test binary
    /// (`.build/<triple>/debug/`), whatever the scratch path, never one left from another build. A missing
    /// binary, or one older than the newest source file, is an error rather than a test of old code.
    public static func fixdesk() throws -> URL { try product("fixdesk") }

    /// `fixdesk`, checked together with the `fixdesk-server` its `serve` and `mcp` run.
    public static func fixdeskWithServer() throws -> URL {
        _ = try product("fixdesk-server")
        return try fixdesk()
    }

    /// The executable product `name` of this build, checked as `fixdesk()` is.
    public static func product(_ name: String) throws -> URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let binary = testBinary.deletingLastPathComponent().appendingPathComponent(name)
        guard let built = modified(binary) else {
            throw Stale(description: "No \(name) beside \(testBinary.path): build with `swift build --build-tests`.")
        }
        let sources = FileManager.default.enumerator(at: PackageRoot.url.appendingPathComponent("Sources"), includingPropertiesForKeys: nil)
        let newest = (sources?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.compactMap(modified).max()
        if let newest, newest > built {
            throw Stale(description: "\(binary.path) is older than the sources: build with `swift build --build-tests`.")
        }
        return binary
    }

    private static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}
