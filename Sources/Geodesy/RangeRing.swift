import Foundation

/// Areas within a geodesic distance of a centre: full rings and sectors, as RFC 7946 polygons.
///
/// Every boundary vertex is computed with the direct geodesic problem, so it lies at the stated
/// radius to within PROJ's accuracy (nanometres); vertices added where the boundary meets ±180° or a
/// pole lie on the boundary within centimetres (see `AntimeridianSplitter`).
public enum RangeRing {
    /// The longest geodesic from a pole, half a meridian of WGS84 (20,003,931.46 m, GeodSolve): the
    /// distance from any point to its antipode. A ring this large or larger covers the whole Earth.
    public static let maximumRadiusMeters = 20_003_931.4586

    /// The smallest ring drawn: a centimetre. Below it a ring is noise in the coordinates' last digit.
    public static let minimumRadiusMeters = 0.01

    /// Rings whose edge comes within this of the antipode are built around the antipode (see
    /// `aroundAntipode`): there geodesics from the centre cross one another (WGS84's antipodal
    /// caustic is some 70 km across), so walking the azimuths from the centre no longer traces the
    /// edge of the disc.
    static let nearAntipodeMeters = 200_000.0

    /// Vertices on a full ring: enough that neighbours are at most `maximumSpacingMeters` apart,
    /// at least 72 and at most 3,600 (beyond that the sagitta between vertices is under 2 m even
    /// for a 15,000 km ring, and files stay small).
    public static func vertexCount(radiusMeters: Double, maximumSpacingMeters: Double) -> Int {
        let meanRadiusMeters = 6_371_008.8
        let circumferenceMeters = 2 * Double.pi * meanRadiusMeters * abs(sin(radiusMeters / meanRadiusMeters))
        return min(3600, max(72, Int((circumferenceMeters / max(maximumSpacingMeters, 1)).rounded(.up))))
    }

    /// The disc of points within `radiusMeters` of `center`.
    /// - Throws: `GeodesyError.radiusOutOfRange` for a radius under a centimetre or not finite. A
    ///   radius at or beyond the antipodal distance gives the whole Earth (`coversWholeEarth`).
    public static func polygon(center: Coordinate, radiusMeters: Double, maximumSpacingMeters: Double = 1000) throws -> GeoMultiPolygon {
        try checkRadius(radiusMeters)
        if coversWholeEarth(radiusMeters: radiusMeters) { return AntimeridianSplitter.wholeEarth }
        if radiusMeters > maximumRadiusMeters - nearAntipodeMeters {
            return aroundAntipode(center: center, radiusMeters: radiusMeters, maximumSpacingMeters: maximumSpacingMeters)
        }
        let count = vertexCount(radiusMeters: radiusMeters, maximumSpacingMeters: maximumSpacingMeters)
        // Decreasing azimuth walks the boundary counter-clockwise, keeping the disc on the left.
        let polar = (0...count).map { PolarPoint(azimuthDegrees: 360 - 360 * Double($0) / Double(count), distanceMeters: radiusMeters) }
        return area(center: center, boundary: polar)
    }

    /// Whether a ring of this radius covers every point on Earth (within a centimetre of the antipode).
    public static func coversWholeEarth(radiusMeters: Double) -> Bool {
        radiusMeters >= maximumRadiusMeters - minimumRadiusMeters
    }

    /// The Earth less the small area farther than `radiusMeters` from the centre, which surrounds
    /// the antipode. Each vertex of that hole is found along a bearing from the antipode by bisection
    /// on the inverse problem, so it lies at `radiusMeters` from the centre (to a millimetre) even
    /// inside the caustic; walking the bearings clockwise keeps the Earth on the left, so the
    /// splitter returns the world with a clockwise hole.
    static func aroundAntipode(center: Coordinate, radiusMeters: Double, maximumSpacingMeters: Double) -> GeoMultiPolygon {
        let antipode = Coordinate(
            uncheckedLatitudeDegrees: -center.latitudeDegrees,
            longitudeDegrees: Coordinate.normalizedLongitude(center.longitudeDegrees + 180))
        let gap = maximumRadiusMeters - radiusMeters
        let count = vertexCount(radiusMeters: gap, maximumSpacingMeters: maximumSpacingMeters)
        func fromCenter(bearing: Double, distanceMeters: Double) -> Double {
            let candidate = Geodesic.wgs84.direct(from: antipode, azimuthDegrees: bearing, distanceMeters: distanceMeters).destination
            return Geodesic.wgs84.inverse(from: center, to: candidate).distanceMeters
        }
        func point(bearing: Double) -> GeographicPoint {
            // Distance from the centre falls as a point leaves the antipode, slowly along the caustic
            // (as the square of the way gone), so the bracket widens until it holds the radius.
            var low = 0.0, high = gap + 1000
            while fromCenter(bearing: bearing, distanceMeters: high) > radiusMeters, high < 4 * nearAntipodeMeters {
                low = high
                high *= 2
            }
            for _ in 0..<60 {
                let middle = (low + high) / 2
                if fromCenter(bearing: bearing, distanceMeters: middle) > radiusMeters { low = middle } else { high = middle }
            }
            return Geodesic.wgs84.unrolledDirect(from: antipode, azimuthDegrees: bearing, distanceMeters: (low + high) / 2)
        }
        let bearings = (0...count).map { 360 * Double($0) / Double(count) }
        return AntimeridianSplitter.splitArea(boundary: bearings.map { point(bearing: $0) }) { index, t in
            point(bearing: bearings[index] + t * (bearings[index + 1] - bearings[index]))
        }
    }

    /// A boundary vertex as seen from the centre; interpolating these and solving the direct problem
    /// keeps points between samples exactly on arcs and radials.
    struct PolarPoint {
        let azimuthDegrees: Double
        let distanceMeters: Double
    }

    private static func area(center: Coordinate, boundary: [PolarPoint]) -> GeoMultiPolygon {
        func point(_ polar: PolarPoint) -> AntimeridianSplitter.Point {
            Geodesic.wgs84.unrolledDirect(from: center, azimuthDegrees: polar.azimuthDegrees, distanceMeters: polar.distanceMeters)
        }
        return AntimeridianSplitter.splitArea(boundary: boundary.map(point)) { index, t in
            let a = boundary[index], b = boundary[index + 1]
            return point(
                PolarPoint(
                    azimuthDegrees: a.azimuthDegrees + t * (b.azimuthDegrees - a.azimuthDegrees),
                    distanceMeters: a.distanceMeters + t * (b.distanceMeters - a.distanceMeters)))
        }
    }

    /// The part of the disc between two azimuths, swept clockwise from `fromAzimuthDegrees` to
    /// `toAzimuthDegrees` (90 → 180 is the south-east quadrant), optionally without the disc of
    /// `innerRadiusMeters`. Equal azimuths mean the full circle.
    public static func sector(
        center: Coordinate, radiusMeters: Double, innerRadiusMeters: Double? = nil,
        fromAzimuthDegrees: Double, toAzimuthDegrees: Double, maximumSpacingMeters: Double = 1000
    ) throws -> GeoMultiPolygon {
        try checkRadius(radiusMeters)
        guard radiusMeters <= maximumRadiusMeters - nearAntipodeMeters else {
            throw GeodesyError.sectorTooLarge(radiusMeters: radiusMeters)
        }
        for azimuth in [fromAzimuthDegrees, toAzimuthDegrees] { _ = try Azimuth.checked(azimuth) }
        var sweep = (toAzimuthDegrees - fromAzimuthDegrees).truncatingRemainder(dividingBy: 360)
        if sweep < 0 { sweep += 360 }
        if sweep == 0, innerRadiusMeters == nil {
            return try polygon(center: center, radiusMeters: radiusMeters, maximumSpacingMeters: maximumSpacingMeters)
        }
        if sweep == 0 { sweep = 360 }
        let inner = innerRadiusMeters ?? 0
        guard inner >= 0, inner < radiusMeters else {
            throw GeodesyError.innerRadiusTooLarge(innerRadiusMeters: inner, radiusMeters: radiusMeters)
        }
        let arcCount = max(
            8, Int(Double(vertexCount(radiusMeters: radiusMeters, maximumSpacingMeters: maximumSpacingMeters)) * sweep / 360))
        let radialCount = max(2, Int(((radiusMeters - inner) / max(maximumSpacingMeters, 1)).rounded(.up)))
        func arc(from start: Double, by degrees: Double, at distance: Double) -> [PolarPoint] {
            (0...arcCount).map { PolarPoint(azimuthDegrees: start + degrees * Double($0) / Double(arcCount), distanceMeters: distance) }
        }
        func radial(_ azimuth: Double, from start: Double, to end: Double) -> [PolarPoint] {
            (1..<radialCount).map {
                PolarPoint(azimuthDegrees: azimuth, distanceMeters: start + (end - start) * Double($0) / Double(radialCount))
            }
        }
        let to = fromAzimuthDegrees + sweep
        var boundary: [PolarPoint] = []
        if inner > 0 {
            boundary += arc(from: to, by: -sweep, at: radiusMeters)  // outer arc, counter-clockwise
            boundary += radial(fromAzimuthDegrees, from: radiusMeters, to: inner)
            boundary += arc(from: fromAzimuthDegrees, by: sweep, at: inner)  // inner arc, back clockwise
            boundary += radial(to, from: inner, to: radiusMeters)
        } else {
            boundary.append(PolarPoint(azimuthDegrees: to, distanceMeters: 0))
            boundary += radial(to, from: 0, to: radiusMeters)
            boundary += arc(from: to, by: -sweep, at: radiusMeters)
            boundary += radial(fromAzimuthDegrees, from: radiusMeters, to: 0)
        }
        // Close the loop along the same radial or arc the boundary started on.
        boundary.append(PolarPoint(azimuthDegrees: boundary.last?.azimuthDegrees ?? 0, distanceMeters: boundary[0].distanceMeters))
        if inner > 0 { boundary[boundary.count - 1] = boundary[0] }
        return area(center: center, boundary: boundary)
    }

    private static func checkRadius(_ radiusMeters: Double) throws {
        guard radiusMeters.isFinite, radiusMeters >= minimumRadiusMeters else {
            throw GeodesyError.radiusOutOfRange(radiusMeters: radiusMeters)
        }
    }
}
