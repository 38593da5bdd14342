import Answers
import Foundation

/// The workbench page's files (web/: HTML, CSS, JavaScript, the example report; the example spec is
/// maps/korea-460km.yaml), read once at start and served from memory: no CDN, no external font,
/// nothing fetched from elsewhere.
struct PageAssets: Sendable {
    struct Asset: Sendable {
        let data: Data
        let contentType: String
    }

    /// By the path the browser asks for.
    let files: [String: Asset]

    static let names: [(path: String, file: String, contentType: String)] = [
        ("/", "web/index.html", "text/html; charset=utf-8"),
        ("/app.css", "web/app.css", "text/css; charset=utf-8"),
        ("/app.js", "web/app.js", "text/javascript; charset=utf-8"),
        ("/example-report.txt", "web/example-report.txt", "text/plain; charset=utf-8"),
        ("/example.yaml", "maps/korea-460km.yaml", "application/yaml; charset=utf-8"),
    ]

    static func load() throws -> PageAssets {
        var files: [String: Asset] = [:]
        for (path, file, contentType) in names {
            let url = try DataFiles.locate(file)
            files[path] = Asset(data: try InputFile.data(url.path, limit: .spec), contentType: contentType)
        }
        return PageAssets(files: files)
    }
}
