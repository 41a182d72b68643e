import Foundation

/// One file of the generated site: its path inside the output folder and its bytes.
public struct SiteFile: Sendable, Equatable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
