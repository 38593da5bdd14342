import ArgumentParser
import Foundation
import GeoJSON

/// `eventmap validate FILE`: RFC 7946 checks for .geojson/.json files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a GeoJSON file against RFC 7946, or an SVG against the SVG 1.1 DTD (offline).",
        discussion: "Each problem is printed with its JSON path or its line and column. Exit code 0 valid, 1 problems found.")

    @Argument(help: "A .geojson, .json or .svg file.")
    var file: String

    @OptionGroup var output: OutputOptions

    struct Report: Encodable {
        let file: String
        let valid: Bool
        let problems: [Problem]
    }

    struct Problem: Encodable {
        let path: String
        let message: String
    }

    func run() throws {
        let problems: [Problem]
        switch URL(fileURLWithPath: file).pathExtension.lowercased() {
        case "geojson", "json":
            problems = try GeoJSONValidator.validate(try InputFile.data(file, limit: .validated), name: file).map {
                Problem(path: $0.path, message: $0.message)
            }
        case "svg":
            problems = try SVGValidatorFactory.make().validate(try InputFile.data(file, limit: .validated)).map {
                Problem(path: $0.line > 0 ? "line \($0.line), column \($0.column)" : "document", message: $0.message)
            }
        default:
            throw InputError(description: "Cannot validate \(file): give a .geojson, .json or .svg file.")
        }
        try output.emit(Report(file: file, valid: problems.isEmpty, problems: problems)) {
            problems.isEmpty ? "\(file): valid" : problems.map { "\(file): \($0.path): \($0.message)" }.joined(separator: "\n")
        }
        if !problems.isEmpty { throw CheckFailed() }
    }
}
