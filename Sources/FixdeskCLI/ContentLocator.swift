import Foundation
import FixdeskContent

/// Finds the content folder the way git finds its repository: `--content`, then
/// `FIXDESK_CONTENT`, then a `content/` holding `_site.yml` in this folder or the nearest parent.
///
/// Pure apart from asking whether files exist, which comes in as a function for tests.
struct ContentLocator {
    struct Location: Equatable {
        /// The folder as the user should see it in paths: `content`, `../../content`, or as given.
        var path: String
        /// Where the `.fixdesk` index folder goes: "" (this folder) for `--content`, beside the
        /// content folder otherwise, as `.git` sits beside a repository's files.
        var indexFolder: String
        /// False when no folder was named and none was found.
        var found = true
    }

    var currentDirectory: String
    var environment: [String: String]
    var fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }

    func locate(option: String?) -> Location {
        if let option { return Location(path: option, indexFolder: "") }
        if let value = environment["FIXDESK_CONTENT"], !value.isEmpty {
            let parent = URL(fileURLWithPath: value, isDirectory: true).standardizedFileURL.deletingLastPathComponent().path
            return Location(path: value, indexFolder: parent.hasSuffix("/") ? parent : parent + "/")
        }
        var folder = URL(fileURLWithPath: currentDirectory, isDirectory: true).standardizedFileURL
        var ups = 0
        while true {
            if fileExists(folder.appendingPathComponent("content/_site.yml").path) {
                let up = String(repeating: "../", count: ups)
                return Location(path: up + "content", indexFolder: up)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
            ups += 1
        }
        // Nothing found: name the usual folder, whose absence the loader reports in one sentence.
        return Location(path: "content", indexFolder: "", found: false)
    }
}
