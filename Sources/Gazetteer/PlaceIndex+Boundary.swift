import Foundation
import Geodesy

extension PlaceIndex {
    /// Places within `radiusMeters` of a boundary, nearest first (0 for places inside its polygons);
    /// each neighbour's azimuth is from the boundary's nearest point towards the place.
    ///
    /// Searched in widening passes (10 km, then four times wider up to the radius): once a pass finds
    /// `limit` places, they are the nearest, and the wide ring of places a big radius holds is never
    /// measured. In each pass, candidates are the places within the pass's radius and a spacing of
    /// points sampled along the boundary (every point of it is within half a spacing of one), ranked
    /// by their distance on the sphere to the nearest edges (`BoundaryEdgeGrid`), and measured
    /// exactly with `BoundaryMeasure` in that order until no later one can be among the nearest.
    public func within(
        _ radiusMeters: Double, of boundary: Boundary, minimumPopulation: Int = 0, limit: Int = .max
    ) throws -> [Neighbour] {
        let edges = BoundaryEdgeGrid(lines: boundary.lines)
        let insideRows = rows(inside: boundary.polygons, minimumPopulation: minimumPopulation)
        var reach = min(radiusMeters, 10_000)
        while true {
            let found = try pass(
                reach, of: boundary, edges: edges, insideRows: insideRows, minimumPopulation: minimumPopulation, limit: limit)
            if found.count >= limit || reach >= radiusMeters { return found }
            reach = min(radiusMeters, reach * 4)
        }
    }

    /// The rows of places inside `polygons` (prepared once: each test is then microseconds).
    private func rows(inside polygons: [PlanarPolygon<Geographic>], minimumPopulation: Int) -> Set<Int> {
        guard let inside = PlanarGeometry().prepared(polygons) else { return [] }
        var rows = Set<Int>()
        for (index, place) in places.enumerated() where place.population >= minimumPopulation {
            if inside.contains(GeographicPoint(x: place.coordinate.longitudeDegrees, y: place.coordinate.latitudeDegrees)) {
                rows.insert(index)
            }
        }
        return rows
    }

    private func pass(
        _ radiusMeters: Double, of boundary: Boundary, edges: BoundaryEdgeGrid, insideRows: Set<Int>, minimumPopulation: Int, limit: Int
    ) throws -> [Neighbour] {
        // With `limit` places inside, the answer is the first of them by name (all at 0): nothing
        // outside need be ranked (`within coast` has tens of thousands of coastal candidates).
        let insideFirst = insideRows.count >= limit ? insideRows.sorted { (places[$0].name, $0) < (places[$1].name, $1) } : nil
        let spacing = max(radiusMeters, 20_000)
        var candidates = Set<Int>()
        for sample in insideFirst == nil ? BoundaryEdgeGrid.samples(along: boundary.lines, everyMeters: spacing) : [] {
            for row in rows(within: radiusMeters + spacing, of: sample, minimumPopulation: minimumPopulation) { candidates.insert(row) }
        }
        // Places inside rank first (distance 0); their nearest edges are looked up only if measured.
        var ranked: [(index: Int, sphereMeters: Double, lines: [[GeographicPoint]]?)] =
            (insideFirst.map { Array($0.prefix(limit)) }
            ?? insideRows.sorted()).map { ($0, 0, nil) }
        for index in candidates.sorted() where !insideRows.contains(index) {
            // A place whose nearest edge is beyond the radius on the sphere is out of reach.
            let nearest = edges.nearestLines(to: places[index].coordinate, withinMeters: radiusMeters)
            guard !nearest.lines.isEmpty else { continue }
            ranked.append((index, nearest.sphereMeters, nearest.lines))
        }
        ranked.sort { ($0.sphereMeters, $0.index) < ($1.sphereMeters, $1.index) }
        let measure = BoundaryMeasure()
        var found: [Neighbour] = []
        var nearestDistances: [Double] = []
        for (index, sphereMeters, lines) in ranked {
            if nearestDistances.count >= limit, BoundaryEdgeGrid.lowestTrueMeters(sphereMeters: sphereMeters) > nearestDistances[limit - 1]
            {
                break
            }
            let place = places[index]
            let isInside = insideRows.contains(index)
            let nearby = Boundary(
                name: boundary.name, polygons: [],
                lines: lines ?? edges.nearestLines(to: place.coordinate, withinMeters: .infinity).lines)
            guard let measured = try measure.distance(from: place.coordinate, to: nearby) ?? nil else {
                if isInside {
                    found.append(Neighbour(place: place, distanceMeters: 0, azimuthDegrees: 0))
                    nearestDistances.insert(0, at: 0)
                }
                continue
            }
            let distance = isInside ? 0 : measured.distanceMeters
            guard distance <= radiusMeters else { continue }
            let azimuth = Geodesic.wgs84.inverse(from: measured.nearestTo, to: place.coordinate).initialAzimuthDegrees
            found.append(Neighbour(place: place, distanceMeters: distance, azimuthDegrees: azimuth))
            nearestDistances.insert(distance, at: nearestDistances.firstIndex { $0 > distance } ?? nearestDistances.count)
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
    /// Each edge on the unit sphere, computed once (the trigonometry was most of a query): its ends,
    /// its midpoint direction and the angle from it to the ends.
    private let vectors: [(a: SphereVector, b: SphereVector, middle: SphereVector, halfAngle: Double, cosHalf: Double, sinHalf: Double)]

    /// Longest piece an edge is cut into, in degrees of latitude or longitude: on so short a piece
    /// the great circle and the straight line in longitude and latitude (how boundaries are drawn
    /// and measured) stay within metres of each other, so the sphere can rank the pieces.
    static let pieceDegrees = 0.2

    init(lines: [[GeographicPoint]]) {
        edges = lines.flatMap { line in
            zip(line, line.dropFirst()).flatMap { a, b -> [(GeographicPoint, GeographicPoint)] in
                let pieces = max(1, Int((max(abs(b.x - a.x), abs(b.y - a.y)) / Self.pieceDegrees).rounded(.up)))
                guard pieces > 1 else { return [(a, b)] }
                let points = (0...pieces).map { step -> GeographicPoint in
                    let t = Double(step) / Double(pieces)
                    return GeographicPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))
                }
                return Array(zip(points, points.dropFirst()))
            }
        }
        vectors = edges.map { edge in
            let a = SphereVector(edge.0.y, edge.0.x), b = SphereVector(edge.1.y, edge.1.x)
            let middle = a.midpoint(b)
            let half = max(a.angle(to: middle), b.angle(to: middle)) + 1e-9
            return (a, b, middle, half, cos(half), sin(half))
        }
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

    /// The edges that may hold the point of the boundary nearest to `point`: those whose distance on
    /// the sphere is within the slack (`sphereFactor`, `sphereSlackMeters`) of the nearest edge's (the ellipsoid differs from the sphere
    /// by under 0.6 %), found by searching rings of cells outwards until no farther cell can hold a
    /// nearer edge. Empty when the nearest edge is farther than `meters` on the sphere (with the same
    /// slack). A few edges reach the exact measure, not every edge within the radius: `within coast`
    /// measured thousands of edges for each of a hundred thousand places.
    func nearestLines(to point: Coordinate, withinMeters meters: Double) -> (lines: [[GeographicPoint]], sphereMeters: Double) {
        let here = SphereVector(point.latitudeDegrees, point.longitudeDegrees)
        // An edge in several cells is measured once per cell: cheaper than remembering it.
        var distances: [(index: Int, meters: Double)] = []
        var best = Double.infinity
        // An edge truly nearer than the sphere's nearest can look farther on the sphere, by the
        // slack both ways.
        func slack(_ sphereMeters: Double) -> Double {
            Self.highestSphereMeters(trueMeters: Self.highestTrueMeters(sphereMeters: sphereMeters))
        }
        let reachMeters = Self.highestSphereMeters(trueMeters: meters)
        // The angle beyond which no edge matters, as its cosine and sine (updated as `best` falls).
        let reachAngle = reachMeters / SphereVector.meanRadiusMeters
        var threshold = reachAngle < .pi ? (angle: reachAngle, cos: cos(reachAngle), sin: sin(reachAngle)) : (.infinity, -1.0, 0.0)
        func consider(_ index: Int) {
            let edge = vectors[index]
            // An arc lies within its half-length of its midpoint: one dot product rules most edges out.
            if threshold.angle + edge.halfAngle < .pi,
                here.dot(edge.middle) < threshold.cos * edge.cosHalf - threshold.sin * edge.sinHalf
            {
                return
            }
            let distance = here.distanceMeters(toArcFrom: edge.a, to: edge.b)
            distances.append((index, distance))
            if distance < best {
                best = distance
                let angle = min(slack(best), reachMeters) / SphereVector.meanRadiusMeters
                threshold = (angle, cos(angle), sin(angle))
            }
        }
        long.forEach(consider)
        let row = Int(point.latitudeDegrees.rounded(.down)), column = Int(point.longitudeDegrees.rounded(.down))
        var ring = 0
        while ring <= 360 {
            // Every cell of this ring is at least ring − 1 whole cells away along a row or a column.
            let farthestLatitude = min(90, abs(point.latitudeDegrees) + Double(ring) + 1)
            let cellMeters = min(110_500, 111_300 * cos(farthestLatitude * .pi / 180))
            if cellMeters < 1_000 {
                // Near a pole the cells shrink to nothing: look at every edge once.
                edges.indices.forEach(consider)
                break
            }
            if Double(max(ring - 1, 0)) * cellMeters > min(slack(best), Self.highestSphereMeters(trueMeters: meters)) { break }
            for cellRow in (row - ring)...(row + ring) where cellRow >= -90 && cellRow < 90 {
                let onEdgeRow = cellRow == row - ring || cellRow == row + ring
                var cellColumn = column - ring
                while cellColumn <= column + ring {
                    let wrapped = ((cellColumn + 180) % 360 + 360) % 360 - 180
                    cells[Self.key(cellRow, wrapped)]?.forEach(consider)
                    cellColumn += onEdgeRow || ring == 0 ? 1 : 2 * ring
                }
            }
            ring += 1
        }
        guard best <= Self.highestSphereMeters(trueMeters: meters) else { return ([], best) }
        let near = Set(distances.filter { $0.meters <= slack(best) }.map(\.index))
        return (near.sorted().map { [edges[$0].0, edges[$0].1] }, best)
    }

    /// What separates a distance on the sphere from the true one, both ways: a factor (the mean-radius
    /// sphere and the WGS84 ellipsoid differ by under 0.6 %) and a term in metres (on a piece of
    /// `pieceDegrees` the great circle strays at most R·Δλ²/16, 5 m, from the drawn edge).
    static let sphereFactor = 1.01, sphereSlackMeters = 50.0

    /// The most a distance on the sphere (mean radius) can be for a true ellipsoidal distance.
    static func highestSphereMeters(trueMeters: Double) -> Double {
        trueMeters * sphereFactor + sphereSlackMeters
    }

    /// The least a true distance can be for a distance on the sphere (the inverse of the above).
    static func lowestTrueMeters(sphereMeters: Double) -> Double {
        (sphereMeters - sphereSlackMeters) / sphereFactor
    }

    /// The most a true distance can be for a distance on the sphere.
    static func highestTrueMeters(sphereMeters: Double) -> Double {
        sphereMeters * sphereFactor + sphereSlackMeters
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
                // The sphere's length, over-stated by its slack: samples come a little closer together
                // than `spacing`, never farther apart, at a tenth of a geodesic's cost.
                let length = SphereVector(a.y, a.x).distanceMeters(to: SphereVector(b.y, b.x)) * 1.01
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

/// A point on the unit sphere, for distances to boundary edges that rank candidates before the
/// exact (ellipsoidal) measure: great-circle arcs, the mean Earth radius.
struct SphereVector {
    let x: Double, y: Double, z: Double

    /// The IUGG mean radius R₁ of the WGS84 ellipsoid, in metres.
    static let meanRadiusMeters = 6_371_008.8

    init(_ latitudeDegrees: Double, _ longitudeDegrees: Double) {
        let latitude = latitudeDegrees * .pi / 180, longitude = longitudeDegrees * .pi / 180
        x = cos(latitude) * cos(longitude)
        y = cos(latitude) * sin(longitude)
        z = sin(latitude)
    }

    private init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    func dot(_ other: SphereVector) -> Double { x * other.x + y * other.y + z * other.z }

    /// The direction halfway between two (not opposite) directions; `self` when they are opposite.
    func midpoint(_ other: SphereVector) -> SphereVector {
        let sum = SphereVector(x: x + other.x, y: y + other.y, z: z + other.z)
        let size = sum.length
        return size > 1e-12 ? SphereVector(x: sum.x / size, y: sum.y / size, z: sum.z / size) : self
    }

    func angle(to other: SphereVector) -> Double {
        atan2(cross(other).length, dot(other))
    }

    private func cross(_ other: SphereVector) -> SphereVector {
        SphereVector(x: y * other.z - z * other.y, y: z * other.x - x * other.z, z: x * other.y - y * other.x)
    }

    private var length: Double { dot(self).squareRoot() }

    func distanceMeters(to other: SphereVector) -> Double {
        angle(to: other) * Self.meanRadiusMeters
    }

    /// The great-circle distance to the shorter arc from `a` to `b`.
    func distanceMeters(toArcFrom a: SphereVector, to b: SphereVector) -> Double {
        let normal = a.cross(b)
        let size = normal.length
        let ends = min(distanceMeters(to: a), distanceMeters(to: b))
        guard size > 1e-12 else { return ends }
        let n = SphereVector(x: normal.x / size, y: normal.y / size, z: normal.z / size)
        let offPlane = dot(n)
        // The foot of the perpendicular lies on the arc when it is between a and b.
        let foot = SphereVector(x: x - offPlane * n.x, y: y - offPlane * n.y, z: z - offPlane * n.z)
        guard a.cross(foot).dot(n) >= 0, foot.cross(b).dot(n) >= 0, foot.length > 1e-12 else { return ends }
        return asin(min(1, abs(offPlane))) * Self.meanRadiusMeters
    }
}
