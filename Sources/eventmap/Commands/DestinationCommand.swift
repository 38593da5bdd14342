import Answers
import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap destination A --azimuth DEG --distance "460 km"`: the direct geodesic problem; or
/// `--batch` as a drop-in for GeodSolve's direct mode.
struct DestinationCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "destination",
        abstract: "Where a geodesic from a place ends, given an azimuth and a distance.",
        discussion: """
            With --batch, reads "lat1 lon1 azi1 s12" lines (decimal degrees, metres) from standard input and
            writes "lat2 lon2 azi2" lines like GeographicLib's GeodSolve: angles with --precision + 5 decimals;
            -f writes GeodSolve's full line. Columns after the fourth (an ID) are passed through after the
            answer. Lines are answered on every core (--threads N for fewer), in input order. A bad line becomes
            "ERROR: line N, column C: …" and the run goes on; the exit code is then 2.
            """)

    @Argument(parsing: .allUnrecognized, help: "Start: a place name or coordinates.")
    var places: [String] = []

    @Option(parsing: .unconditional, help: "Initial azimuth in degrees clockwise from true north (90 = east).")
    var azimuth: Double?

    @Option(parsing: .unconditional, help: "Distance with a unit, e.g. \"460 km\", \"285 mi\", \"248 nmi\".", transform: Length.parse)
    var distance: Length?

    @Flag(help: "Read starts, azimuths and distances from standard input, like GeodSolve's direct mode.")
    var batch = false

    @OptionGroup var batchOptions: GeodesicBatchOptions
    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try batchOptions.validate(batch: batch)
        if batch {
            guard places.isEmpty, azimuth == nil, distance == nil else {
                throw ValidationError(
                    "--batch reads starts, azimuths and distances from standard input; give no place, --azimuth or --distance.")
            }
            return
        }
        try PlaceArguments.check(places, count: 1, command: "destination", example: "Wonsan --azimuth 162 --distance \"460 km\"")
        let example = "e.g. eventmap destination Wonsan --azimuth 162 --distance \"460 km\" (or --batch)"
        guard let azimuth else { throw ValidationError("Give --azimuth in degrees clockwise from north, \(example).") }
        guard distance != nil else { throw ValidationError("Give --distance with a unit, \(example).") }
        _ = try Azimuth.checked(azimuth)
    }

    struct Report: Encodable {
        let from: PlaceReport
        let azimuthDegrees: Double
        let distanceMeters: Double
        let latitude: Double
        let longitude: Double
        let finalAzimuthDegrees: Double
        let warnings: [String]
    }

    func run() throws {
        if batch { return try batchOptions.run(GeodSolveBatch(.direct, precision: batchOptions.precision, full: batchOptions.full)) }
        guard let azimuth, let length = distance else { return }
        let (start, _, warning) = try gazetteer.load().resolveNoting(places[0], options: gazetteer.geocodeOptions)
        if let warning, !output.json { Warnings.print([warning]) }
        let result = Geodesic.wgs84.direct(from: start.coordinate, azimuthDegrees: azimuth, distanceMeters: length.meters)
        let report = Report(
            from: PlaceReport(start), azimuthDegrees: azimuth, distanceMeters: length.meters,
            latitude: result.destination.latitudeDegrees, longitude: result.destination.longitudeDegrees,
            finalAzimuthDegrees: result.finalAzimuthDegrees, warnings: [warning].compactMap { $0 })
        try output.emit(report) {
            String(
                format: "%@ + %@ at %.2f° → %.6f, %.6f (arriving at azimuth %.2f°)",
                start.label, length.formatted(), Azimuth.normalized(azimuth), report.latitude, report.longitude,
                Azimuth.normalized(report.finalAzimuthDegrees))
        }
    }
}
