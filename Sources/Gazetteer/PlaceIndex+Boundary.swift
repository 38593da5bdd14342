import Foundation
import Geodesy

extension PlaceIndex {
    /// Places within `radiusMeters` of a boundary, nearest first (0 for places inside its polygons);
    /// each neighbour's azimuth is from the boundary's nearest point towards the place.
    ///
    /// Candidates are the places within the radius and half a spacing of points sampled along the
    /// boundary (every point of it is that close to a sample); each is then measured exactly, with
    /// `BoundaryMeasure`, to the boundary edges in the cells around it.
    public func within(
        _ radiusMeters: Double, of boundary: Boundary, minimumPopulation: Int = 0, limit: Int = .max
    ) throws -> [Neighbour] {
        let spacing = max(radiusMeters, 20_000)
        let edges = BoundaryEdgeGrid(lines: boundary.lines)
        let indexOf = Dictionary(places.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var candidates = Set<Int>()
        for sample in BoundaryEdgeGrid.samples(along: boundary.lines, everyMeters: spacing) {
            for neighbour in within(radiusMeters + spacing, of: sample, minimumPopulation: minimumPopulation) {
                if let index = indexOf[neighbour.place] { candidates.insert(index) }
            }
        }
        // The area is prepared once: each point-in-polygon test is then microseconds, not a rebuild.
        let planar = PlanarGeometry()
        let inside = planar.prepared(boundary.polygons)
        var insideRows = Set<Int>()
        if let inside {
            for (index, place) in places.enumerated() where place.population >= minimumPopulation {
                if inside.contains(GeographicPoint(x: place.coordinate.longitudeDegrees, y: place.coordinate.latitudeDegrees)) {
                    insideRows.insert(index)
                }
            }
        }
        candidates.formUnion(insideRows)
        let measure = BoundaryMeasure()
        var found: [Neighbour] = []
        for index in candidates.sorted() {
            let place = places[index]
            let nearby = Boundary(name: boundary.name, polygons: [], lines: edges.lines(near: place.coordinate, withinMeters: radiusMeters))
            let isInside = insideRows.contains(index)
            guard let measured = try measure.distance(from: place.coordinate, to: nearby) ?? nil else {
                if isInside {
                    found.append(Neighbour(place: place, distanceMeters: 0, azimuthDegrees: 0))
                }
                continue
            }
            let distance = isInside ? 0 : measured.distanceMeters
            guard distance <= radiusMeters else { continue }
            let azimuth = Geodesic.wgs84.inverse(from: measured.nearestTo, to: place.coordinate).initialAzimuthDegrees
            found.append(Neighbour(place: place, distanceMeters: distance, azimuthDegrees: azimuth))
        }
        return Array(found.sorted { ($0.distanceMeters, $0.place.name) < ($1.distanceMeters, $1.place.name) }.prefix(limit))
    }
}

/// A boundary's edges bucketed in 1° cells, for the edges near a point and for points sampled along it.
struct BoundaryEdgeGrid {
    private let edges: [(GeographicPoint, GeographicPoint)]
    private var cells: [Int: [Int]] = [:]
    /// Edges spanning more than 10° either way: few, and always looked at.
    private var long: [Int] = []

    init(lines: [[GeographicPoint]]) {
        edges = lines.flatMap { line in zip(line, line.dropFirst()).map { ($0, $1) } }
        for (index, edge) in edges.enumerated() {
            let west = Int(min(edge.0.x, edge.1.x).rounded(.down)), east = Int(max(edge.0.x, edge.1.x).rounded(.down))
            let south = Int(min(edge.0.y, edge.1.y).rounded(.down)), north = Int(max(edge.0.y, edge.1.y).rounded(.down))
            guard east - west <= 10, north - south <= 10 else {
                long.append(index)
                continue
            }
            for row in south...north {
                for column in west...east { cells[Self.key(row, column), default: []].append(index) }
            }
        }
    }

    private static func key(_ row: Int, _ column: Int) -> Int {
        (row + 90) * 400 + (column + 180)
    }

    /// The edges in the cells a box of `withinMeters` around `point` touches, as two-point lines.
    func lines(near point: Coordinate, withinMeters meters: Double) -> [[GeographicPoint]] {
        let latitudeSpan = meters / 110_574 + 0.05
        let south = max(-90, point.latitudeDegrees - latitudeSpan), north = min(90, point.latitudeDegrees + latitudeSpan)
        let widest = cos(max(abs(south), abs(north)) * .pi / 180)
        let longitudeSpan = latitudeSpan / max(widest, 0.01)
        guard longitudeSpan < 170, south > -89, north < 89 else { return edges.map { [$0.0, $0.1] } }
        var chosen = Set(long)
        for row in Int(south.rounded(.down))...Int(north.rounded(.down)) {
            var column = (point.longitudeDegrees - longitudeSpan).rounded(.down)
            while column <= point.longitudeDegrees + longitudeSpan {
                let wrapped = Int(Coordinate.normalizedLongitude(column + 0.5).rounded(.down))
                chosen.formUnion(cells[Self.key(row, wrapped)] ?? [])
                column += 1
            }
        }
        return chosen.sorted().map { [edges[$0].0, edges[$0].1] }
    }

    /// Points along each line no farther apart than `spacing` metres of its length, both ends
    /// included: every point of a line lies within half a spacing of one.
    static func samples(along lines: [[GeographicPoint]], everyMeters spacing: Double) -> [Coordinate] {
        func coordinate(_ point: GeographicPoint) -> Coordinate {
            Coordinate(uncheckedLatitudeDegrees: point.y, longitudeDegrees: Coordinate.normalizedLongitude(point.x))
        }
        var points: [Coordinate] = []
        for line in lines {
            guard let first = line.first else { continue }
            points.append(coordinate(first))
            var sinceLast = 0.0
            for (a, b) in zip(line, line.dropFirst()) {
                let length = Geodesic.wgs84.inverse(
                    latitude1Degrees: a.y, longitude1Degrees: a.x, latitude2Degrees: b.y, longitude2Degrees: b.x
                )
                .distanceMeters
                var along = spacing - sinceLast
                while along < length {
                    let t = along / length
                    points.append(coordinate(GeographicPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))))
                    along += spacing
                }
                sinceLast = length - (along - spacing)
            }
            if let last = line.last { points.append(coordinate(last)) }
        }
        return points
    }
}
