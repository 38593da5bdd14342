import Answers
import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap distance A B`, or `--batch` as a drop-in for `GeodSolve -i`.
struct DistanceCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and azimuths between two places or areas on WGS84 (PROJ, Karney's algorithm).",
        discussion: """
            Either end may be an area: a country ("Russia"), a land border ("border:RU", "the Russian border",
            "the Ukraine-Russia border"), the coast ("coast", "the coast of Ukraine") or a GeoJSON file of polygons
            or lines ("file:front.geojson"). The distance then runs to the nearest point of the boundary, 0 inside
            an area, and the answer names the nearest points.

            With --batch, reads "lat1 lon1 lat2 lon2" lines (decimal degrees) from standard input and writes
            "azi1 azi2 s12" lines like GeographicLib's GeodSolve -i: metres with --precision decimals, azimuths
            with five more; -f writes GeodSolve's full line. Columns after the fourth (an ID) are passed through
            after the answer. Lines are answered on every core (--threads N for fewer), in input order. A bad
            line becomes "ERROR: line N, column C: …" and the run goes on; the exit code is then 2.
            """)

    @Argument(parsing: .allUnrecognized, help: "From and to: place names, coordinates or areas.")
    var places: [String] = []

    @Option(help: "Unit for the text output: km, mi, nmi, m, ft or yd.")
    var units: LengthUnit = .kilometers

    @Flag(help: "Read coordinate pairs from standard input, like GeodSolve -i.")
    var batch = false

    @OptionGroup var batchOptions: GeodesicBatchOptions
    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var areas: AreaOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try batchOptions.validate(batch: batch)
        if batch {
            guard places.isEmpty else { throw ValidationError("--batch reads pairs from standard input; give no places.") }
        } else {
            try PlaceArguments.check(places, count: 2, command: "distance", example: "Wonsan Busan (or --batch)")
        }
    }

    func run() throws {
        if batch { return try batchOptions.run(GeodSolveBatch(.inverse, precision: batchOptions.precision, full: batchOptions.full)) }
        let measured = try DistanceReport.measure(
            from: places[0], to: places[1], resolver: areas.resolver(try gazetteer.load()), options: gazetteer.geocodeOptions)
        if !output.json { Warnings.print(measured.warnings) }
        try output.emit(measured.report) { text(measured.start, measured.end, measured.distance, measured.geodesic) }
    }

    private func text(_ start: Endpoint, _ end: Endpoint, _ measured: BoundaryDistance, _ result: GeodesicInverse) -> String {
        let distance = Length(meters: measured.distanceMeters).formatted(in: units)
        let initial = Azimuth.text(result.initialAzimuthDegrees), final = Azimuth.text(result.finalAzimuthDegrees)
        guard start.place == nil || end.place == nil else {
            return """
                \(start.label) → \(end.label): \(distance)
                initial azimuth \(initial)°, final azimuth \(final)°
                """
        }
        let edge = Length(meters: measured.boundaryDistanceMeters).formatted(in: units)
        var lines: [String]
        if measured.isInside {
            let within = end.place == nil ? "\(start.label) lies inside \(end.label)" : "\(end.label) lies inside \(start.label)"
            lines = [
                "\(start.label) → \(end.label): \(distance) (\(start.place != nil || end.place != nil ? "inside" : "they meet"))",
                start.place != nil || end.place != nil
                    ? "\(within); its nearest edge is \(edge) away, at \(PointReport.text(measured.nearestTo))"
                    : "the two areas meet at \(PointReport.text(measured.nearestTo))",
            ]
        } else {
            lines = [
                "\(start.label) → \(end.label): \(distance)",
                "from \(PointReport.text(measured.nearestFrom)) to \(PointReport.text(measured.nearestTo)), "
                    + "initial azimuth \(initial)°, final azimuth \(final)°",
            ]
        }
        let sources = Set(
            [start, end].compactMap { endpoint -> String? in
                if case let .area(area) = endpoint { return area.source }
                return nil
            })
        lines += sources.sorted().map { "outline: \($0)" }
        return lines.joined(separator: "\n")
    }
}
