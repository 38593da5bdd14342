import Answers
import Foundation
import Gazetteer
import MapModel
import Reading
import SVGRender
import Verification

/// What every request answers from: the gazetteer, word lists and outlines, loaded once at start
/// and shared read-only, and the page's files. Each answer is the CLI's `--json` answer to the same
/// question, built by the same `Answers` code.
struct Workbench: Sendable {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    /// Bundled outlines only: a `file:` endpoint would read the server's disk, and is refused.
    let resolver: EndpointResolver
    let page: PageAssets
    /// The basemap and label font, loaded once: most of a render's time otherwise.
    let renderer: SVGRenderer
    /// Gazetteer answers kept across requests (bounded): reports name the same places.
    let answers = GazetteerAnswers()

    static func load() throws -> Workbench {
        let gazetteer = try Gazetteer.load(directory: try DataFiles.gazetteerDirectory())
        // The DTD is checked now, so that a broken installation stops the server at start instead
        // of failing every render. (Each render parses it again: a libxml2 DTD is not shared between threads.)
        _ = try SVGValidatorFactory.make()
        return Workbench(
            gazetteer: gazetteer, lexicon: try DataFiles.lexicon(), resolver: BundledAreas.resolver(gazetteer, readsFiles: false),
            page: try PageAssets.load(), renderer: try BasemapFiles.renderer())
    }

    /// Options for the answers that compute: spelling guesses refused unless asked for.
    private func options(acceptingGuesses: Bool) -> GeocodeOptions {
        GeocodeOptions(acceptsGuesses: acceptingGuesses)
    }

    func geocode(_ query: String, country: String?, limit: Int) throws -> GeocodeReport {
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError(description: "Give a place name in q, such as /api/geocode?q=Kharkiv.")
        }
        guard (1...1000).contains(limit) else { throw InputError(description: "limit must be between 1 and 1000.") }
        return GeocodeReport(query: query, matches: try gazetteer.geocode(query, options: GeocodeOptions(country: country, limit: limit)))
    }

    func distance(from: String, to: String, acceptingGuesses: Bool) throws -> DistanceReport {
        try DistanceReport.measure(from: from, to: to, resolver: resolver, options: options(acceptingGuesses: acceptingGuesses)).report
    }

    func verify(_ body: Data, acceptingGuesses: Bool) throws -> VerificationReport {
        let claim = try ClaimRequest.decode(body, hedges: lexicon.hedges, defaultTolerance: .standard)
        return try VerificationReport.check(
            from: claim.from, to: claim.to, stated: claim.stated, tolerance: claim.tolerance, resolver: resolver,
            options: options(acceptingGuesses: acceptingGuesses)
        ).report
    }

    func extract(_ text: String, dateline: String?, explaining: Bool, acceptingGuesses: Bool = false) throws -> ExtractionReport {
        var filed: Date?
        if let dateline {
            guard let day = DateExtractor.day(iso: dateline) else {
                throw InputError(description: "dateline '\(dateline)' is not a day written as 2024-03-03.")
            }
            filed = day
        }
        let extraction = ReportExtraction(
            text: text, gazetteer: gazetteer, lexicon: lexicon, resolver: resolver, explaining: explaining, filed: filed,
            sharedAnswers: answers, acceptsGuesses: acceptingGuesses)
        return ExtractionReport(extraction, explaining: explaining)
    }

    /// A rendered file and what `render --json` would say about it.
    struct RenderedFile: Sendable {
        let data: Data
        let fileName: String
        let warnings: [String]
        let droppedLabels: [String]
    }

    /// The spec (YAML or JSON) as one file of `format`; the map is named `name` ("map" by default).
    func render(_ spec: String, name: String?, format: MapFormat, dpi: Int, acceptingGuesses: Bool) throws -> RenderedFile {
        guard format != .shp else {
            throw InputError(description: "A Shapefile is several files; download gpkg, fgb or geojson, or use `eventmap render`.")
        }
        guard (10...1200).contains(dpi) else { throw InputError(description: "dpi must be between 10 and 1200.") }
        if let name, name.isEmpty || name.hasPrefix(".") || name.contains("/") || name.contains("\0") || name.count > 100 {
            throw InputError(description: "name must be a plain file name (no '/', not starting with '.'), such as korea-460km.")
        }
        let parsed = try MapSpecParser.parse(text: spec, fileName: "spec", name: name ?? "map")
        let map = try MapBuilder(
            resolver: resolver, hedges: lexicon.hedges, acceptsGuesses: acceptingGuesses
        ).build(parsed)
        if format == .png { try PNGConverter.checkSize(widthPixels: map.widthPixels, heightPixels: map.heightPixels, dpi: dpi) }
        let rendering = try MapRendering(map, formats: [format], renderer: renderer)
        let data: Data
        switch format {
        case .geojson: data = rendering.geojson ?? Data()
        case .svg: data = rendering.svg ?? Data()
        case .png: data = try PNGConverter.png(svg: rendering.svg ?? Data(), dpi: dpi)
        default:
            guard let file = rendering.gisFiles.first else {
                throw IOFailure(description: "GDAL wrote no \(format.rawValue) file for the map.")
            }
            return RenderedFile(data: file.data, fileName: file.name, warnings: map.warnings, droppedLabels: rendering.droppedLabels)
        }
        return RenderedFile(
            data: data, fileName: "\(map.name).\(format.rawValue)", warnings: map.warnings, droppedLabels: rendering.droppedLabels)
    }
}
