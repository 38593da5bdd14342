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
                precondition(length.meters.isFinite && length.meters >= 0 && length.meters <= Length.maximumMeters, "bad length from \(text.debugDescription)")
            }
        case .batchLine:
            let bytes = [UInt8](data) + [0]
            if case let .success(values) = bytes.withUnsafeBufferPointer({ BatchLineParser.parse($0.baseAddress!, count: data.count) }) {
                precondition([values.0, values.1, values.2, values.3].allSatisfy(\.isFinite), "non-finite batch values")
                precondition(abs(values.0) <= 90 && abs(values.2) <= 90, "latitude out of range")
            }
        case .statedDistance:
            if let stated = try? StatedDistance.parse(text) {
                precondition(stated.precisionMeters.isFinite && stated.precisionMeters >= 0, "bad precision from \(text.debugDescription)")
            }
        }
    }

    /// The harness a fuzzing run uses, named by EVENTMAP_FUZZ_TARGET.
    static var selected: FuzzHarness {
        ProcessInfo.processInfo.environment["EVENTMAP_FUZZ_TARGET"].flatMap(FuzzHarness.init(rawValue:)) ?? .spec
    }
}
