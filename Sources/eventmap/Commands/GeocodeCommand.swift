import Answers
import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON

/// `eventmap geocode NAME`: names, "Name, Country" and coordinates → places, best first.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Find a place by name (any common spelling), \"Name, Country\", or coordinates.",
        discussion: """
            Coordinates: 49.98, 36.25 · 49°58′54″N 36°15′17″E · 49 58 54 N 36 15 17 E.
            Matches rank by exact name, then population and capitals, then --country.
            """)

    @Argument(parsing: .allUnrecognized, help: "A place name, \"Name, Country\", or coordinates.")
    var queries: [String] = []

    private var query: String { queries.first ?? "" }

    @Option(help: "Only places in this country (ISO code such as UA, or an English name).")
    var country: String?

    @Option(help: "How many matches to list, best first.")
    var limit = 5

    @Flag(help: "Read names, one a line, from the file given (or - for standard input); write one JSON line per name.")
    var batch = false

    @Option(
        help: ArgumentHelp(
            "Read a CSV file with a header row (or - for standard input) and write it to standard output with latitude, "
                + "longitude, country, matchKind, ambiguity and error columns added; --column names the column of place names.",
            valueName: "file"))
    var csv: String?

    @Option(help: ArgumentHelp("With --csv: the header of the column that holds the place names.", valueName: "name"))
    var column: String?

    @Option(help: "With --batch or --csv: names answered at once, at most the cores there are (default: all of them).")
    var threads: Int?

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if csv != nil {
            guard !batch else { throw ValidationError("--csv and --batch are two ways to give names; choose one.") }
            guard queries.isEmpty else { throw ValidationError("--csv reads its names from the file; give no name beside it.") }
            guard let column, !column.isEmpty else {
                throw ValidationError("--csv needs --column NAME, the header of the column that holds the place names.")
            }
            if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
        } else if column != nil {
            throw ValidationError("--column is for --csv FILE; give the file too.")
        } else if batch {
            guard queries.count <= 1 else { throw ValidationError("--batch reads names from one file (or -); give only its path.") }
            if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
        } else {
            try PlaceArguments.check(queries, count: 1, command: "geocode", example: "Kharkiv")
            if threads != nil { throw ValidationError("--threads is for --batch and --csv; one name is answered on one core.") }
        }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000.") }
    }

    /// One line of `--batch`: the line number, the name, and its matches (or why there are none).
    /// One `--batch` answer, keys sorted as JSONEncoder sorts them: the line, its matches or its error,
    /// the query. Written as JSON text directly: JSONEncoder's generic encoding was two fifths of the run.
    static func batchLine(_ line: Int, _ query: String, matches: JSONText? = nil, error: String? = nil) -> LineFilter.Answer {
        var members: [(String, JSONText)] = [("line", .integer(line)), ("query", .string(query))]
        if let matches { members.append(("matches", matches)) }
        if let error { members.append(("error", .string(error))) }
        return LineFilter.Answer(json: JSONText.object(JSONText.sortedMembers(members)).serialized(), failed: error != nil)
    }

    func run() throws {
        if let csv, let column {
            return try GeocodeCSV(
                path: csv, column: column, threads: OrderedParallelMap.threads(requested: threads),
                options: GeocodeOptions(country: country, limit: limit)
            ).run(places: try gazetteer.load())
        }
        if batch { return try runBatch(queries.first ?? "-") }
        let matches = try gazetteer.load().geocode(query, options: GeocodeOptions(country: country, limit: limit))
        let report = GeocodeReport(query: query, matches: matches)
        try output.emit(report) {
            matches.map { match in
                let place = match.place
                let region = [place.admin1, place.country ?? (place.countryCode.isEmpty ? nil : place.countryCode)]
                    .compactMap { $0 }.joined(separator: ", ")
                let via =
                    match.guess.map { "  — \($0.words) for '\(query.trimmingCharacters(in: .whitespaces))'" }
                    ?? (match.matchedName == place.name ? "" : "  (as \(match.matchedName))")
                let where_ = region.isEmpty ? "" : "  \(region)"
                let what = place.kindDescription.map { "  [\($0)]" } ?? ""
                let ambiguity =
                    match.isAmbiguous ? "  — ambiguous, also \(match.closeAlternatives.map(\.label).joined(separator: ", "))" : ""
                return String(format: "%@  %.5f, %.5f", place.name, place.coordinate.latitudeDegrees, place.coordinate.longitudeDegrees)
                    + what + where_ + (place.population > 0 ? "  pop. \(place.population)" : "") + via + ambiguity
            }.joined(separator: "\n")
        }
    }

    /// `--batch`: each line a name (UTF-8), answered as `--json` answers it, with its line number;
    /// an unknown name or a line that is not UTF-8 is an error record.
    private func runBatch(_ path: String) throws {
        let places = try gazetteer.load()
        let options = GeocodeOptions(country: country, limit: limit)
        // A name is a line of a spreadsheet column: 1,000 characters is far more than any place's.
        let filter = LineFilter(threads: threads, maximumLineBytes: 4_000, linesPerThread: 512)
        try filter.run(path, form: "give one place name a line") { data, number in
            guard let query = String(data: data, encoding: .utf8) else {
                return LineFilter.failure(line: number, "line \(number) is not UTF-8 text; save the names as UTF-8.")
            }
            do {
                let matches = try places.geocode(query, options: options)
                guard !matches.isEmpty else { throw GazetteerError.unknownPlace(query: query, suggestions: []) }
                return Self.batchLine(number, query, matches: .array(matches.map { GeocodeMatchReport($0).jsonText }))
            } catch {
                return Self.batchLine(number, query, error: "\(error)")
            }
        }
    }
}
