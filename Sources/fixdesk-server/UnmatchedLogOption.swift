import FixdeskContent
import FixdeskTriage

/// `--log-unmatched FILE` of `serve` and `mcp`: the hook that appends unmatched pastes, redacted.
enum UnmatchedLogOption {
    static func hook(path: String?) throws -> (@Sendable (String, String) -> Void)? {
        guard let path else { return nil }
        let log: UnmatchedLog
        do {
            log = try UnmatchedLog(path: path)
        } catch {
            throw FixdeskError(.io, "Cannot write the unmatched log '\(path)'.")
        }
        return { text, language in log.append(text, language: language) }
    }
}
