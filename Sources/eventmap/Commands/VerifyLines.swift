import Foundation
import Gazetteer
import Verification

/// `eventmap verify --batch`: each line `{"from": …, "to": …, "stated": "460 km", "tolerance": "3%"?,
/// "id": …?}` answered as `verify --json` answers it, with its line number (and id when given). A
/// line that cannot be checked (no JSON, an unknown place, a refused guess, no length) is an error
/// record; exit 2 when any was, else 1 when any claim is inconsistent, else 0.
struct VerifyLines {
    let threads: Int?
    /// The tolerance for lines that give none (`--tolerance`, 3% by default).
    let tolerance: Tolerance
    let geocodeOptions: GeocodeOptions

    /// A claim as a line gives it.
    struct Claim: Decodable {
        let from: String
        let to: String
        let stated: String
        let tolerance: String?
        let id: ExtractionRecord.Identifier?
    }

    /// One answer: the line, the id, and the verification's own members, in one object.
    struct Answer: Encodable {
        let line: Int
        let id: ExtractionRecord.Identifier?
        let report: VerificationReport

        private enum Keys: String, CodingKey { case line, id }

        func encode(to encoder: Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(line, forKey: .line)
            try container.encodeIfPresent(id, forKey: .id)
        }
    }

    func run(_ path: String, resolver: EndpointResolver, hedges: Hedges) throws {
        let inconsistent = Counter()
        let (tolerance, options) = (self.tolerance, geocodeOptions)
        try LineFilter(threads: threads, maximumLineBytes: 64_000).run(
            path, form: "give each line as {\"from\": …, \"to\": …, \"stated\": \"460 km\"}"
        ) { data, number in
            do {
                let claim: Claim
                do {
                    claim = try JSONDecoder().decode(Claim.self, from: data)
                } catch {
                    throw InputError(
                        description: "it is not a claim {\"from\": …, \"to\": …, \"stated\": …} (\(Self.reason(error)))")
                }
                let stated = try StatedDistance.parse(claim.stated, hedges: hedges)
                let leeway = try claim.tolerance.map(Tolerance.parse) ?? tolerance
                let (start, startWarning) = try resolver.resolve(claim.from, options: options)
                let (end, endWarning) = try resolver.resolve(claim.to, options: options)
                let measured = try EndpointMeasure().distance(from: start, to: end)
                let verification = DistanceVerifier().verify(from: start, to: end, measured: measured, stated: stated, tolerance: leeway)
                if verification.verdict == .inconsistent { inconsistent.add() }
                let warnings = [startWarning, endWarning].compactMap { $0 }
                return LineFilter.answer(
                    Answer(line: number, id: claim.id, report: VerificationReport(verification, warnings: warnings)), line: number)
            } catch {
                let sentence = "\(error)"
                return LineFilter.failure(line: number, "line \(number): \(sentence.hasSuffix(".") ? sentence : sentence + ".")")
            }
        }
        if inconsistent.value > 0 { throw CheckFailed() }
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

    /// A count kept by several threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
