import Foundation
import Gazetteer
import GeoJSON
import Geodesy
import MapModel
import Reading
import SVGValidation
import Verification

/// The parsers that read untrusted text, each run on arbitrary bytes. A thrown error is the right
/// answer to bad input; a crash, a hang or a broken invariant (checked with `precondition`) is a bug.
enum FuzzHarness: String, CaseIterable {
    case spec
    case coordinate
    case length
    case batchLine = "batch-line"
    case statedDistance = "stated-distance"
    case geojson
    case svg
    case extract
    case areaFile = "area-file"
    case gazetteerTSV = "gazetteer-tsv"

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
            for columns in [BatchColumns.inverse, .direct] {
                let parsed = bytes.withUnsafeBufferPointer { BatchLineParser.parse($0.baseAddress!, count: data.count, columns: columns) }
                guard case let .success(line) = parsed else { continue }
                let values = [line.values.0, line.values.1, line.values.2, line.values.3]
                precondition(values.allSatisfy(\.isFinite), "non-finite batch values")
                precondition(zip(values, columns.limits).allSatisfy { abs($0) <= $1 }, "a value out of range")
                if let passthrough = line.passthrough { precondition(passthrough.upperBound <= data.count, "passthrough past the line") }
            }
        case .statedDistance:
            if let stated = try? StatedDistance.parse(text, hedges: ProjectData.lexicon.hedges) {
                precondition(stated.precisionMeters.isFinite && stated.precisionMeters >= 0, "bad precision from \(text.debugDescription)")
            }
        case .geojson:
            _ = try? GeoJSONValidator.validate(data, name: "fuzz.geojson")
        case .svg:
            _ = ProjectData.svgValidator.validate(data)
        case .areaFile:
            if let features = try? UserAreaFile.features(data, path: "fuzz.geojson") {
                let vertices = features.reduce(0) { total, feature in
                    total + feature.lines.reduce(0) { $0 + $1.count } + feature.polygons.reduce(0) { $0 + $1.exterior.count }
                }
                precondition(vertices <= UserAreaFile.maximumVertices, "over the vertex budget")
                for polygon in features.flatMap(\.polygons) {
                    precondition(polygon.exterior.count >= 4 && polygon.exterior.first == polygon.exterior.last, "an open or short ring")
                }
            }
            _ = try? UserAreaFile.occupied(data, path: "fuzz.geojson", defaultOccupier: nil, countries: ProjectData.gazetteer.countries)
        case .gazetteerTSV:
            if let entries = try? CustomGazetteerFile.parse(text, path: "fuzz.tsv", countries: ProjectData.gazetteer.countries) {
                for entry in entries {
                    precondition((0...CustomGazetteerFile.maximumPopulation).contains(entry.place.population), "bad population")
                    let code = entry.place.countryCode
                    precondition(code.isEmpty || ProjectData.gazetteer.countries.name(forCode: code) != nil, "unknown country code")
                }
            }
        case .extract:
            let extraction = ReportExtraction(text: text, gazetteer: ProjectData.gazetteer, lexicon: ProjectData.lexicon)
            let count = text.unicodeScalars.count
            for mention in extraction.places {
                precondition(0 <= mention.start && mention.start < mention.end && mention.end <= count, "place offsets out of the text")
            }
        }
    }

    /// The harness a fuzzing run uses, named by EVENTMAP_FUZZ_TARGET.
    static var selected: FuzzHarness {
        ProcessInfo.processInfo.environment["EVENTMAP_FUZZ_TARGET"].flatMap(FuzzHarness.init(rawValue:)) ?? .spec
    }
}

/// The project's data, found through `$EVENTMAP_HOME`, else the current folder (scripts/fuzz and
/// the integration checks run from the project root); loaded once, on first use.
enum ProjectData {
    static let home = URL(fileURLWithPath: ProcessInfo.processInfo.environment["EVENTMAP_HOME"] ?? FileManager.default.currentDirectoryPath)

    static let lexicon: Lexicon = {
        let url = home.appendingPathComponent("gazetteer/lexicon.txt")
        let names = home.appendingPathComponent("gazetteer/given-names.txt")
        guard let lexicon = try? Lexicon.load(from: url).addingGivenNames(from: names) else {
            fatalError("eventmap-fuzz needs \(url.path); run it from the project root or set EVENTMAP_HOME.")
        }
        return lexicon
    }()

    static let gazetteer: Gazetteer = {
        guard let gazetteer = try? Gazetteer.load(directory: home.appendingPathComponent("gazetteer")) else {
            fatalError("eventmap-fuzz needs the gazetteer in \(home.path)/gazetteer; run it from the project root or set EVENTMAP_HOME.")
        }
        return gazetteer
    }()

    nonisolated(unsafe) static let svgValidator: SVGValidator = {
        guard let validator = try? SVGValidator(dtdURL: SVGValidator.debianDTD) else {
            fatalError("eventmap-fuzz needs the SVG 1.1 DTD (w3c-sgml-lib).")
        }
        return validator
    }()
}
