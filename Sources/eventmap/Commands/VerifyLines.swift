import Answers
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

    /// A line's id, when it gives one (the claim itself is a `ClaimRequest`).
    struct LineID: Decodable {
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
                let claim = try ClaimRequest.decode(data, hedges: hedges, defaultTolerance: tolerance)
                let id: ExtractionRecord.Identifier?
                do {
                    id = try JSONDecoder().decode(LineID.self, from: data).id
                } catch {
                    throw InputError(description: "its \"id\" is neither a string nor a whole number")
                }
                let checked = try VerificationReport.check(
                    from: claim.from, to: claim.to, stated: claim.stated, tolerance: claim.tolerance, resolver: resolver, options: options)
                let verification = checked.verification
                if verification.verdict == .inconsistent { inconsistent.add() }
                return LineFilter.answer(Answer(line: number, id: id, report: checked.report), line: number)
            } catch {
                let sentence = "\(error)"
                return LineFilter.failure(line: number, "line \(number): \(sentence.hasSuffix(".") ? sentence : sentence + ".")")
            }
        }
        if inconsistent.value > 0 { throw CheckFailed() }
    }

    /// A count kept by several threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
