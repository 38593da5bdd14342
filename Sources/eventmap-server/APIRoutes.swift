import Answers
import Foundation
import HTTPTypes
import Hummingbird

/// The API's paths, each a thin adapter: read the query or body, answer on the work queue with the
/// `Answers` code the CLI uses, send the JSON (or file) back. Errors become `JSONErrors` answers.
struct APIRoutes: Sendable {
    let workbench: Workbench
    let work: WorkQueue

    /// Largest request body read at all (a spec's own limit); a larger one is answered 413.
    static let maximumBodyBytes = 5_000_000

    init(workbench: Workbench, timeoutSeconds: Double) {
        self.workbench = workbench
        work = WorkQueue(timeoutSeconds: timeoutSeconds)
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        // Outermost first: error answers get the security headers too.
        router.add(middleware: SecurityHeaders())
        router.add(middleware: JSONErrors())
        let workbench = workbench, work = work
        for (path, _, _) in PageAssets.names {
            router.get(RouterPath(path)) { _, _ -> Response in
                guard let asset = workbench.page.files[path] else { throw HTTPError(.notFound) }
                return Response(
                    status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.data)))
            }
        }
        router.get("/api/health") { _, _ -> Response in
            JSONAnswer.response(["status": "ok"])
        }
        router.get("/api/version") { _, _ -> Response in
            JSONAnswer.response(try await work.run { try VersionReport.current() })
        }
        router.get("/api/geocode") { request, _ -> Response in
            let query = request.uri.queryParameters
            let q = String(query["q"] ?? ""), country = query["country"].map(String.init)
            let limit = try Self.integer(query["limit"], name: "limit", default: 5)
            return JSONAnswer.response(try await work.run { try workbench.geocode(q, country: country, limit: limit) })
        }
        router.get("/api/distance") { request, _ -> Response in
            let query = request.uri.queryParameters
            let from = try Self.required(query["from"], name: "from", example: "/api/distance?from=Wonsan&to=Busan")
            let to = try Self.required(query["to"], name: "to", example: "/api/distance?from=Wonsan&to=Busan")
            let guesses = try Self.flag(query["acceptGuesses"], name: "acceptGuesses")
            return JSONAnswer.response(try await work.run { try workbench.distance(from: from, to: to, acceptingGuesses: guesses) })
        }
        router.post("/api/verify") { request, _ -> Response in
            let guesses = try Self.flag(request.uri.queryParameters["acceptGuesses"], name: "acceptGuesses")
            let body = try await Self.body(request, what: "claim", limitBytes: 64_000)
            return JSONAnswer.response(try await work.run { try workbench.verify(body, acceptingGuesses: guesses) })
        }
        router.post("/api/extract") { request, _ -> Response in
            let query = request.uri.queryParameters
            let dateline = query["dateline"].map(String.init)
            let explaining = try Self.flag(query["explain"], name: "explain")
            let guesses = try Self.flag(query["acceptGuesses"], name: "acceptGuesses")
            let text = try Self.text(
                try await Self.body(request, what: "report", limitBytes: InputFile.Limit.report.rawValue), what: "report")
            return JSONAnswer.response(
                try await work.run {
                    try workbench.extract(text, dateline: dateline, explaining: explaining, acceptingGuesses: guesses)
                })
        }
        router.post("/api/render") { request, _ -> Response in
            let query = request.uri.queryParameters
            let formatName = String(query["format"] ?? "svg")
            guard let format = MapFormat(rawValue: formatName.lowercased()) else {
                throw InputError(description: "Unknown format '\(formatName)'; use \(MapFormat.list).")
            }
            let name = query["name"].map(String.init)
            let dpi = try Self.integer(query["dpi"], name: "dpi", default: 96)
            let guesses = try Self.flag(query["acceptGuesses"], name: "acceptGuesses")
            let spec = try Self.text(try await Self.body(request, what: "spec", limitBytes: Self.maximumBodyBytes), what: "spec")
            let file = try await work.run {
                try workbench.render(spec, name: name, format: format, dpi: dpi, acceptingGuesses: guesses)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: Self.contentTypes[format] ?? "application/octet-stream",
                    .contentDisposition: "inline; filename=\"\(file.fileName)\"",
                    HTTPField.Name("Eventmap-Warnings")!: Self.asciiJSON(file.warnings),
                    HTTPField.Name("Eventmap-Dropped-Labels")!: Self.asciiJSON(file.droppedLabels),
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data)))
        }
        return router
    }

    static let contentTypes: [MapFormat: String] = [
        .geojson: "application/geo+json", .svg: "image/svg+xml", .png: "image/png", .gpkg: "application/geopackage+sqlite3",
        .kml: "application/vnd.google-earth.kml+xml", .fgb: "application/octet-stream", .csv: "text/csv; charset=utf-8",
        .gpx: "application/gpx+xml",
    ]

    /// The request's body, refused (413) past `limitBytes`.
    static func body(_ request: Request, what: String, limitBytes: Int) async throws -> Data {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limitBytes)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            throw BodyTooLarge(what: what, limitBytes: limitBytes)
        }
        return Data(buffer.readableBytesView)
    }

    static func text(_ data: Data, what: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(description: "The \(what) is not UTF-8 text; send it as UTF-8.")
        }
        return text
    }

    static func required(_ value: Substring?, name: String, example: String) throws -> String {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(description: "Give '\(name)', as in \(example).")
        }
        return String(value)
    }

    static func integer(_ value: Substring?, name: String, default fallback: Int) throws -> Int {
        guard let value else { return fallback }
        guard let number = Int(value) else { throw InputError(description: "'\(name)' must be a whole number, not '\(value)'.") }
        return number
    }

    static func flag(_ value: Substring?, name: String) throws -> Bool {
        switch value {
        case nil, "0", "false": return false
        case "", "1", "true": return true
        default: throw InputError(description: "'\(name)' is true or false, not '\(value ?? "")'.")
        }
    }

    /// A JSON array of sentences for a header: non-ASCII characters as \u escapes, since header
    /// values are ASCII.
    static func asciiJSON(_ sentences: [String]) -> String {
        let encoded = (try? JSONOutput.line(sentences)) ?? "[]"
        var ascii = ""
        for unit in encoded.utf16 {
            if unit < 0x80 {
                ascii.unicodeScalars.append(Unicode.Scalar(unit)!)
            } else {
                ascii += String(format: "\\u%04x", unit)
            }
        }
        return ascii
    }
}

/// Headers on every answer: the page loads nothing from elsewhere and runs no inline script, and
/// no answer is read as another type than it says.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
