internal import CStemmer

/// A Snowball stemmer from libstemmer, with a cache of the words it has seen.
///
/// Not thread-safe: each analyzer owns its own. Algorithms: https://snowballstem.org/algorithms/
final class Stemmer {
    private let handle: OpaquePointer
    private var cache: [String: String] = [:]

    /// Returns nil when libstemmer has no algorithm of that name.
    init?(algorithm: String) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The names libstemmer knows, such as `turkish` and `english`.
    static var availableAlgorithms: [String] {
        var names: [String] = []
        guard var cursor = sb_stemmer_list() else { return names }
        while let name = cursor.pointee {
            names.append(String(cString: name))
            cursor = cursor.advanced(by: 1)
        }
        return names
    }

    func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        var utf8 = Array(word.utf8)
        let stemmed: String = utf8.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                  let output = sb_stemmer_stem(handle, base, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: output, count: length), as: UTF8.self)
        }
        if cache.count > 50_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stemmed
        return stemmed
    }
}
