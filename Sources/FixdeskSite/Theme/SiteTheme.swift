import Foundation
import FixdeskContent
import Mustache

/// The templates and assets of the site: the built-in defaults, each replaceable by a file of the
/// same name in `content/_theme/`, without recompiling.
///
/// `.mustache` files are templates (page bodies rendered into `layout`, and partials such as
/// `paste-box` included with `{{> paste-box}}`); other files there are copied to `assets/`.
public struct SiteTheme: Sendable {
    let library: MustacheLibrary
    /// Files for `assets/`, by name.
    let assets: [String: Data]

    /// The defaults, overridden by the files in `folder` when it exists.
    public static func load(overridesIn folder: URL?, displayPath: String) throws(FixdeskError) -> SiteTheme {
        var sources = defaultFiles()
        if let folder {
            try refuseLink(folder.path, displayPath: displayPath)
        }
        if let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for name in names.sorted() where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                // A link would publish whatever it points to, such as a file of the build machine.
                try refuseLink(url.path, displayPath: "\(displayPath)/\(name)")
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw FixdeskError(.io, "Cannot read the theme file '\(displayPath)/\(name)'.")
                }
                sources[name] = data
            }
        }
        var library = MustacheLibrary()
        var assets: [String: Data] = [:]
        for (name, data) in sources.sorted(by: { $0.key < $1.key }) {
            guard name.hasSuffix(".mustache") else { assets[name] = data; continue }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FixdeskError(.content, "\(displayPath)/\(name): the template is not valid UTF-8.")
            }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw FixdeskError(.content, "\(displayPath)/\(name): the template does not parse (\(error)).")
            }
        }
        return SiteTheme(library: library, assets: assets)
    }

    /// The built-in theme, `DefaultTheme/`, compiled into the binary by SwiftPM (`embedInCode` in
    /// Package.swift), so that the binary alone can publish a site: file name → contents.
    static func defaultFiles() -> [String: Data] {
        DefaultThemeFiles.all.mapValues { Data($0) }
    }

    private static func refuseLink(_ path: String, displayPath: String) throws(FixdeskError) {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            throw FixdeskError(.content, "\(displayPath): a symbolic link; theme files must be real files in the content folder, so that a link cannot publish a file from elsewhere.")
        }
    }

    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
