import Foundation
import Testing
import FixdeskTestSupport

/// Runs the built binary through `/bin/sh`, for the redirections a user's shell makes (`> /dev/full`,
/// `<&-`) and the limits it sets (`ulimit -f`).
struct ShellRun {
    var status: Int32
    var exitedNormally: Bool
    var stdout: String
    var stderr: String

    /// `script` runs with `$FIXDESK` set to the binary, in `directory`.
    init(_ script: String, in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["FIXDESK"] = try CLIRun.binary().path
        environment["LANG"] = "C"
        environment["FIXDESK_LANG"] = nil
        process.environment = environment
        let folder = try TemporaryDirectory()
        let outFile = folder.url.appendingPathComponent("out"), errFile = folder.url.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outFile)
        process.standardError = try FileHandle(forWritingTo: errFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        status = process.terminationStatus
        exitedNormally = process.terminationReason == .exit && status < 128
        stdout = try String(contentsOf: outFile, encoding: .utf8)
        stderr = try String(contentsOf: errFile, encoding: .utf8)
    }
}

/// Issue 14 from outside: each probe that failed on the command line, run again against the binary.
@Suite(.serialized) struct DefectCLITests {
    let fixture: ContentFixture
    var folder: URL { fixture.directory.url }

    init() throws { fixture = try ContentFixture() }

    func run(_ arguments: [String], stdin: String? = nil) throws -> CLIRun {
        try CLIRun(arguments, stdin: stdin, in: folder)
    }

    func shell(_ script: String) throws -> ShellRun { try ShellRun(script, in: folder) }

    /// Item 1: `fixdesk match --index n.md 131047` turned a copy of the README into a database, exit 0.
    @Test func indexOptionRefusesAFileFixdeskDidNotMake() throws {
        let notes = "# fixdesk\n\nnotes the user keeps\n"
        _ = try fixture.directory.write(notes, to: "n.md")
        for arguments in [["match", "--index", "n.md", "131047"], ["index", "--rebuild", "--index", "n.md"]] {
            let result = try run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr == "fixdesk: --index 'n.md' names a file that is not a fixdesk index (it is not an SQLite database); it will not be replaced. Name a new file, or delete it yourself.\n")
            #expect(try String(contentsOf: folder.appendingPathComponent("n.md"), encoding: .utf8) == notes)
        }
    }

    /// Item 2: `index --rebuild` deleted the index first, so a rebuild that failed left none.
    @Test func aRebuildThatFailsKeepsTheIndex() throws {
        #expect(try run(["index", "--index", "i.sqlite"]).status == 0)
        let settings = try fixture.read("_site.yml")
        try fixture.write(settings.replacingOccurrences(of: "languages: [en, tr]", with: "languages: [en, tr"), to: "_site.yml")
        #expect(try run(["index", "--rebuild", "--index", "i.sqlite"]).status == 3)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/i.sqlite"))
        try fixture.write(settings, to: "_site.yml")
        let answer = try run(["match", "--index", "i.sqlite", "131047"])
        #expect(answer.status == 0)
        #expect(answer.stderr.isEmpty)
    }

    /// Item 5: output to a full or closed stream, or input from a folder or a closed stream, crashed
    /// with SIGILL and a backtrace.
    @Test func unusableStandardStreamsEndWithExitFourAndOneSentence() throws {
        let probes: [(String, String)] = [
            (#""$FIXDESK" match 131047 > /dev/full"#, "fixdesk: cannot write to standard output (No space left on device).\n"),
            (#""$FIXDESK" match 131047 >&-"#, "fixdesk: cannot write to standard output (Bad file descriptor).\n"),
            (#""$FIXDESK" match --json 131047 > /dev/full"#, "fixdesk: cannot write to standard output (No space left on device).\n"),
            (#""$FIXDESK" match < /"#, "fixdesk: Cannot read standard input (Is a directory).\n"),
            (#""$FIXDESK" match <&-"#, "fixdesk: Cannot read standard input (Bad file descriptor).\n"),
        ]
        for (script, sentence) in probes {
            let result = try shell(script)
            #expect(result.exitedNormally, "\(script)")
            #expect(result.status == 4, "\(script)")
            #expect(result.stderr == sentence, "\(script)")
        }
        let silent = try shell(#""$FIXDESK" lint 2>&- > /dev/full"#)
        #expect(silent.exitedNormally && silent.status == 4)
    }

    /// Item 5: `lint --content /proc/self` crashed with SIGSEGV.
    @Test func lintOfProcIsAnAnswerNotACrash() throws {
        let result = try run(["lint", "--content", "/proc/self"])
        #expect(result.status == 3)
        #expect(result.stderr == "fixdesk: The content folder '/proc/self' has no _site.yml (the site settings with the list of languages).\n")
    }

    /// Item 6: zeroed pages gave "database disk image is malformed" on every command.
    @Test func aDamagedIndexIsRebuiltAndAnswers() throws {
        #expect(try run(["index", "--index", "i.sqlite"]).status == 0)
        // `dd` zeros over pages after the first few: the settings still read, the tables do not.
        let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("i.sqlite"))
        let pages = try handle.seekToEnd() / 4096
        try handle.seek(toOffset: 3 * 4096)
        try handle.write(contentsOf: Data(count: Int(pages / 3 - 3) * 4096))
        try handle.close()
        let answer = try run(["match", "--json", "--index", "i.sqlite", "131047"])
        #expect(answer.status == 0)
        #expect(answer.stdout.contains(#""id" : "window""#))
        #expect(answer.stderr.hasPrefix("fixdesk: the index at 'i.sqlite' was damaged (database disk image is malformed); it has been rebuilt."))
        #expect(try run(["index", "--index", "i.sqlite"]).stdout.contains("is up to date"))
    }

    /// Item 8: on a full disk (here: a file size limit of one block) a stale index made `match` and
    /// `search` fail; they answer from it, with a warning.
    @Test func aStaleIndexThatCannotBeRefreshedStillAnswers() throws {
        #expect(try run(["index", "--index", "i.sqlite"]).status == 0)
        let article = try fixture.read("en/messaging/window.md")
        try fixture.write(article + "\nOne more line.\n", to: "en/messaging/window.md")
        let refresh = try shell(Self.withFullDisk(#""$FIXDESK" match --index i.sqlite --json 131047"#))
        #expect(refresh.status == 0)
        #expect(refresh.stdout.contains(#""id" : "window""#))
        #expect(refresh.stderr.hasPrefix("fixdesk: the index at 'i.sqlite' could not be brought up to date ("))
        #expect(refresh.stderr.hasSuffix("); answering from it as it was.\n"))
        #expect(refresh.stderr.split(separator: "\n").count == 1)
        // Changed settings need a new index, which cannot be written either.
        let strings = try fixture.read("en/_strings.yml")
        try fixture.write(strings.replacingOccurrences(of: "stop_words: [", with: "stop_words: [zzz, "), to: "en/_strings.yml")
        let rebuild = try shell(Self.withFullDisk(#""$FIXDESK" search --index i.sqlite template paused"#))
        #expect(rebuild.status == 0)
        #expect(rebuild.stdout.contains("[paused]"))
        #expect(rebuild.stderr.contains("answering from it as it was"))
        // Item 7: the temporary file of the failed build does not keep the disk full.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    /// Item 8: a read-only folder (as a user other than root, who may write anywhere).
    @Test(.enabled(if: getuid() != 0)) func aStaleIndexInAReadOnlyFolderStillAnswers() throws {
        #expect(try run(["index", "--index", "ro/i.sqlite"]).status == 0)
        let article = try fixture.read("en/messaging/window.md")
        try fixture.write(article + "\nOne more line.\n", to: "en/messaging/window.md")
        #expect(chmod(folder.path + "/ro", 0o555) == 0)
        defer { chmod(folder.path + "/ro", 0o755) }
        let answer = try run(["match", "--index", "ro/i.sqlite", "--json", "131047"])
        #expect(answer.status == 0)
        #expect(answer.stdout.contains(#""id" : "window""#))
        #expect(answer.stderr.contains("answering from it as it was."))
    }

    /// `command` with files limited to one block, as on a full disk; its standard output goes through a
    /// pipe, to which the limit does not apply.
    static func withFullDisk(_ command: String) -> String {
        #"out=$(trap '' XFSZ; ulimit -f 1; "# + command + #"); status=$?; printf '%s\n' "$out"; exit $status"#
    }

    /// Item 9: a theme file linked to a system file was published under `assets/`.
    @Test func aThemeLinkIsRefusedAndNothingIsPublished() throws {
        try FileManager.default.createDirectory(at: fixture.contentURL.appendingPathComponent("_theme"), withIntermediateDirectories: true)
        #expect(symlink("/etc/passwd", fixture.contentURL.path + "/_theme/leak.txt") == 0)
        let result = try run(["site", "--out", "public"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("content/_theme/leak.txt: a symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public"))
    }

    /// Item 10: ESC, OSC and BEL in content and in echoed arguments reached the terminal raw.
    @Test func controlCharactersNeverReachTheTerminalRaw() throws {
        let article = try fixture.read("en/messaging/window.md")
        try fixture.write(article.replacingOccurrences(of: "title: The 24-hour window has closed",
                                                       with: "title: \"The 24-hour window\\e]0;owned\\a has closed\\e[2J\""),
                          to: "en/messaging/window.md")
        let shown = try run(["show", "window"])
        #expect(shown.status == 0)
        #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{07}"))
        #expect(shown.stdout.contains("The 24-hour window^[]0;owned^G has closed^[[2J"))
        let json = try run(["show", "window", "--json"])
        #expect(json.stdout.contains(#"The 24-hour window\u001b]0;owned\u0007 has closed\u001b[2J"#))
        let echoed = try run(["search", "\u{1B}]qqzx\u{07}", "\u{9B}zzqx"])
        #expect(echoed.status == 1)
        #expect(echoed.stderr == "Nothing matched '^[]qqzx^G <U+009B>zzqx'.\n")
        let usage = try run(["--bogus\u{1B}[2J"])
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("Error: Unknown option '--bogus^[[2J'\n"))
    }

    /// Item 11: articles with errors were left out of `index` and `match` without a word.
    @Test func articlesLeftOutAreNamedOnStandardError() throws {
        try fixture.write("---\nid: [broken\n---\n", to: "en/messaging/broken.md")
        let result = try run(["match", "131047"])
        #expect(result.status == 0)
        #expect(result.stderr == "fixdesk: 1 article file(s) have problems and were left out of the index; `fixdesk lint` names them.\n")
    }
}
