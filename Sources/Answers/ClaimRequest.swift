import Foundation
import Verification

/// A claim to check as JSON gives it, `{"from": …, "to": …, "stated": "460 km", "tolerance": "3%"?}`
/// (other members ignored): a line of `verify --batch`, the body of `POST /api/verify`.
public struct ClaimRequest: Sendable {
    public let from: String
    public let to: String
    public let stated: StatedDistance
    public let tolerance: Tolerance

    private struct Members: Decodable {
        let from: String
        let to: String
        let stated: String
        let tolerance: String?
    }

    /// The claim in `data`, its statement and tolerance read; `InputError` saying what is wrong.
    public static func decode(_ data: Data, hedges: Hedges, defaultTolerance: Tolerance) throws -> ClaimRequest {
        let members: Members
        do {
            members = try JSONDecoder().decode(Members.self, from: data)
        } catch {
            throw InputError(description: "it is not a claim {\"from\": …, \"to\": …, \"stated\": …} (\(reason(error)))")
        }
        return ClaimRequest(
            from: members.from, to: members.to, stated: try StatedDistance.parse(members.stated, hedges: hedges),
            tolerance: try members.tolerance.map(Tolerance.parse) ?? defaultTolerance)
    }

    /// What JSONDecoder found wrong, in words.
    static func reason(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "\"\(key.stringValue)\" is missing"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return context.codingPath.isEmpty
                ? "the line is no JSON object" : "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" has the wrong type"
        default: return "the line is not JSON"
        }
    }
}
