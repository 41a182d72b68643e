/// How links inside article bodies resolve to other articles.
public enum ContentLinks {
    /// True for links that leave the content: `http(s):`, `mailto:` and in-page `#anchors`.
    public static func isExternal(_ destination: String) -> Bool {
        let lowered = destination.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:")
            || destination.hasPrefix("#")
    }

    /// The content-relative path (`en/messaging/x.md`) and fragment an internal link points to,
    /// from the article at `relativePath`; nil for external links and links leaving the folder.
    public static func resolve(_ destination: String, from relativePath: String) -> (path: String, fragment: String?)? {
        guard !destination.isEmpty, !isExternal(destination), !destination.contains(":") else { return nil }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = ContentLinter.resolve(String(parts[0]), from: relativePath) else { return nil }
        return (path, parts.count > 1 ? String(parts[1]) : nil)
    }
}

extension Article {
    /// The file inside the content folder: `en/messaging/x.md`.
    public var relativePath: String { "\(language)/\(section)/\(slug).md" }
}
