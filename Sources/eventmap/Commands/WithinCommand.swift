import Answers
import ArgumentParser
import Foundation
import Gazetteer
import Geodesy

/// `eventmap within PLACE --radius "460 km"`: gazetteer places within a geodesic radius, nearest first.
struct WithinCommand: ParsableCommand, MeasuringCommand {
    static let configuration = CommandConfiguration(
        commandName: "within",
        abstract: "List gazetteer places within a geodesic radius of a place or an area, nearest first.",
        discussion: """
            The centre may be an area, as in 'distance' ("border:RU", "the coast", "Ukraine"): places inside it are at
            0 km, others at their distance to its nearest boundary point, and azimuths run from that point to the place.
            """)

    @Argument(parsing: .allUnrecognized, help: "Centre: a place name, coordinates or an area.")
    var places: [String] = []

    @Option(parsing: .unconditional, help: "Radius with a unit, e.g. \"460 km\".", transform: Length.parse)
    var radius: Length

    @Option(help: "Only places with at least this many people.")
    var minPopulation = 0

    @Option(help: "How many places to list.")
    var limit = 20

    @Option(help: "Unit for the text output: km, mi, nmi, m, ft or yd.")
    var units: LengthUnit = .kilometers

    @OptionGroup var gazetteer: GazetteerOptions
    @OptionGroup var areas: AreaOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        try PlaceArguments.check(places, count: 1, command: "within", example: "Wonsan --radius \"460 km\"")
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        guard minPopulation >= 0 else { throw ValidationError("--min-population cannot be negative.") }
    }

    struct Report: Encodable {
        let center: EndpointReport
        let radiusMeters: Double
        let places: [Entry]
        let warnings: [String]
    }

    struct Entry: Encodable {
        let place: PlaceReport
        let distanceMeters: Double
        let azimuthDegrees: Double
    }

    func run() throws {
        let length = radius
        let gazetteer = try gazetteer.load()
        let (centre, warning) = try areas.resolver(gazetteer).resolve(places[0], options: self.gazetteer.geocodeOptions)
        // Towns and sites: a country's, region's or sea's point says nothing about being near it.
        let index = PlaceIndex(places: gazetteer.places.filter { !$0.kind.isArea })
        let neighbours: [PlaceIndex.Neighbour]
        switch centre {
        case let .place(place):
            neighbours = Array(
                index.within(length.meters, of: place.coordinate, minimumPopulation: minPopulation, limit: limit + 1)
                    .filter { $0.place != place }
                    .prefix(limit))
        case let .area(area):
            neighbours = try index.within(length.meters, of: area.boundary, minimumPopulation: minPopulation, limit: limit)
        }
        let warnings = [warning].compactMap { $0 }
        let report = Report(
            center: EndpointReport(centre), radiusMeters: length.meters,
            places: neighbours.map {
                Entry(place: PlaceReport($0.place), distanceMeters: $0.distanceMeters, azimuthDegrees: $0.azimuthDegrees)
            }, warnings: warnings)
        if !output.json { Warnings.print(warnings) }
        try output.emit(report) {
            neighbours.isEmpty
                ? "No gazetteer place within \(length.formatted(in: units)) of \(centre.label)."
                : neighbours.map { neighbour in
                    let distance = Length(meters: neighbour.distanceMeters).formatted(in: units)
                    let padded = String(repeating: " ", count: max(0, 12 - distance.count)) + distance
                    return padded + String(format: "  %5.1f°  ", Azimuth.normalized(neighbour.azimuthDegrees))
                        + neighbour.place.label + (neighbour.place.kindDescription.map { "  [\($0)]" } ?? "")
                }.joined(separator: "\n")
        }
    }
}
