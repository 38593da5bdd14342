import ArgumentParser
import Foundation
import GeoJSON
import MapModel
import SVGRender

/// `eventmap render SPEC`: a map spec → GeoJSON (and SVG, PNG) in the output folder.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a map spec (YAML or JSON, see maps/README.md) to GeoJSON, SVG and PNG.",
        discussion:
            "Writes OUT/<spec name>.<format> atomically; every SVG is validated against the SVG 1.1 DTD first. On any error nothing is "
            + "written."
    )

    enum Format: String, CaseIterable {
        case geojson, svg, png
    }

    /// The formats to write, given as one comma-separated value ("geojson,svg,png").
    struct Formats: CustomStringConvertible {
        let chosen: [Format]

        static func parse(_ text: String) throws -> Formats {
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let chosen = try names.map { name in
                guard let format = Format(rawValue: name) else {
                    throw InputError(description: "Unknown format '\(name)'; use geojson, svg or png, separated by commas.")
                }
                return format
            }
            guard !chosen.isEmpty else { throw InputError(description: "Give at least one --format: geojson, svg or png.") }
            return Formats(chosen: chosen)
        }

        var description: String { chosen.map(\.rawValue).joined(separator: ",") }
    }

    @Argument(help: "The map spec file.")
    var spec: String

    @Option(help: "Output folder.")
    var out = "output"

    @Option(help: "Comma-separated formats: geojson, svg, png.", transform: Formats.parse)
    var format = Formats(chosen: [.geojson, .svg])

    @Option(help: "Resolution for --format png, in dots per inch.")
    var dpi = 96

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200.") }
    }

    struct Report: Encodable {
        let spec: String
        let files: [String]
    }

    func run() throws {
        let map = try loadMap()
        let folder = URL(fileURLWithPath: out)
        let chosen = format.chosen
        // Everything is produced and checked before anything is written.
        var outputs: [(Format, Data)] = []
        if chosen.contains(.geojson) { outputs.append((.geojson, Data(GeoJSONWriter.document(for: map).utf8))) }
        if chosen.contains(.svg) || chosen.contains(.png) {
            let svg = Data(try BasemapFiles.renderer().render(map).utf8)
            let issues = try SVGValidatorFactory.make().validate(svg)
            guard issues.isEmpty else { throw InvalidSVG(issues: issues) }
            if chosen.contains(.svg) { outputs.append((.svg, svg)) }
            if chosen.contains(.png) { outputs.append((.png, svg)) }
        }
        var written: [String] = []
        for (format, data) in outputs {
            let destination = folder.appendingPathComponent("\(map.name).\(format.rawValue)")
            if format == .png {
                try writePNG(fromSVG: data, to: destination)
            } else {
                try AtomicFileWriter.write(data, to: destination)
            }
            written.append(destination.path)
        }
        try output.emit(Report(spec: spec, files: written)) { written.map { "wrote \($0)" }.joined(separator: "\n") }
    }

    /// The SVG goes to a temporary file beside the destination, rsvg-convert writes a temporary PNG,
    /// and only a finished PNG is renamed into place.
    private func writePNG(fromSVG svg: Data, to destination: URL) throws {
        let folder = destination.deletingLastPathComponent()
        let stem = ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)"
        let temporarySVG = folder.appendingPathComponent(stem + ".svg"), temporaryPNG = folder.appendingPathComponent(stem + ".png")
        defer {
            try? FileManager.default.removeItem(at: temporarySVG)
            try? FileManager.default.removeItem(at: temporaryPNG)
        }
        try AtomicFileWriter.write(svg, to: temporarySVG)
        try PNGConverter.convert(svg: temporarySVG, to: temporaryPNG, dpi: dpi)
        guard rename(temporaryPNG.path, destination.path) == 0 else {
            throw IOFailure(description: "Cannot move the PNG into place at \(destination.path): \(String(cString: strerror(errno))).")
        }
    }

    private func loadMap() throws -> BriefingMap {
        let parsed = try MapSpecParser.parse(text: try InputFile.text(spec), fileName: spec)
        return try MapBuilder(gazetteer: try gazetteer.load(), hedges: try DataFiles.lexicon().hedges).build(parsed)
    }
}
