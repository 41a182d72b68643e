import Foundation
import FixdeskContent

/// A one-line progress report on standard error (`Writing the site: 12000/80000 files, 9000/s`),
/// redrawn a few times a second while long work runs, and erased when it ends.
///
/// Only on a terminal: never with `--json` or `--quiet`, in a pipe, in CI logs or on a dumb terminal.
final class ProgressDisplay: @unchecked Sendable {
    /// Work shorter than this shows nothing, so quick commands stay quiet.
    static let delay = 0.4
    static let interval = 0.15

    let meter = ProgressMeter()
    private let text: CLIText
    private let lock = NSLock()
    private var stage = ""
    private var total = 0
    private var started = Date()
    private var timer: (any DispatchSourceTimer)?
    private var drawn = false

    init(text: CLIText) { self.text = text }

    static func isWanted(json: Bool, quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        !json && !quiet && isatty(STDERR_FILENO) != 0 && environment["CI"] == nil && environment["TERM"] != "dumb"
    }

    /// Shows `stage` (a `progress_…` key) with `total` items from now on.
    func begin(_ stageKey: String, total: Int) {
        lock.withLock {
            stage = text(stageKey)
            self.total = total
            started = Date()
            meter.reset()
        }
        guard timer == nil else { return }
        let source = DispatchSource.makeTimerSource(queue: .global())
        source.schedule(deadline: .now() + Self.delay, repeating: Self.interval)
        source.setEventHandler { [weak self] in self?.draw() }
        source.resume()
        timer = source
    }

    func finish() {
        timer?.cancel()
        timer = nil
        lock.withLock {
            if drawn { Self.write("\r\u{1B}[K") }
            drawn = false
        }
    }

    private func draw() {
        lock.withLock {
            let done = min(meter.done, total)
            let seconds = max(Date().timeIntervalSince(started), 0.001)
            let line = stage + ": " + text("progress_rate", ["done": String(done), "total": String(total),
                                                            "rate": String(Int(Double(done) / seconds))])
            Self.write("\r\u{1B}[K" + line)
            drawn = true
        }
    }

    /// Best effort: a progress line that cannot be written is not worth stopping the work for.
    private static func write(_ text: String) {
        var text = text
        _ = text.withUTF8 { Foundation.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// The articles a load or index will read: `<lang>/<section>/<slug>.md` files.
    static func articleCount(in loader: ContentLoader) -> Int {
        ((try? loader.listFiles()) ?? []).filter { $0.relativePath.hasSuffix(".md") && $0.relativePath.contains("/") }.count
    }
}
