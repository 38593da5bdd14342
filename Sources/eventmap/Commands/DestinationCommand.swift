import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap destination A --azimuth DEG --distance "460 km"`: the direct geodesic problem.
struct DestinationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destination",
        abstract: "Where a geodesic from a place ends, given an azimuth and a distance.")

    @Argument(parsing: .allUnrecognized, help: "Start: a place name or coordinates.")
    var places: [String] = []

    @Option(parsing: .unconditional, help: "Initial azimuth in degrees clockwise from true north (90 = east).")
    var azimuth: Double

    @Option(parsing: .unconditional, help: "Distance with a unit, e.g. \"460 km\", \"285 mi\", \"248 nmi\".", transform: Length.parse)
    var distance: Length

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try PlaceArguments.check(places, count: 1, command: "destination", example: "Wonsan --azimuth 162 --distance \"460 km\"")
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
        let length = distance
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
