extension ErrorCode {
    /// Providers whose name is not their prefix with a capital letter.
    static let providerNames = [
        "360dialog": "360dialog", "ycloud": "YCloud", "cmcom": "CM.com", "webex": "Webex", "messagebird": "MessageBird",
        "tyntec": "tyntec", "wati": "WATI", "8x8": "8x8",
    ]

    /// The provider as people write it: `twilio` → `Twilio`, `cmcom` → `CM.com`.
    public static func providerName(_ provider: String) -> String {
        providerNames[provider] ?? (provider.prefix(1).uppercased() + provider.dropFirst())
    }

    /// A code as people name it: `twilio:63016` → `Twilio 63016`; Meta's own stay as written.
    public static func displayName(of code: String) -> String {
        guard let provider = provider(of: code) else { return code }
        return "\(providerName(provider)) \(value(of: code))"
    }
}
