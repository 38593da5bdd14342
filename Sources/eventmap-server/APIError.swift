import Answers
import Foundation
import Hummingbird
import MapModel

/// Every failure as the API answers it: a status and `{"error": sentence}` (with `line` and
/// `column` for a spec error that has them). Bad input is 400, an input over its size limit 413,
/// an unknown path 404, a timeout 503; 500 only for a broken installation (a data file missing),
/// never for anything a client sent.
struct JSONErrors<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.response(for: error, path: request.uri.path)
        }
    }

    static func response(for error: Error, path: String) -> Response {
        var status = HTTPResponse.Status.badRequest
        var sentence = "\(error)"
        var location: SourceLocation?
        switch error {
        case let timedOut as WorkQueue.TimedOut:
            status = .serviceUnavailable
            sentence = timedOut.description
        case let tooLarge as BodyTooLarge:
            status = .contentTooLarge
            sentence = tooLarge.description
        case let http as HTTPResponseError:
            status = http.status
            switch http.status {
            case .notFound: sentence = "No such page: \(path); the API is under /api/ (see the README's 'Web workbench')."
            case .contentTooLarge: sentence = "The request body is larger than \(APIRoutes.maximumBodyBytes / 1_000_000) MB; send less."
            case .methodNotAllowed: sentence = "\(path) does not take this method; see the README's 'Web workbench'."
            default: sentence = "The request could not be answered (\(http.status.code) \(http.status.reasonPhrase))."
            }
        default:
            if let mapError = error as? MapModelError { location = mapError.location }
            switch FailureKind(of: error) {
            case .badInput: status = .badRequest
            case .unusableFiles: status = .internalServerError
            case nil:
                status = .internalServerError
                sentence = "eventmap failed on this request (a bug; please report it): \(error)"
            }
        }
        var body: [String: AnyEncodable] = ["error": AnyEncodable(sentence)]
        if let location {
            body["line"] = AnyEncodable(location.line)
            body["column"] = AnyEncodable(location.column)
        }
        return JSONAnswer.response(body, status: status)
    }
}

/// A body (a report, a spec) over the limit for what it is.
struct BodyTooLarge: Error, CustomStringConvertible {
    let what: String
    let limitBytes: Int
    var description: String { "The \(what) is larger than the limit of \(limitBytes / 1_000_000) MB; split it or shorten it." }
}

/// A value of any encodable type, for the few answers built as dictionaries.
struct AnyEncodable: Encodable, Sendable {
    private let encodeValue: @Sendable (Encoder) throws -> Void
    init<Value: Encodable & Sendable>(_ value: Value) { encodeValue = { try value.encode(to: $0) } }
    func encode(to encoder: Encoder) throws { try encodeValue(encoder) }
}

/// JSON answers, encoded as the CLI's `--json` encodes them (sorted keys, pretty).
enum JSONAnswer {
    static func response<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let text: String
        do {
            text = try JSONOutput.encode(value) + "\n"
        } catch {
            return Response(
                status: .internalServerError, headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "{\"error\": \"The answer could not be written as JSON.\"}\n")))
        }
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
