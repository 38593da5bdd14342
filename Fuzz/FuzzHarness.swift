import Claims
import Foundation
import Gazetteer
import Geodesy
import MapModel

/// The parsers that read untrusted text, each run on arbitrary bytes. A thrown error is the right
/// answer to bad input; a crash, a hang or a broken invariant (checked with `precondition`) is a bug.
enum FuzzHarness: String, CaseIterable {
    case spec
    case coordinate
    case length
    case batchLine = "batch-line"
    case statedDistance = "stated-distance"

    func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        switch self {
        case .spec:
            _ = try? MapSpecParser.parse(text: text, fileName: "fuzz.yaml")
        case .coordinate:
            if let coordinate = try? CoordinateParser.parse(text) {
                precondition((-90...90).contains(coordinate.latitudeDegrees), "latitude out of range from \(text.debugDescription)")
                precondition((-180...180).contains(coordinate.longitudeDegrees), "longitude out of range from \(text.debugDescription)")
            }
        case .length:
            if let length = try? Length.parse(text) {
                precondition(
                    length.meters.isFinite && length.meters >= 0 && length.meters <= Length.maximumMeters,
                    "bad length from \(text.debugDescription)")
            }
        case .batchLine:
            let bytes = [UInt8](data) + [0]
            if case let .success(values) = bytes.withUnsafeBufferPointer({ BatchLineParser.parse($0.baseAddress!, count: data.count) }) {
                precondition([values.0, values.1, values.2, values.3].allSatisfy(\.isFinite), "non-finite batch values")
                precondition(abs(values.0) <= 90 && abs(values.2) <= 90, "latitude out of range")
            }
        case .statedDistance:
            if let stated = try? StatedDistance.parse(text, hedges: Self.hedges) {
                precondition(stated.precisionMeters.isFinite && stated.precisionMeters >= 0, "bad precision from \(text.debugDescription)")
            }
        }
    }

    /// The project's hedge grammar: `$EVENTMAP_HOME/gazetteer/lexicon.txt`, else the current
    /// folder's (scripts/fuzz and the integration checks run from the project root).
    static let hedges: Hedges = {
        let home = ProcessInfo.processInfo.environment["EVENTMAP_HOME"] ?? FileManager.default.currentDirectoryPath
        let path = URL(fileURLWithPath: home).appendingPathComponent("gazetteer/lexicon.txt").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let lexicon = try? Lexicon(text: text, source: path) else {
            fatalError("eventmap-fuzz needs \(path); run it from the project root or set EVENTMAP_HOME.")
        }
        return lexicon.hedges
    }()

    /// The harness a fuzzing run uses, named by EVENTMAP_FUZZ_TARGET.
    static var selected: FuzzHarness {
        ProcessInfo.processInfo.environment["EVENTMAP_FUZZ_TARGET"].flatMap(FuzzHarness.init(rawValue:)) ?? .spec
    }
}
