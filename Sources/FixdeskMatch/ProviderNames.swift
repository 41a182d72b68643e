/// The names a paste may call a provider by, and the namespace its codes have in the catalog.
///
/// Every namespace the catalog uses is a name of itself (`infobip`, `vonage`); the aliases add the
/// names products are also known by. The list is ordered, so the provider found first in a paste is
/// the same on every run.
public struct ProviderNames: Sendable {
    /// Other names of a namespace, lowercased as they appear in pastes.
    static let aliases: [(name: String, namespace: String)] = [
        ("cm.com", "cmcom"), ("imiconnect", "webex"), ("webex connect", "webex"), ("nexmo", "vonage"),
        ("bird.com", "messagebird"), ("message bird", "messagebird"), ("360 dialog", "360dialog"),
    ]

    /// (name, namespace), longest name first so that `webex connect` wins over a shorter name inside it.
    public let entries: [(name: String, namespace: String)]

    public init(namespaces: some Sequence<String>) {
        var entries = Self.aliases
        for namespace in Set(namespaces) where !entries.contains(where: { $0.name == namespace }) {
            entries.append((namespace, namespace))
        }
        self.entries = entries.sorted { ($0.name.utf8.count, $1.name) > ($1.name.utf8.count, $0.name) }
    }

    /// The namespace a whole token names (`Twilio`, `cm.com`), if any.
    public func namespace(named token: some StringProtocol) -> String? {
        let lowered = token.lowercased()
        return entries.first { $0.name == lowered }?.namespace
    }

    /// The namespaces named anywhere in `lowered` (ASCII-lowercased bytes), in the order they first appear.
    func namespaces(in lowered: [UInt8]) -> [String] {
        var found: [(offset: Int, namespace: String)] = []
        for entry in entries {
            guard let offset = ByteSearch.firstOffset(of: Array(entry.name.utf8), in: lowered) else { continue }
            if !found.contains(where: { $0.namespace == entry.namespace }) { found.append((offset, entry.namespace)) }
        }
        return found.sorted { ($0.offset, $0.namespace) < ($1.offset, $1.namespace) }.map(\.namespace)
    }
}
