/// Reads and writes posting lists, document lengths and the vocabulary derived from them.
struct PostingStore {
    let database: Database

    func list(for term: String) throws -> PostingList? {
        let statement = try database.prepare("SELECT list FROM postings WHERE term = ?1")
        try statement.bind([.text(term)])
        return try statement.step() ? PostingList(bytes: statement.blob(0)) : nil
    }

    /// The lists of every indexed term that starts with `prefix`.
    func lists(withPrefix prefix: String) throws -> [PostingList] {
        let statement = try database.prepare("SELECT list FROM postings WHERE term >= ?1 AND term < ?2")
        try statement.bind([.text(prefix), .text(prefix + "\u{10FFFF}")])
        var result: [PostingList] = []
        while try statement.step() { result.append(PostingList(bytes: statement.blob(0))) }
        return result
    }

    func lengths() throws -> DocumentLengths {
        let statement = try database.prepare("SELECT counts FROM document_lengths WHERE id = 1")
        try statement.bind([])
        return try statement.step() ? DocumentLengths(blob: statement.blob(0)) : DocumentLengths()
    }

    func write(_ lengths: DocumentLengths) throws {
        try database.prepare("INSERT OR REPLACE INTO document_lengths(id, counts) VALUES (1, ?1)").run([.blob(lengths.blob)])
    }

    /// Stores `list` for `term` with its vocabulary row, or removes both when the list is empty.
    func write(_ list: PostingList, for term: String) throws {
        if list.count == 0 {
            try database.prepare("DELETE FROM postings WHERE term = ?1").run([.text(term)])
            try database.prepare("DELETE FROM vocabulary WHERE term = ?1").run([.text(term)])
            return
        }
        try database.prepare("INSERT OR REPLACE INTO postings(term, list) VALUES (?1, ?2)").run([.text(term), .blob(list.bytes)])
        try database.prepare("INSERT OR REPLACE INTO vocabulary(term, length, documents) VALUES (?1, length(?1), ?2)")
            .run([.text(term), .integer(Int64(list.count))])
    }
}
