/// The version `fixdesk --version` prints; raised with each release.
enum FixdeskVersion {
    static let current = "0.9.0"
}
