import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap destination A --azimuth DEG --distance "460 km"`: the direct geodesic problem.
struct DestinationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destination",
        abstract: "Where a geodesic from a place ends, given an azimuth and a distance.")

    @Argument(help: "Start: a place name or coordinates.")
    var from: String

    @Option(help: "Initial azimuth in degrees clockwise from true north (90 = east).")
    var azimuth: Double

    @Option(help: "Distance with a unit, e.g. \"460 km\", \"285 mi\", \"248 nmi\".")
    var distance: String

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard azimuth.isFinite else { throw ValidationError("--azimuth must be a finite number of degrees.") }
    }

    struct Report: Encodable {
        let from: PlaceReport
        let azimuthDegrees: Double
        let distanceMeters: Double
        let latitude: Double
        let longitude: Double
        let finalAzimuthDegrees: Double
    }

    func run() throws {
        let length = try Length.parse(distance)
        let start = try gazetteer.load().resolve(from)
        let result = Geodesic.wgs84.direct(from: start.coordinate, azimuthDegrees: azimuth, distanceMeters: length.meters)
        let report = Report(from: PlaceReport(start), azimuthDegrees: azimuth, distanceMeters: length.meters,
                            latitude: result.destination.latitudeDegrees, longitude: result.destination.longitudeDegrees,
                            finalAzimuthDegrees: result.finalAzimuthDegrees)
        try output.emit(report) {
            String(format: "%@ + %@ at %.2f° → %.6f, %.6f (arriving at azimuth %.2f°)",
                   PlaceReport.label(start), length.formatted(), azimuth, report.latitude, report.longitude, report.finalAzimuthDegrees)
        }
    }
}
