/// Turns curves on the globe into RFC 7946 geometry that never crosses ±180°.
///
/// Lines are cut where they cross the antimeridian. Closed boundaries are cut the same way and the
/// pieces are joined along the map's edge (the ±180° meridians and the poles) by walking the edge
/// counter-clockwise. That one rule gives a MultiPolygon for a ring across 180°, a cap closed along
/// the pole for a ring around a pole, and a world-sized polygon with a notch or hole for a ring larger
/// than a hemisphere. Crossing points are found by bisection on the true curve (the caller's
/// `interpolate`), so they lie on it to within PROJ's accuracy, even next to a pole.
enum AntimeridianSplitter {
    typealias Point = GeographicPoint
    /// The curve between sample `index` and `index + 1` at fraction `t` ∈ [0, 1], any longitude sheet.
    typealias Interpolator = (_ index: Int, _ t: Double) -> Point

    /// One stretch of a curve inside [-180, 180], with the sheet offset already removed.
    private struct Piece {
        var points: [Point]
    }

    // MARK: Lines

    /// Pieces of a polyline with continuous (unrolled) longitudes, cut at every ±180° crossing.
    static func splitLine(_ samples: [Point], interpolate: Interpolator) -> GeoMultiLineString {
        GeoMultiLineString(
            pieces(of: unwrap(samples), closed: false, interpolate: interpolate)
                .map { GeoLineString($0.points.map(coordinate)) })
    }

    // MARK: Areas

    /// The area on the left of a closed boundary (last sample repeats the first), as RFC 7946
    /// polygons: exteriors counter-clockwise, holes clockwise, nothing crossing ±180°.
    static func splitArea(boundary: [Point], interpolate: Interpolator) -> GeoMultiPolygon {
        let unwrapped = unwrap(boundary)
        let cut = pieces(of: unwrapped, closed: true, interpolate: interpolate)
        if cut.count == 1, sheet(unwrapped.first!.longitudeDegrees) == sheet(unwrapped.last!.longitudeDegrees) {
            let loop = cut[0].points
            let ring = closedRing(loop)
            if PlanarRing.signedArea(loop) > 0 { return GeoMultiPolygon([GeoPolygon(exterior: ring)]) }
            // Clockwise in the plane: the area is everything outside this loop.
            return GeoMultiPolygon([GeoPolygon(exterior: wholeEarth.polygons[0].exterior, holes: [ring])])
        }
        return GeoMultiPolygon(joinAlongEdge(cut).map { GeoPolygon(exterior: closedRing($0)) })
    }

    /// The whole Earth as one RFC 7946 polygon: the frame walked counter-clockwise, with a point every
    /// 90° along the polar edges so that no edge spans more than 180° of longitude (an edge from −180
    /// to 180 would read as one crossing the antimeridian).
    static let wholeEarth: GeoMultiPolygon = {
        let south = stride(from: -180.0, through: 180, by: 90).map { Point(x: $0, y: -90) }
        let north = stride(from: 180.0, through: -180, by: -90).map { Point(x: $0, y: 90) }
        return GeoMultiPolygon([GeoPolygon(exterior: closedRing(south + north))])
    }()

    /// Joins open pieces whose ends lie on the ±180° meridians by walking the map frame
    /// counter-clockwise from each piece's end to the next piece's start.
    private static func joinAlongEdge(_ pieces: [Piece]) -> [[Point]] {
        var unused = Set(pieces.indices)
        var polygons: [[Point]] = []
        while let first = unused.min() {
            var polygon: [Point] = []
            var current = first
            while true {
                unused.remove(current)
                polygon += pieces[current].points
                let endPosition = perimeterPosition(pieces[current].points.last!)
                // The next piece is the one whose start comes first going counter-clockwise.
                let next = pieces.indices.min { a, b in
                    counterClockwiseGap(from: endPosition, to: perimeterPosition(pieces[a].points[0]))
                        < counterClockwiseGap(from: endPosition, to: perimeterPosition(pieces[b].points[0]))
                }!
                let startPosition = perimeterPosition(pieces[next].points[0])
                polygon += cornersPassed(from: endPosition, to: startPosition)
                if next == first || !unused.contains(next) { break }
                current = next
            }
            polygons.append(polygon)
        }
        return polygons
    }

    /// Distance along the frame, counter-clockwise from the south-west corner: the south edge
    /// eastward (0–360), the east edge northward (360–540), the north edge westward (540–900),
    /// the west edge southward (900–1080).
    private static func perimeterPosition(_ point: Point) -> Double {
        let latitude = point.latitudeDegrees, longitude = point.longitudeDegrees
        if longitude >= 180 { return 360 + (latitude + 90) }
        if longitude <= -180 { return 900 + (90 - latitude) }
        if latitude <= -90 { return longitude + 180 }
        return 540 + (180 - longitude)
    }

    private static func counterClockwiseGap(from start: Double, to end: Double) -> Double {
        let gap = (end - start).truncatingRemainder(dividingBy: 1080)
        return gap <= 0 ? gap + 1080 : gap
    }

    /// Frame points met walking counter-clockwise from `start` to `end`: the corners, and a point
    /// every 90° of longitude along the polar edges so that no edge spans more than 180°.
    private static func cornersPassed(from start: Double, to end: Double) -> [Point] {
        let gap = counterClockwiseGap(from: start, to: end)
        let first = Int((start / 90).rounded(.down)) + 1
        return (first...(first + 12)).map { Double($0) * 90 }
            .filter { $0 > start && $0 < start + gap }
            .compactMap { position -> Point? in
                let p = position.truncatingRemainder(dividingBy: 1080)
                switch p {
                case 0..<360: return Point(x: p - 180, y: -90)
                case 360: return Point(x: 180, y: -90)
                case 540..<900: return Point(x: 180 - (p - 540), y: 90)
                case 900: return Point(x: -180, y: 90)
                default: return nil  // points on the ±180° meridians add nothing
                }
            }
    }

    // MARK: Cutting

    /// Makes longitudes continuous: each step is taken the short way round.
    static func unwrap(_ points: [Point]) -> [Point] {
        guard var previous = points.first else { return [] }
        var result = [previous]
        for point in points.dropFirst() {
            previous = Point(x: Longitude.unwrapped(point.longitudeDegrees, around: previous.longitudeDegrees), y: point.latitudeDegrees)
            result.append(previous)
        }
        return result
    }

    /// Which 360° sheet an unrolled longitude is on; sheet 0 is [-180, 180).
    private static func sheet(_ longitude: Double) -> Int {
        Int(((longitude + 180) / 360).rounded(.down))
    }

    /// Cuts an unwrapped curve at every sheet boundary. For a closed curve the last piece continues
    /// into the first, so they are joined.
    private static func pieces(of points: [Point], closed: Bool, interpolate: Interpolator) -> [Piece] {
        guard let first = points.first else { return [] }
        var pieces: [Piece] = []
        var currentSheet = sheet(first.longitudeDegrees)
        var current = Piece(points: [reduce(first, sheet: currentSheet)])
        for (index, (previous, point)) in zip(points, points.dropFirst()).enumerated() {
            let nextSheet = sheet(point.longitudeDegrees)
            if nextSheet != currentSheet {
                let eastward = nextSheet > currentSheet
                let boundary = -180 + 360 * Double(max(currentSheet, nextSheet))
                let latitude = crossingLatitude(segment: index, from: previous, to: point, boundary: boundary, interpolate: interpolate)
                current.points.append(Point(x: eastward ? 180 : -180, y: latitude))
                pieces.append(current)
                current = Piece(points: [Point(x: eastward ? -180 : 180, y: latitude)])
                currentSheet = nextSheet
            }
            current.points.append(reduce(point, sheet: currentSheet))
        }
        if closed, !pieces.isEmpty {
            pieces[0].points = current.points + pieces[0].points.dropFirst()
        } else {
            pieces.append(current)
        }
        return pieces.map { Piece(points: removeRepeats($0.points)) }
    }

    /// Where the curve between two samples meets the meridian `boundary` (unrolled), by bisection on
    /// the curve itself; 60 halvings pin the fraction far below a nanometre.
    private static func crossingLatitude(
        segment: Int, from start: Point, to end: Point, boundary: Double,
        interpolate: Interpolator
    ) -> Double {
        func unrolled(_ t: Double) -> Point {
            let raw = interpolate(segment, t)
            return Point(x: Longitude.unwrapped(raw.longitudeDegrees, around: start.longitudeDegrees), y: raw.latitudeDegrees)
        }
        let startBelow = start.longitudeDegrees < boundary
        var low = 0.0, high = 1.0
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if (unrolled(middle).longitudeDegrees < boundary) == startBelow { low = middle } else { high = middle }
        }
        return unrolled((low + high) / 2).latitudeDegrees
    }

    private static func reduce(_ point: Point, sheet: Int) -> Point {
        Point(x: point.longitudeDegrees - 360 * Double(sheet), y: point.latitudeDegrees)
    }

    private static func removeRepeats(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        for point in points where result.last.map({ $0 != point }) ?? true {
            result.append(point)
        }
        return result
    }

    // MARK: Output

    private static func closedRing(_ points: [Point]) -> GeoLinearRing {
        var coordinates = removeRepeats(points).map(coordinate)
        if let first = coordinates.first, coordinates.last != first { coordinates.append(first) }
        return GeoLinearRing(coordinates)
    }

    private static func coordinate(_ point: Point) -> Coordinate {
        Coordinate(
            uncheckedLatitudeDegrees: min(90, max(-90, point.latitudeDegrees)),
            longitudeDegrees: min(180, max(-180, point.longitudeDegrees)))
    }
}
