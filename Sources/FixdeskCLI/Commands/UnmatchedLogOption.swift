/// `--log-unmatched FILE`: nothing is logged until the triage module provides the log.
enum UnmatchedLogOption {
    static func hook(path: String?) throws -> (@Sendable (String, String) -> Void)? { nil }
}
