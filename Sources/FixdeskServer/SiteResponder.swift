import Foundation
import Hummingbird
import NIOCore
import FixdeskService

/// Answers the help-center site from a generation's files in memory.
///
/// Paths resolve as a static host resolves them (`/en/x/` → `en/x/index.html`); HTML pages get
/// the live-reload script, which `site --out` never writes.
enum SiteResponder {
    /// The path the page script polls; its answer changes when the content was rebuilt.
    static let generationPath = "/_fixdesk/generation"
    static let liveReloadScriptPath = "/_fixdesk/live-reload.js"

    /// Polls the generation once a second and reloads the page when it changed.
    static let liveReloadScript = """
    (function () {
      var seen = null;
      function poll() {
        fetch("\(generationPath)", {cache: "no-store"})
          .then(function (response) { return response.json(); })
          .then(function (body) {
            if (seen === null) { seen = body.generation; }
            else if (body.generation !== seen) { location.reload(); }
          })
          .catch(function () {})
          .then(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();
    """

    static let liveReloadTag = Data(#"<script src="\#(liveReloadScriptPath)"></script>"#.utf8)

    /// The file for a request path, or nil when the site has none.
    static func file(at requestPath: String, in site: [String: Data]) -> (path: String, contents: Data)? {
        var path = requestPath.removingPercentEncoding ?? requestPath
        while path.hasPrefix("/") { path.removeFirst() }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if let contents = site[path] { return (path, contents) }
        if let contents = site[path + "/index.html"] { return (path + "/index.html", contents) }
        return nil
    }

    static func response(for requestPath: String, generation: KnowledgeGeneration) -> Response? {
        guard let site = generation.site else {
            return generation.problems.isEmpty ? nil : problemsPage(generation.problems)
        }
        if let file = file(at: requestPath, in: site) {
            return make(.ok, path: file.path, contents: file.contents)
        }
        let notFound = "\(generation.siteDefaultLanguage)/404.html"
        guard let page = site[notFound] else { return nil }
        return make(.notFound, path: notFound, contents: page)
    }

    /// What a writer sees instead of the site while the content cannot make one; it reloads when fixed.
    static func problemsPage(_ problems: [String]) -> Response {
        let items = problems.map { "<li><code>\(escapeHTML($0))</code></li>" }.joined(separator: "\n")
        let page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>The site cannot be built</title></head>
        <body><h1>The site cannot be built</h1><ul>
        \(items)
        </ul></body></html>
        """
        return make(.internalServerError, path: "problems.html", contents: Data(page.utf8))
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func make(_ status: HTTPResponse.Status, path: String, contents: Data) -> Response {
        let isHTML = path.hasSuffix(".html")
        return JSONResponse.make(status, isHTML ? withLiveReload(contents) : contents, contentType: contentType(of: path))
    }

    /// The page with the live-reload script before `</body>` (or at its end).
    static func withLiveReload(_ page: Data) -> Data {
        guard let end = page.range(of: Data("</body>".utf8), options: .backwards) else { return page + liveReloadTag }
        var result = page
        result.replaceSubrange(end.lowerBound..<end.lowerBound, with: liveReloadTag)
        return result
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "txt": "text/plain; charset=utf-8"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
