import FixdeskAnalysis
import FixdeskContent

/// The article files a refresh must look at: the `files` table compared with the files on disk.
///
/// Every command compares every file, so the stored rows are read where SQLite holds them and matched
/// by a hash of their path's bytes: at 40,000 files, making a string of each stored path and a
/// dictionary of them was most of a refresh after one edit.
struct FileChanges {
    /// A file on disk that is new, or whose size or time differ from its row's, in the files' order.
    struct Candidate {
        var file: ContentFile
        /// The stored content hash; nil for a file the table does not have.
        var storedHash: String?
    }

    var candidates: [Candidate] = []
    /// Relative paths in the table that are no longer on disk, sorted.
    var removed: [String] = []

    /// Compares `files` (the article files on disk) with the rows of `files` in `database`.
    static func compare(_ files: [ContentFile], with database: Database) throws -> FileChanges {
        let paths = files.map { Array($0.relativePath.utf8) }
        // Path hash → position of the first file with it; `next` chains the rare others with the same hash.
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(files.count)
        var next = [Int](repeating: -1, count: files.count)
        for (position, path) in paths.enumerated() {
            let hash = FNV1a.hash(path)
            if let earlier = first[hash] { next[position] = earlier }
            first[hash] = position
        }
        var stored = [Bool](repeating: false, count: files.count)
        var storedHashes: [Int: String] = [:]
        var changes = FileChanges()
        let select = try database.prepare("SELECT path, size, modified, hash FROM files")
        defer { select.reset() }
        while try select.step() {
            let position = select.withTextBytes(0) { bytes -> Int? in
                var candidate = first[FNV1a.hash(bytes)] ?? -1
                while candidate >= 0, !paths[candidate].elementsEqual(bytes) { candidate = next[candidate] }
                if candidate < 0 { changes.removed.append(String(decoding: bytes, as: UTF8.self)) }
                return candidate < 0 ? nil : candidate
            }
            guard let position else { continue }
            stored[position] = true
            let file = files[position]
            if select.int(1) != Int64(file.size) || select.int(2) != file.modified {
                storedHashes[position] = select.text(3)
            }
        }
        for position in files.indices where !stored[position] || storedHashes[position] != nil {
            changes.candidates.append(Candidate(file: files[position], storedHash: storedHashes[position]))
        }
        changes.removed.sort()
        return changes
    }
}
