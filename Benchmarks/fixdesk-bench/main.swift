import Foundation
import FixdeskContent
import FixdeskIndex
import FixdeskMatch

// Prints indexing, search and match figures on a synthetic corpus of N articles per language.
// Usage: FIXDESK_BENCH=1 swift run -c release fixdesk-bench [N …]   (default: 2000 20000)
// `--per-query` adds each query's and paste's p50; `--rank` the ranking alone of two any-word queries;
// `--index-only` measures building and refreshing the index only (for profiling them).
// Figures are medians of repeated runs on this machine; compare ratios from one run, not absolute times.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU time of the calling thread: on a machine shared with other builds, wall time mostly measures
/// the wait for a core, and the in-process figures are single-threaded.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

/// CPU time of the whole process, every thread's, user and system: what a build costs the machine.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let englishWords = ["template", "message", "delivery", "payment", "account", "token", "permission", "phone", "number",
                    "registration", "limit", "quality", "paused", "webhook", "media", "upload", "customer", "window",
                    "approved", "business", "manager", "verify", "policy", "rate", "marketing", "recipient", "failed",
                    "settings", "invoice", "profile", "display", "name", "migration", "certificate", "flow", "blocked"]
let turkishWords = ["şablon", "mesaj", "teslimat", "ödeme", "hesap", "erişim", "izin", "telefon", "numara", "kayıt",
                    "sınır", "kalite", "duraklatıldı", "medya", "yükleme", "müşteri", "pencere", "onaylandı", "işletme",
                    "yönetici", "doğrulama", "politika", "pazarlama", "alıcı", "gönderilemedi", "ayarlar", "fatura",
                    "profil", "görünen", "ad", "taşıma", "sertifika", "akış", "engellendi", "yanıt", "süresi"]

/// Made-up words, so that the corpus has a realistic, long-tailed vocabulary rather than 36 words in every article.
let syllables = ["ka", "le", "mi", "to", "ru", "sa", "ne", "di", "po", "ba", "ge", "lu", "ta", "ri", "mo", "şe", "çı", "ğa", "ün", "öz"]
let inventedWords: [String] = {
    var generator = SystemRandomNumberGenerator()
    return (0..<6_000).map { _ in (0..<Int.random(in: 2...4, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined() }
}()

/// Words drawn 40% from the real support vocabulary and 60% from the invented one, skewed towards its head (Zipf-like).
func sentence(_ words: [String], _ generator: inout SystemRandomNumberGenerator, count: Int) -> String {
    (0..<count).map { _ in
        if Double.random(in: 0..<1, using: &generator) < 0.4 { return words.randomElement(using: &generator)! }
        let skewed = pow(Double.random(in: 0..<1, using: &generator), 3)
        return inventedWords[Int(skewed * Double(inventedWords.count))]
    }.joined(separator: " ")
}

/// Writes N articles per language (en, tr) with the real settings files.
func makeCorpus(articles: Int, at root: URL, settingsFrom content: URL) throws {
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
    for file in ["_site.yml", "en/_strings.yml", "tr/_strings.yml"] {
        let target = root.appendingPathComponent(file)
        try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // The bundled home-page list names bundled articles, which the synthetic corpus does not have.
        let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("common_errors:") }
            .joined(separator: "\n")
        try text.write(to: target, atomically: false, encoding: .utf8)
    }
    var generator = SystemRandomNumberGenerator()
    let sections = ["messaging", "templates", "account", "authorization", "rate-limits", "phone-numbers", "media", "flows", "platform", "providers"]
    for number in 0..<articles {
        let section = sections[number % sections.count]
        for (language, words, heading) in [("en", englishWords, "How to fix"), ("tr", turkishWords, "Nasıl düzeltilir")] {
            let folder = root.appendingPathComponent("\(language)/\(section)")
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            let steps = (1...4).map { "\($0). \(sentence(words, &generator, count: 12).capitalized)." }.joined(separator: "\n")
            let text = """
            ---
            id: article-\(number)
            title: "\(sentence(words, &generator, count: 6))"
            summary: "\(sentence(words, &generator, count: 16))."
            section: \(section)
            codes: ["\(5_000_000 + number)"]
            errors:
              - "\(sentence(words, &generator, count: 10))"
            updated: 2026-11-25
            ---

            ## Overview

            \(sentence(words, &generator, count: 60)).

            ## \(heading)

            \(steps)
            """
            try text.write(to: folder.appendingPathComponent("article-\(number).md"), atomically: false, encoding: .utf8)
        }
    }
}

/// Wall time of one run of `binary`, started with posix_spawn(3) as a shell would: Foundation's
/// Process adds tens of milliseconds of its own, which would be counted against the command.
func runProcess(_ binary: String, _ arguments: [String], in directory: URL) -> Double {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(directory.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    return seconds {
        var pid: pid_t = 0
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }
}

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
// `--corpus DIR N` only writes a corpus of N articles per language, for profiling the commands on it.
if let flag = CommandLine.arguments.firstIndex(of: "--corpus"), flag + 1 < CommandLine.arguments.count {
    try makeCorpus(articles: sizes.first ?? 2_000, at: URL(fileURLWithPath: CommandLine.arguments[flag + 1]),
                   settingsFrom: URL(fileURLWithPath: "content", isDirectory: true))
    exit(0)
}
let content = URL(fileURLWithPath: "content", isDirectory: true)
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("fixdesk").path

print("fixdesk benchmark (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
for size in sizes.isEmpty ? [2_000, 20_000] : sizes {
    let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("fixdesk-bench-\(size)-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    // `--existing DIR`: measure an already written corpus (it is changed in one file) instead of a new one.
    var corpus = root.appendingPathComponent("content")
    if let flag = CommandLine.arguments.firstIndex(of: "--existing"), flag + 1 < CommandLine.arguments.count {
        corpus = URL(fileURLWithPath: CommandLine.arguments[flag + 1], isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    } else {
        try makeCorpus(articles: size, at: corpus, settingsFrom: content)
    }
    let loader = ContentLoader(directory: corpus, displayRoot: "content")
    let indexPath = root.appendingPathComponent("index.sqlite").path

    var build = 0.0
    let processCPUBefore = processCPUSeconds()
    let buildCPU = try cpuSeconds { build = try seconds { _ = try KnowledgeIndex.open(at: indexPath, content: loader) } }
    let buildProcessCPU = processCPUSeconds() - processCPUBefore
    let noop = try seconds { _ = try KnowledgeIndex.open(at: indexPath, content: loader) }
    let changed = corpus.appendingPathComponent("tr/templates/article-1.md")
    try (try String(contentsOf: changed, encoding: .utf8) + "\nkumquat\n").write(to: changed, atomically: false, encoding: .utf8)
    var index: KnowledgeIndex!
    var refresh = 0.0
    let refreshCPU = try cpuSeconds { refresh = try seconds { index = try KnowledgeIndex.open(at: indexPath, content: loader) } }
    func ms(_ value: Double) -> String { String(format: "%.2f ms", value * 1000) }
    func printIndexFigures() {
        print("  index from scratch, CPU of all threads \(String(format: "%.2f s", buildProcessCPU))")
    }
    if CommandLine.arguments.contains("--index-only") {
        print("\n\(size) articles per language (\(index.articleCount) files)")
        print("  index from scratch      \(String(format: "%.2f s", build))")
        print("  open, nothing changed   \(ms(noop))")
        print("  refresh, one file       \(ms(refresh))")
        print("  index from scratch, CPU \(String(format: "%.2f s", buildCPU))")
        print("  refresh, one file, CPU  \(ms(refreshCPU))")
        printIndexFigures()
        print("  peak memory so far      \(String(format: "%.0f MiB", peakMemoryMiB()))")
        continue
    }

    let queries = ["şablon duraklatıldı", "sablonunuzu", "payment method", "odeme yontemi", "kalite", "templates paused",
                   "erişim izni", "phone numbr", "müşteri penceresi", "webhook media upload"]
    var searchTimes: [Double] = []
    var searchCPU: [Double] = []
    var timesByQuery: [String: [Double]] = [:]
    for round in 0..<300 {
        let query = queries[round % queries.count]
        var time = 0.0
        searchCPU.append(try cpuSeconds { time = try seconds { _ = try index.search(query, language: round % 2 == 0 ? "tr" : "en") } })
        searchTimes.append(time)
        timesByQuery[query, default: []].append(time)
    }
    if CommandLine.arguments.contains("--per-query") {
        for query in queries {
            print(String(format: "    %-24@ p50 %.2f ms", query as NSString, percentile(timesByQuery[query]!, 0.5) * 1000))
        }
    }
    // The ranking alone (FTS5 MATCH and bm25 → top rows) of the benchmark's text pastes as any-word queries.
    if CommandLine.arguments.contains("--rank") {
        for paste in ["mesaj gönderilemedi şablon kalite duraklatıldı müşteri", "template paused quality payment failed business manager"] {
            let words = index.analyzers.alternatives(in: paste).filter { !$0.isStopWord }
            let query = FTSQuery(groups: words.map { FTSQuery.Group(terms: $0.terms, prefixes: []) })
            var times: [Double] = []
            for _ in 0..<200 { times.append(try seconds { _ = try index.rankedRows(query, matchAll: false, limit: 24) }) }
            print(String(format: "    rank %@ p50 %.3f ms", String(paste.prefix(20)), percentile(times, 0.5) * 1000))
        }
    }
    let matcher = Matcher(index: index)
    let pastes = [#"{"error":{"message":"(#5000007) Error","code":5000007,"fbtrace_id":"AbCd123"}}"#,
                  "mesaj gönderilemedi şablon kalite duraklatıldı müşteri",
                  "template paused quality payment failed business manager"]
    var matchTimes: [Double] = []
    var matchCPU: [Double] = []
    var matchTimesByPaste: [String: [Double]] = [:]
    for round in 0..<300 {
        let paste = pastes[round % pastes.count]
        var time = 0.0
        matchCPU.append(try cpuSeconds { time = try seconds { _ = try matcher.match(PasteInput(text: paste), language: "tr") } })
        matchTimes.append(time)
        matchTimesByPaste[paste, default: []].append(time)
    }
    if CommandLine.arguments.contains("--per-query") {
        for paste in pastes {
            print(String(format: "    match %-40@ p50 %.2f ms", String(paste.prefix(40)) as NSString, percentile(matchTimesByPaste[paste]!, 0.5) * 1000))
        }
    }
    // The first query on a freshly opened index, when nothing the index reads is remembered yet.
    var coldSearch: [Double] = []
    var coldSearchCPU: [Double] = []
    for query in queries {
        let fresh = try KnowledgeIndex.open(at: indexPath, content: loader)
        var time = 0.0
        coldSearchCPU.append(try cpuSeconds { time = try seconds { _ = try fresh.search(query, language: "tr") } })
        coldSearch.append(time)
    }
    var coldMatch: [Double] = []
    var coldMatchCPU: [Double] = []
    for paste in pastes {
        let freshMatcher = Matcher(index: try KnowledgeIndex.open(at: indexPath, content: loader))
        var time = 0.0
        coldMatchCPU.append(try cpuSeconds { time = try seconds { _ = try freshMatcher.match(PasteInput(text: paste), language: "tr") } })
        coldMatch.append(time)
    }
    let huge = PasteInput(text: String(repeating: "log line 2026-11-25 10:00:00 value=12.50 ", count: 30_000) + " code=5000042")
    let hugeTime = try seconds { _ = try matcher.match(huge, language: "en") }

    var processSearch: [Double] = []
    var processMatch: [Double] = []
    if FileManager.default.isExecutableFile(atPath: binary) {
        let arguments = ["--content", corpus.path, "--index", indexPath]
        for round in 0..<30 {
            processSearch.append(runProcess(binary, ["search", queries[round % queries.count]] + arguments, in: root))
            processMatch.append(runProcess(binary, ["match", pastes[round % pastes.count]] + arguments, in: root))
        }
    }

    print("\n\(size) articles per language (\(index.articleCount) files)")
    print("  index from scratch      \(String(format: "%.2f s", build))")
    print("  open, nothing changed   \(ms(noop))")
    print("  refresh, one file       \(ms(refresh))")
    print("  search in process       p50 \(ms(percentile(searchTimes, 0.5)))  p99 \(ms(percentile(searchTimes, 0.99)))")
    print("  match in process        p50 \(ms(percentile(matchTimes, 0.5)))  p99 \(ms(percentile(matchTimes, 0.99)))")
    print("  search, fresh index     p50 \(ms(percentile(coldSearch, 0.5)))  max \(ms(coldSearch.max() ?? 0))")
    print("  match, fresh index      p50 \(ms(percentile(coldMatch, 0.5)))  max \(ms(coldMatch.max() ?? 0))")
    print("  match, 1 MiB paste      \(ms(hugeTime))")
    if !processSearch.isEmpty {
        print("  search, whole process   p50 \(ms(percentile(processSearch, 0.5)))")
        print("  match, whole process    p50 \(ms(percentile(processMatch, 0.5)))")
    }
    print("  CPU time of the calling thread (the build's other threads not counted):")
    print("  index from scratch, CPU \(String(format: "%.2f s", buildCPU))")
    print("  refresh, one file, CPU  \(ms(refreshCPU))")
    print("  search in process, CPU  p50 \(ms(percentile(searchCPU, 0.5)))  p99 \(ms(percentile(searchCPU, 0.99)))")
    print("  match in process, CPU   p50 \(ms(percentile(matchCPU, 0.5)))  p99 \(ms(percentile(matchCPU, 0.99)))")
    print("  search, fresh, CPU      p50 \(ms(percentile(coldSearchCPU, 0.5)))  max \(ms(coldSearchCPU.max() ?? 0))")
    print("  match, fresh, CPU       p50 \(ms(percentile(coldMatchCPU, 0.5)))  max \(ms(coldMatchCPU.max() ?? 0))")
    printIndexFigures()
    print("  peak memory so far      \(String(format: "%.0f MiB", peakMemoryMiB()))")
}
