import Answers
import ArgumentParser
import Foundation
import GISFormats
import Gazetteer
import GeoJSON
import MapModel
import SVGRender

/// `eventmap render SPEC`: a map spec → GeoJSON (and SVG, PNG) in the output folder.
struct RenderCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a map spec (YAML or JSON, see maps/README.md) to GeoJSON, SVG, PNG and GIS formats.",
        discussion:
            "Writes OUT/<spec name>.<format> atomically; every SVG is validated against the SVG 1.1 DTD first. On any error nothing is "
            + "written."
    )

    typealias Format = MapFormat

    /// The formats to write, given as one comma-separated value ("geojson,svg,png").
    struct Formats: CustomStringConvertible {
        let chosen: [Format]

        static func parse(_ text: String) throws -> Formats {
            let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let chosen = try names.map { name in
                guard let format = Format(rawValue: name) else {
                    throw InputError(description: "Unknown format '\(name)'; use \(Format.list), separated by commas.")
                }
                return format
            }
            guard !chosen.isEmpty else { throw InputError(description: "Give at least one --format: \(Format.list).") }
            return Formats(chosen: chosen)
        }

        var description: String { chosen.map(\.rawValue).joined(separator: ",") }
    }

    @Argument(help: "The map spec file, or - for standard input (the map is then named 'map', or --name).")
    var spec: String

    @Option(help: "The map's name, for its output files (default: the spec file's name; 'map' for standard input).")
    var name: String?

    @Option(help: "Output folder.")
    var out = "output"

    @Option(help: "Comma-separated formats: \(Format.list).", transform: Formats.parse)
    var format = Formats(chosen: [.geojson, .svg])

    @Option(help: "Resolution for --format png, in dots per inch.")
    var dpi = 96

    @Flag(help: "Treat every warning (an ambiguous name, a subject outside the extent, a label left off) as an error.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "A table of events to mark (CSV, GeoPackage, any GDAL layer): a place column, latitude and longitude, or points; "
                + "optional date, role, label, note.", valueName: "file"))
    var events: String?

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var held: OccupiedOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200.") }
        if let name, name.isEmpty || name.hasPrefix(".") || name.contains("/") || name.contains("\0") {
            throw ValidationError("--name must be a plain file name (no '/', not starting with '.'), such as korea-460km.")
        }
    }

    struct Report: Encodable {
        let spec: String
        let files: [String]
        let warnings: [String]
        /// Feature labels the SVG had no room for (each also a warning line on stderr).
        let droppedLabels: [String]
    }

    func run() throws {
        let text =
            spec == "-"
            ? try InputFile.utf8(try InputFile.standardInput(limit: .spec), name: "standard input") : try InputFile.text(spec, limit: .spec)
        let parsed = try MapSpecParser.parse(
            text: text, fileName: spec == "-" ? "standard input" : spec, name: name ?? (spec == "-" ? "map" : nil))
        let chosen = format.chosen
        // An output that would replace the spec is refused before any work.
        for format in chosen {
            try FileIdentity.refuseInput(at: URL(fileURLWithPath: out).appendingPathComponent("\(parsed.name).\(format.rawValue)"))
        }
        let layerFiles = LayerFiles(specPath: spec)
        let map = try build(parsed, layers: layerFiles)
        if chosen.contains(.png) { try PNGConverter.checkSize(widthPixels: map.widthPixels, heightPixels: map.heightPixels, dpi: dpi) }
        // Everything is produced and checked before anything is written, then written all together.
        let rendering = try MapRendering(map, formats: chosen)
        let geojson = rendering.geojson, svg = rendering.svg, gisFiles = rendering.gisFiles, dropped = rendering.droppedLabels
        let warnings = map.warnings + layerFiles.warnings
        let shown = rendering.shownWarnings(adding: layerFiles.warnings)
        if strict, !shown.isEmpty {
            let count = shown.count == 1 ? "a warning" : "\(shown.count) warnings"
            let listed = shown.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: "; ")
            throw InputError(
                description: "\(spec) renders with \(count) and --strict refuses them: \(listed); "
                    + "fix the spec, or render without --strict.")
        }
        let folder = try OutputFolder.prepare(out)
        let destination = { (format: Format) in folder.appendingPathComponent("\(map.name).\(format.rawValue)") }
        let transaction = OutputTransaction()
        var written: [String] = []
        if let geojson {
            try transaction.stage(geojson, as: destination(.geojson))
            written.append(destination(.geojson).path)
        }
        if let svg, chosen.contains(.svg) {
            try transaction.stage(svg, as: destination(.svg))
            written.append(destination(.svg).path)
        }
        if let svg, chosen.contains(.png) {
            let png = try transaction.stageEmpty(as: destination(.png))
            try PNGConverter.convert(svg: try transaction.scratch(svg, near: destination(.png)), to: png, dpi: dpi)
            try transaction.flush(png)
            written.append(destination(.png).path)
        }
        for file in gisFiles {
            let path = folder.appendingPathComponent(file.name)
            try transaction.stage(file.data, as: path)
            written.append(path.path)
        }
        if !output.json { Warnings.print(shown) }
        // The report goes out before the files are moved into place: when standard output cannot be
        // written (a full disk, a closed pipe), the run fails and leaves no file.
        try output.emit(Report(spec: spec, files: written, warnings: warnings, droppedLabels: dropped)) {
            written.map { "wrote \($0)" }.joined(separator: "\n")
        }
        try transaction.commit()
    }

    private func build(_ parsed: MapSpec, layers: LayerFiles) throws -> BriefingMap {
        let deFacto = parsed.borders == .deFacto
        if held.occupied != nil, !deFacto {
            throw InputError(
                description: "--occupied is used only for specs with 'borders: de-facto'; add it to \(spec), or leave --occupied out.")
        }
        let places = try gazetteer.load()
        var parsed = parsed
        if let events {
            let options = GeocodeOptions(acceptsGuesses: gazetteer.acceptGuesses || parsed.acceptGuesses)
            parsed = parsed.adding(places: try EventTable.places(at: events, gazetteer: places, options: options))
        }
        return try MapBuilder(
            resolver: held.resolver(places, deFacto: deFacto), hedges: try DataFiles.wordLists().hedges,
            occupied: deFacto ? try held.heldTerritory(countries: places.countries) : [:], acceptsGuesses: gazetteer.acceptGuesses,
            readLayer: layers.read
        ).build(parsed)
    }
}
