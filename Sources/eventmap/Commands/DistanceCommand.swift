import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap distance A B`, or `--batch` as a drop-in for `GeodSolve -i`.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and azimuths between two places on WGS84 (PROJ, Karney's algorithm).",
        discussion: """
            With --batch, reads "lat1 lon1 lat2 lon2" lines (decimal degrees) from standard input and writes
            "azi1 azi2 s12" lines like GeographicLib's GeodSolve -i: metres with --precision decimals, azimuths
            with five more. A bad line becomes "ERROR: line N: …" and the run goes on; the exit code is then 2.
            """)

    @Argument(parsing: .allUnrecognized, help: "From and to: place names or coordinates.")
    var places: [String] = []

    @Option(help: "Unit for the text output: km, mi, nmi or m.")
    var units: LengthUnit = .kilometers

    @Flag(help: "Read coordinate pairs from standard input, like GeodSolve -i.")
    var batch = false

    @Option(help: "With --batch: decimals for metres (azimuths get five more), 0…10.")
    var precision = 3

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if batch {
            guard places.isEmpty else { throw ValidationError("--batch reads pairs from standard input; give no places.") }
            guard (0...10).contains(precision) else { throw ValidationError("--precision must be between 0 and 10.") }
        } else {
            try PlaceArguments.check(places, count: 2, command: "distance", example: "Wonsan Busan (or --batch)")
        }
    }

    struct Report: Encodable {
        let from: PlaceReport
        let to: PlaceReport
        let distanceMeters: Double
        let initialAzimuthDegrees: Double
        let finalAzimuthDegrees: Double
    }

    func run() throws {
        if batch {
            let summary = try BatchInverse(precision: precision).run(input: STDIN_FILENO, output: STDOUT_FILENO)
            if summary.failedLines > 0 {
                ErrorReporter.writeToStandardError(
                    "eventmap: \(summary.failedLines) of \(summary.lines) lines could not be read; see the ERROR lines in the output.")
                throw ExitStatus.inputError.exitCode
            }
            return
        }
        let gazetteer = try gazetteer.load()
        let start = try gazetteer.resolve(places[0]), end = try gazetteer.resolve(places[1])
        let result = Geodesic.wgs84.inverse(from: start.coordinate, to: end.coordinate)
        let report = Report(
            from: PlaceReport(start), to: PlaceReport(end), distanceMeters: result.distanceMeters,
            initialAzimuthDegrees: result.initialAzimuthDegrees, finalAzimuthDegrees: result.finalAzimuthDegrees)
        try output.emit(report) {
            let distance = Length(meters: result.distanceMeters)
            let initial = String(format: "%.2f", Azimuth.normalized(result.initialAzimuthDegrees))
            let final = String(format: "%.2f", Azimuth.normalized(result.finalAzimuthDegrees))
            return """
                \(PlaceReport.label(start)) → \(PlaceReport.label(end)): \(distance.formatted(in: units))
                initial azimuth \(initial)°, final azimuth \(final)°
                """
        }
    }
}
