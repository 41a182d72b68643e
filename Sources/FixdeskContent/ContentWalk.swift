import Foundation

/// One folder of the content tree at a time, as `ContentLoader.listing()` walks it: which entries are
/// content files, which are folders to descend into, and which are refused with a reason.
struct ContentWalk: Sendable {
    struct Listing {
        var files: [ContentFile] = []
        var folders: [String] = []
        var problems: [Diagnostic] = []
    }

    /// The content folder with every link in its path resolved, to tell whether a link leads out of it.
    let realRoot: String
    let loader: ContentLoader

    init(loader: ContentLoader) {
        self.loader = loader
        realRoot = Self.realPath(loader.directory.path) ?? loader.directory.path
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isContentName(_ name: String) -> Bool { name.hasSuffix(".md") || name.hasSuffix(".yml") }

    /// The entries of one folder, or nil when it cannot be read.
    func listFolder(_ relativeFolder: String) -> Listing? {
        let folderPath = relativeFolder.isEmpty ? loader.directory.path : loader.directory.path + "/" + relativeFolder
        guard let stream = opendir(folderPath) else { return nil }
        defer { closedir(stream) }
        var listing = Listing()
        while let entry = readdir(stream) {
            // `d_name` is read where it lies: a copy of the whole 256-byte field reads past the end of
            // entries the kernel makes shorter (as in /proc).
            let nameBytes = UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name)!)
                .assumingMemoryBound(to: CChar.self)
            let raw = UnsafeBufferPointer(start: UnsafeRawPointer(nameBytes).assumingMemoryBound(to: UInt8.self), count: strlen(nameBytes))
            guard raw.first != UInt8(ascii: ".") else { continue }
            let decoded = String(validating: raw, as: UTF8.self)
            let name = decoded ?? Self.escaped(raw)
            if relativeFolder.isEmpty && name == "_theme" { continue }
            let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
            func refuse(_ message: String) {
                listing.problems.append(Diagnostic(path: loader.displayPath(Self.printable(relative)), line: nil, message: message))
            }
            var info = stat()
            guard fstatat(dirfd(stream), nameBytes, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                refuse("cannot read this entry (\(String(cString: strerror(errno))))")
                continue
            }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                let target = folderPath + "/" + String(decoding: raw, as: UTF8.self)
                guard stat(target, &info) == 0, let resolved = Self.realPath(target) else {
                    if Self.isContentName(name) { refuse("a link that leads nowhere; remove it") }
                    continue
                }
                kind = info.st_mode & S_IFMT
                if kind == S_IFDIR {
                    let here = Self.realPath(folderPath) ?? folderPath
                    if here == resolved || here.hasPrefix(resolved + "/") {
                        refuse("a link to a folder that contains it, which would make the content endless (a loop); remove it")
                    } else {
                        refuse("a link to a folder; links to folders are not followed, move the folder here instead")
                    }
                    continue
                }
                guard resolved.hasPrefix(realRoot + "/") else {
                    if Self.isContentName(name) { refuse("a link to a file outside the content folder; it is not read") }
                    continue
                }
            }
            let isContent = Self.isContentName(name)
            if decoded == nil {
                if isContent || kind == S_IFDIR { refuse("the name is not valid UTF-8; rename it") }
                continue
            }
            if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                if isContent || kind == S_IFDIR { refuse("the name contains a line break or another control character; rename it") }
                continue
            }
            if kind == S_IFDIR {
                if isContent {
                    refuse("a folder named like a content file; rename it")
                } else {
                    listing.folders.append(relative)
                }
            } else if isContent {
                guard kind == S_IFREG else {
                    refuse("not a regular file (a FIFO, socket or device); it is not read")
                    continue
                }
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                listing.files.append(ContentFile(relativePath: relative, size: Int(info.st_size), modified: modified))
            }
        }
        // Sorted here, on the walk's threads, so that the whole listing arrives in a few sorted runs and
        // its final sort only merges them (sorting 40,000 paths from scratch was a fifth of a refresh).
        listing.files.sort { $0.relativePath < $1.relativePath }
        listing.folders.sort()
        return listing
    }

    /// A name that is not UTF-8, with its bytes outside ASCII written as `\xNN`.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }

    /// A path with its control characters written as `\n`, `\t` or `\u{…}`, so that `file:line` stays one line.
    static func printable(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        return path.unicodeScalars.map { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\t": "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: "\\u{\(String(scalar.value, radix: 16))}"
            default: String(scalar)
            }
        }.joined()
    }
}
