import ArgumentParser
import Foundation
import GeoJSON
import MapModel

/// `eventmap render SPEC`: a map spec → GeoJSON (and SVG, PNG) in the output folder.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a map spec (YAML or JSON, see maps/README.md) to GeoJSON and SVG.",
        discussion: "Writes OUT/<spec name>.<format> atomically; on any error nothing is written.")

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case geojson, svg, png
    }

    @Argument(help: "The map spec file.")
    var spec: String

    @Option(help: "Output folder.")
    var out = "output"

    @Option(help: "Comma-separated formats: geojson, svg, png.")
    var format = "geojson"

    @Option(help: "Resolution for --format png, in dots per inch.")
    var dpi = 96

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func formats() throws -> [Format] {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return try names.map { name in
            guard let chosen = Format(rawValue: name) else {
                throw ValidationError("Unknown format '\(name)'; use geojson, svg or png, separated by commas.")
            }
            return chosen
        }
    }

    func validate() throws {
        guard try !formats().isEmpty else { throw ValidationError("Give at least one --format.") }
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200.") }
    }

    struct Report: Encodable {
        let spec: String
        let files: [String]
    }

    func run() throws {
        let map = try loadMap()
        let folder = URL(fileURLWithPath: out)
        var written: [String] = []
        for chosen in try formats() {
            let destination = folder.appendingPathComponent("\(map.name).\(chosen.rawValue)")
            switch chosen {
            case .geojson:
                try AtomicFileWriter.write(Data(GeoJSONWriter.document(for: map).utf8), to: destination)
            case .svg, .png:
                throw InputError(description: "The \(chosen.rawValue) format is not available in this build; use --format geojson.")
            }
            written.append(destination.path)
        }
        try output.emit(Report(spec: spec, files: written)) { written.map { "wrote \($0)" }.joined(separator: "\n") }
    }

    private func loadMap() throws -> BriefingMap {
        let parsed = try MapSpecParser.parse(text: try InputFile.text(spec), fileName: spec)
        return try MapBuilder(gazetteer: try gazetteer.load()).build(parsed)
    }
}
