import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap within PLACE --radius "460 km"`: gazetteer places within a geodesic radius, nearest first.
struct WithinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "within",
        abstract: "List gazetteer places within a geodesic radius of a place, nearest first.")

    @Argument(parsing: .allUnrecognized, help: "Centre: a place name or coordinates.")
    var places: [String] = []

    @Option(parsing: .unconditional, help: "Radius with a unit, e.g. \"460 km\".", transform: Length.parse)
    var radius: Length

    @Option(help: "Only places with at least this many people.")
    var minPopulation = 0

    @Option(help: "How many places to list.")
    var limit = 20

    @Option(help: "Unit for the text output: km, mi, nmi or m.")
    var units: LengthUnit = .kilometers

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try PlaceArguments.check(places, count: 1, command: "within", example: "Wonsan --radius \"460 km\"")
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        guard minPopulation >= 0 else { throw ValidationError("--min-population cannot be negative.") }
    }

    struct Report: Encodable {
        let center: PlaceReport
        let radiusMeters: Double
        let places: [Entry]
    }

    struct Entry: Encodable {
        let place: PlaceReport
        let distanceMeters: Double
        let azimuthDegrees: Double
    }

    func run() throws {
        let length = radius
        let gazetteer = try gazetteer.load()
        let centre = try gazetteer.resolve(places[0])
        let neighbours = PlaceIndex(places: gazetteer.places)
            .within(length.meters, of: centre.coordinate, minimumPopulation: minPopulation, limit: limit + 1)
            .filter { $0.place != centre }
            .prefix(limit)
        let report = Report(
            center: PlaceReport(centre), radiusMeters: length.meters,
            places: neighbours.map {
                Entry(place: PlaceReport($0.place), distanceMeters: $0.distanceMeters, azimuthDegrees: $0.azimuthDegrees)
            })
        try output.emit(report) {
            neighbours.isEmpty
                ? "No gazetteer place within \(length.formatted(in: units)) of \(PlaceReport.label(centre))."
                : neighbours.map { neighbour in
                    let distance = Length(meters: neighbour.distanceMeters).formatted(in: units)
                    let padded = String(repeating: " ", count: max(0, 12 - distance.count)) + distance
                    return padded + String(format: "  %5.1f°  ", Azimuth.normalized(neighbour.azimuthDegrees))
                        + PlaceReport.label(neighbour.place)
                }.joined(separator: "\n")
        }
    }
}
