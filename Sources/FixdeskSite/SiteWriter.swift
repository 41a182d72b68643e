import Foundation
import FixdeskContent

/// Writes a generated site into the output folder without ever leaving a half-written site.
///
/// The new site is built in a hidden sibling folder and then swapped in with one atomic
/// exchange, so a failed or killed build leaves the previous site as it was. Pages whose bytes
/// did not change are hard-linked from the previous site instead of being written again, so
/// their files (and modification times) stay the same.
public struct SiteWriter {
    public struct Report: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
    }

    /// The file that marks a folder as a fixdesk site, so that an unrelated folder is never replaced.
    static let markerName = ".fixdesk-site"

    public let output: URL
    let displayPath: String
    /// Advanced once per file written or kept, when someone wants to show progress.
    public var progress: ProgressMeter?

    public init(output: URL, displayPath: String) {
        self.output = output.standardizedFileURL.resolvingSymlinksInPath()
        self.displayPath = displayPath
    }

    /// Refuses outputs that would overwrite the content or an unrelated folder.
    public func check(contentDirectory: URL) throws(FixdeskError) {
        let out = output.path
        let content = contentDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" || out == content || content.hasPrefix(out + "/") {
            throw FixdeskError(.usage, key: "error_out_over_content", ["out": displayPath],
                               english: "--out '{out}' is or contains the content folder; choose a separate folder such as 'site'.")
        }
        if out.hasPrefix(content + "/") {
            throw FixdeskError(.usage, key: "error_out_inside_content", ["out": displayPath],
                               english: "--out '{out}' is inside the content folder; choose a folder outside it.")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw FixdeskError(.usage, key: "error_out_is_file", ["out": displayPath],
                               english: "--out '{out}' is a file; name a folder.")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if !entries.isEmpty, !entries.contains(Self.markerName) {
            throw FixdeskError(.usage, key: "error_out_foreign", ["out": displayPath],
                               english: "--out '{out}' is a folder that fixdesk did not make; it will not be replaced. Choose an empty or new folder.")
        }
    }

    /// Writes `files` as the whole new content of the output folder.
    public func write(_ files: [SiteFile]) throws(FixdeskError) -> Report {
        for file in files where !Self.isSafe(file.path) {
            throw FixdeskError(.content, "Refusing to write '\(file.path)': outside the output folder.")
        }
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw FixdeskError(.io, "Cannot create the folder '\(parent.path)' for '\(displayPath)'.")
        }
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).fixdesk-new-\(getpid())")
        try? fileManager.removeItem(at: staging)
        do {
            let report = try fill(staging, with: files)
            try swapIntoPlace(staging)
            return report
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    private func fill(_ staging: URL, with files: [SiteFile]) throws(FixdeskError) -> Report {
        var folders = Set<String>([""])
        for file in files {
            var components = file.path.split(separator: "/").dropLast()
            while !components.isEmpty {
                folders.insert(components.joined(separator: "/"))
                components.removeLast()
            }
        }
        for folder in folders.sorted() {
            let path = folder.isEmpty ? staging.path : staging.path + "/" + folder
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw FixdeskError(.io, "Cannot create '\(path)': \(String(cString: strerror(errno))).")
            }
        }
        let previous = output.path
        let stagingPath = staging.path
        let outcomes = UnsafeMutableBufferPointer<Int32>.allocate(capacity: files.count)
        outcomes.initialize(repeating: 0)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let results = outcomes
        let progress = self.progress
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for position in stride(from: worker, to: files.count, by: workers) {
                let file = files[position]
                let target = stagingPath + "/" + file.path
                let old = previous + "/" + file.path
                if Self.hasSameBytes(old, file.contents), link(old, target) == 0 {
                    results[position] = 1
                } else {
                    results[position] = Self.writeFile(target, file.contents) ? 2 : -errno
                }
                progress?.advance()
            }
        }
        if let failed = outcomes.firstIndex(where: { $0 <= 0 }) {
            throw FixdeskError(.io, "Cannot write '\(files[failed].path)': \(String(cString: strerror(-outcomes[failed]))).")
        }
        guard Self.writeFile(stagingPath + "/" + Self.markerName, Data("generated by fixdesk site\n".utf8)) else {
            throw FixdeskError(.io, "Cannot write into '\(stagingPath)'.")
        }
        let unchanged = outcomes.filter { $0 == 1 }.count
        return Report(written: files.count - unchanged, unchanged: unchanged)
    }

    /// Exchanges the staging folder with the output in one step (Linux renameat2), or falls
    /// back to two renames where the file system cannot exchange.
    private func swapIntoPlace(_ staging: URL) throws(FixdeskError) {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            if Self.exchange(staging.path, output.path) {
                try? fileManager.removeItem(at: staging)
                return
            }
            let retired = staging.path + "-old"
            guard rename(output.path, retired) == 0 else {
                throw FixdeskError(.io, "Cannot replace '\(displayPath)': \(String(cString: strerror(errno))).")
            }
            guard rename(staging.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(retired, output.path)
                throw FixdeskError(.io, "Cannot replace '\(displayPath)': \(reason).")
            }
            try? fileManager.removeItem(atPath: retired)
        } else if rename(staging.path, output.path) != 0 {
            throw FixdeskError(.io, "Cannot create '\(displayPath)': \(String(cString: strerror(errno))).")
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static func exchange(_ first: String, _ second: String) -> Bool {
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
    }

    /// Relative, without `..`, empty or hidden components.
    static func isSafe(_ path: String) -> Bool {
        guard !path.hasPrefix("/") else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !components.isEmpty && components.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") }
    }

    private static func hasSameBytes(_ path: String, _ contents: Data) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == contents.count else {
            return false
        }
        if contents.isEmpty { return true }
        var existing = [UInt8](repeating: 0, count: contents.count)
        let complete = existing.withUnsafeMutableBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        return complete && contents.withUnsafeBytes { new in
            existing.withUnsafeBytes { old in memcmp(new.baseAddress!, old.baseAddress!, new.count) == 0 }
        }
    }

    private static func writeFile(_ path: String, _ contents: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }
}
