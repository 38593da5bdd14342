import Answers
import ArgumentParser
import Foundation
import GeoJSON

/// `eventmap validate FILE`: RFC 7946 checks for .geojson/.json files.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a GeoJSON file against RFC 7946, or an SVG against the SVG 1.1 DTD (offline).",
        discussion: "Each problem is printed with its JSON path or its line and column. Exit code 0 valid, 1 problems found.")

    @Argument(help: "A .geojson, .json or .svg file, or - for standard input (told apart by its first character).")
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
        let data = file == "-" ? try InputFile.standardInput(limit: .validated) : try InputFile.data(file, limit: .validated)
        switch file == "-" ? Self.kind(sniffing: data) : URL(fileURLWithPath: file).pathExtension.lowercased() {
        case "geojson", "json":
            problems = try GeoJSONValidator.validate(data, name: file == "-" ? "standard input" : file).map {
                Problem(path: $0.path, message: $0.message)
            }
        case "svg":
            problems = try SVGValidatorFactory.make().validate(data).map {
                Problem(path: $0.line > 0 ? "line \($0.line), column \($0.column)" : "document", message: $0.message)
            }
        default:
            if file == "-" {
                throw InputError(description: "Cannot validate standard input: it starts with neither '{' (GeoJSON) nor '<' (SVG).")
            }
            throw InputError(description: "Cannot validate \(file): give a .geojson, .json or .svg file.")
        }
        try output.emit(Report(file: file, valid: problems.isEmpty, problems: problems)) {
            let shown = file == "-" ? "standard input" : file
            return problems.isEmpty ? "\(shown): valid" : problems.map { "\(shown): \($0.path): \($0.message)" }.joined(separator: "\n")
        }
        if !problems.isEmpty { throw CheckFailed() }
    }

    /// What standard input holds, by its first character after white space: JSON opens with '{', an
    /// SVG (XML) with '<'.
    static func kind(sniffing data: Data) -> String {
        switch data.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) {
        case UInt8(ascii: "{"): return "geojson"
        case UInt8(ascii: "<"): return "svg"
        default: return ""
        }
    }
}
