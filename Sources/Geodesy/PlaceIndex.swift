import Foundation
import Gazetteer

/// Places bucketed in 1° × 1° cells, so a radius query solves geodesics only for nearby places.
///
/// A 460 km query touches about 100 cells (a few hundred places) instead of all 34,000. Candidate cells
/// come from a latitude band widened by the radius and a longitude band widened by 1/cos(latitude);
/// near a pole, or for radii over 5,000 km, every cell is a candidate. Each candidate's distance is
/// then solved exactly, so the answer does not depend on the cell bounds being tight.
public struct PlaceIndex: Sendable {
    /// A place with its geodesic distance and initial azimuth from the query centre.
    public struct Neighbour: Sendable {
        public let place: Place
        public let distanceMeters: Double
        public let azimuthDegrees: Double
    }

    private let places: [Place]
    private let cells: [Int: [Int]]

    public init(places: [Place]) {
        self.places = places
        var cells: [Int: [Int]] = [:]
        for (index, place) in places.enumerated() {
            cells[PlaceIndex.cellKey(place.coordinate.latitudeDegrees, place.coordinate.longitudeDegrees), default: []].append(index)
        }
        self.cells = cells
    }

    private static func cellKey(_ latitude: Double, _ longitude: Double) -> Int {
        let row = Int((latitude + 90).rounded(.down)), column = Int((Coordinate.normalizedLongitude(longitude) + 180).rounded(.down))
        return min(row, 179) * 360 + min(column, 359)
    }

    /// Places within `radiusMeters` of `center`, nearest first; ties broken by name.
    public func within(_ radiusMeters: Double, of center: Coordinate, minimumPopulation: Int = 0) -> [Neighbour] {
        candidateIndices(center: center, radiusMeters: radiusMeters).compactMap { index -> Neighbour? in
            let place = places[index]
            guard place.population >= minimumPopulation else { return nil }
            let result = Geodesic.wgs84.inverse(from: center, to: place.coordinate)
            guard result.distanceMeters <= radiusMeters else { return nil }
            return Neighbour(place: place, distanceMeters: result.distanceMeters, azimuthDegrees: result.initialAzimuthDegrees)
        }
        .sorted { ($0.distanceMeters, $0.place.name) < ($1.distanceMeters, $1.place.name) }
    }

    private func candidateIndices(center: Coordinate, radiusMeters: Double) -> [Int] {
        // A degree of latitude is at least 110,574 m (at the equator); pad by a cell for safety.
        let latitudeSpan = radiusMeters / 110_574 + 1
        let south = center.latitudeDegrees - latitudeSpan, north = center.latitudeDegrees + latitudeSpan
        guard radiusMeters < 5_000_000, south > -89, north < 89 else { return Array(places.indices) }
        let widest = cos(max(abs(south), abs(north)) * .pi / 180)
        let longitudeSpan = latitudeSpan / max(widest, 0.01) + 1
        guard longitudeSpan < 180 else { return Array(places.indices) }
        var indices: [Int] = []
        for row in Int(south.rounded(.down))...Int(north.rounded(.down)) {
            var column = (center.longitudeDegrees - longitudeSpan).rounded(.down)
            while column <= center.longitudeDegrees + longitudeSpan {
                indices += cells[PlaceIndex.cellKey(Double(row) + 0.5, column + 0.5)] ?? []
                column += 1
            }
        }
        return indices
    }
}
