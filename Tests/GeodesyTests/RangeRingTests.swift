import TestSupport
import XCTest

@testable import Geodesy

/// Rings where naive code breaks: across 180°, around each pole, and larger than a hemisphere.
/// Centres are GeoNames coordinates (McMurdo: the station, 77.846 S 166.676 E).
final class RangeRingTests: XCTestCase {
    /// Every sampled vertex comes from geod_direct, so 1 m is loose; inserted vertices on ±180° are
    /// interpolated between samples a few km apart, well within it.
    let radiusToleranceMeters = 1.0

    let petropavlovsk = Coordinate(uncheckedLatitudeDegrees: 53.04444, longitudeDegrees: 158.65076)
    let longyearbyen = Coordinate(uncheckedLatitudeDegrees: 78.2186, longitudeDegrees: 15.64007)
    let mcMurdo = Coordinate(uncheckedLatitudeDegrees: -77.846, longitudeDegrees: 166.676)
    let kharkiv = Coordinate(uncheckedLatitudeDegrees: 49.98177, longitudeDegrees: 36.25475)

    /// Vertices on the curve (not frame corners at the poles) must sit at the radius.
    func assertVerticesOnCircle(
        _ area: GeoMultiPolygon, center: Coordinate, radiusMeters: Double, file: StaticString = #filePath, line: UInt = #line
    ) {
        var checked = 0
        for polygon in area.polygons {
            // Frame points on the polar edges (latitude ±90) close caps; every other vertex is on the circle.
            for vertex in (polygon.exterior.coordinates + polygon.holes.flatMap(\.coordinates)) where abs(vertex.latitudeDegrees) < 90 {
                let distance = Geodesic.wgs84.inverse(from: center, to: vertex).distanceMeters
                XCTAssertEqual(distance, radiusMeters, accuracy: radiusToleranceMeters, "vertex \(vertex)", file: file, line: line)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 70, file: file, line: line)
    }

    func testSmallRingIsOneCounterClockwisePolygonAtTheRadius() throws {
        let ring = try RangeRing.polygon(center: kharkiv, radiusMeters: 460_000)
        XCTAssertEqual(ring.polygons.count, 1)
        GeodesyAssertions.assertValidRFC7946(ring)
        assertVerticesOnCircle(ring, center: kharkiv, radiusMeters: 460_000)
        XCTAssertTrue(GeodesyAssertions.contains(ring, kharkiv))
    }

    func testRingAroundPetropavlovskIsSplitAtTheAntimeridian() throws {
        let ring = try RangeRing.polygon(center: petropavlovsk, radiusMeters: 1_500_000)
        XCTAssertEqual(ring.polygons.count, 2)
        GeodesyAssertions.assertValidRFC7946(ring)
        assertVerticesOnCircle(ring, center: petropavlovsk, radiusMeters: 1_500_000)
        let eastPiece = try XCTUnwrap(ring.polygons.first { $0.exterior.coordinates.contains { $0.longitudeDegrees == -180 } })
        XCTAssertTrue(eastPiece.exterior.coordinates.allSatisfy { $0.longitudeDegrees < -160 })
        XCTAssertTrue(GeodesyAssertions.contains(ring, petropavlovsk))
        XCTAssertTrue(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: 54, longitudeDegrees: -179.5)))
    }

    func testRingAroundLongyearbyenIsClosedAlongTheNorthPole() throws {
        let ring = try RangeRing.polygon(center: longyearbyen, radiusMeters: 1_500_000)
        XCTAssertEqual(ring.polygons.count, 1)
        GeodesyAssertions.assertValidRFC7946(ring)
        let exterior = ring.polygons[0].exterior.coordinates
        XCTAssertTrue(exterior.contains { $0.latitudeDegrees == 90 && $0.longitudeDegrees == 180 })
        XCTAssertTrue(exterior.contains { $0.latitudeDegrees == 90 && $0.longitudeDegrees == -180 })
        assertVerticesOnCircle(ring, center: longyearbyen, radiusMeters: 1_500_000)
        XCTAssertTrue(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: 89.5, longitudeDegrees: -100)))
        XCTAssertFalse(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: 60, longitudeDegrees: -100)))
    }

    func testRingAroundMcMurdoIsClosedAlongTheSouthPole() throws {
        let ring = try RangeRing.polygon(center: mcMurdo, radiusMeters: 1_500_000)
        XCTAssertEqual(ring.polygons.count, 1)
        GeodesyAssertions.assertValidRFC7946(ring)
        XCTAssertTrue(ring.polygons[0].exterior.coordinates.contains { $0.latitudeDegrees == -90 })
        assertVerticesOnCircle(ring, center: mcMurdo, radiusMeters: 1_500_000)
        XCTAssertTrue(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: -89.9, longitudeDegrees: 0)))
    }

    func testRingLargerThanAHemisphereCoversAllButTheAntipode() throws {
        let ring = try RangeRing.polygon(center: kharkiv, radiusMeters: 15_000_000)
        GeodesyAssertions.assertValidRFC7946(ring)
        assertVerticesOnCircle(ring, center: kharkiv, radiusMeters: 15_000_000)
        let antipode = Coordinate(uncheckedLatitudeDegrees: -kharkiv.latitudeDegrees, longitudeDegrees: kharkiv.longitudeDegrees - 180)
        XCTAssertFalse(GeodesyAssertions.contains(ring, antipode))
        XCTAssertTrue(GeodesyAssertions.contains(ring, kharkiv))
        XCTAssertTrue(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: 89, longitudeDegrees: 0)))
    }

    func testHugeRingWhoseUncoveredCapCrossesTheAntimeridianIsOneNotchedPolygon() throws {
        let center = Coordinate(uncheckedLatitudeDegrees: 10, longitudeDegrees: 0)
        let ring = try RangeRing.polygon(center: center, radiusMeters: 17_000_000)
        GeodesyAssertions.assertValidRFC7946(ring)
        XCTAssertFalse(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: -10, longitudeDegrees: 179.9)))
        XCTAssertFalse(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: -10, longitudeDegrees: -179.9)))
        XCTAssertTrue(GeodesyAssertions.contains(ring, Coordinate(uncheckedLatitudeDegrees: 60, longitudeDegrees: 179.9)))
    }

    func testSectorCoversOnlyItsAzimuths() throws {
        let wonsan = Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361)
        let sector = try RangeRing.sector(center: wonsan, radiusMeters: 460_000, fromAzimuthDegrees: 90, toAzimuthDegrees: 180)
        GeodesyAssertions.assertValidRFC7946(sector)
        let southEast = Geodesic.wgs84.direct(from: wonsan, azimuthDegrees: 135, distanceMeters: 300_000).destination
        let northWest = Geodesic.wgs84.direct(from: wonsan, azimuthDegrees: 315, distanceMeters: 300_000).destination
        XCTAssertTrue(GeodesyAssertions.contains(sector, southEast))
        XCTAssertFalse(GeodesyAssertions.contains(sector, northWest))
    }

    func testAnnularSectorExcludesTheInnerDisc() throws {
        let wonsan = Coordinate(uncheckedLatitudeDegrees: 39.15278, longitudeDegrees: 127.44361)
        let sector = try RangeRing.sector(
            center: wonsan, radiusMeters: 460_000, innerRadiusMeters: 200_000,
            fromAzimuthDegrees: 120, toAzimuthDegrees: 200)
        GeodesyAssertions.assertValidRFC7946(sector)
        let near = Geodesic.wgs84.direct(from: wonsan, azimuthDegrees: 160, distanceMeters: 100_000).destination
        let far = Geodesic.wgs84.direct(from: wonsan, azimuthDegrees: 160, distanceMeters: 300_000).destination
        XCTAssertFalse(GeodesyAssertions.contains(sector, near))
        XCTAssertTrue(GeodesyAssertions.contains(sector, far))
    }

    func testRadiiBelowACentimetreAreRefusedAndBeyondTheAntipodeCoverTheEarth() throws {
        for tiny in [0, 0.001, 1e-320] {
            XCTAssertThrowsError(try RangeRing.polygon(center: kharkiv, radiusMeters: tiny)) { error in
                XCTAssertEqual("\(error)", "A ring radius of \(tiny) m is too small to draw; give at least 1 cm (0.01 m).")
            }
        }
        for huge in [RangeRing.maximumRadiusMeters, 25_000_000] {
            let world = try RangeRing.polygon(center: kharkiv, radiusMeters: huge)
            GeodesyAssertions.assertValidRFC7946(world)
            XCTAssertEqual(world.polygons.count, 1)
            XCTAssertTrue(world.polygons[0].holes.isEmpty, "the whole Earth, no hole")
        }
        XCTAssertThrowsError(
            try RangeRing.sector(
                center: kharkiv, radiusMeters: 300_000, innerRadiusMeters: 500_000, fromAzimuthDegrees: 0, toAzimuthDegrees: 90)
        ) { error in
            XCTAssertEqual(
                "\(error)",
                "The inner radius of 500 km is not smaller than the ring's radius of 300 km; give an inner radius between 0 and the radius."
            )
        }
    }

    /// Random centres and radii from 1 m to the antipode (seeded): the centre is inside, the antipode
    /// outside, every vertex that is not on the map frame lies on the radius within 1 m, and the
    /// geometry is valid RFC 7946. Near-antipodal radii are drawn more often, where rings used to flip.
    func testRandomRingsHoldTheirPropertiesFromAMetreToTheAntipode() throws {
        var generator = SplitMix64(seed: 20_003)
        for index in 0..<120 {
            let latitude = asin(Double.random(in: -1...1, using: &generator)) * 180 / .pi
            let center = Coordinate(uncheckedLatitudeDegrees: latitude, longitudeDegrees: Double.random(in: -180..<180, using: &generator))
            let nearAntipode: Double = RangeRing.maximumRadiusMeters - pow(10.0, Double.random(in: -1.0...5.5, using: &generator))
            let anyRadius: Double = pow(10.0, Double.random(in: 0.0...7.3, using: &generator))
            let radius: Double = index % 3 == 0 ? nearAntipode : min(anyRadius, RangeRing.maximumRadiusMeters - 1)
            let area = try RangeRing.polygon(center: center, radiusMeters: radius, maximumSpacingMeters: 20_000)
            let label = "centre \(center), radius \(radius) m"
            GeodesyAssertions.assertValidRFC7946(area)
            XCTAssertTrue(GeodesyAssertions.contains(area, center), "centre outside: \(label)")
            let antipode = Coordinate(
                uncheckedLatitudeDegrees: -center.latitudeDegrees,
                longitudeDegrees: Coordinate.normalizedLongitude(center.longitudeDegrees + 180))
            XCTAssertFalse(GeodesyAssertions.contains(area, antipode), "antipode inside: \(label)")
            let rings: [GeoLinearRing] = area.polygons.flatMap { [$0.exterior] + $0.holes }
            let edge: [Coordinate] = rings.flatMap(\.coordinates).filter(Self.isOffTheFrame)
            let misses: [Double] = edge.map { abs(Geodesic.wgs84.inverse(from: center, to: $0).distanceMeters - radius) }
            let worst = misses.max() ?? 0
            XCTAssertLessThanOrEqual(worst, 1, "a vertex off the radius: \(label)")
        }
    }

    /// Not on the ±180° meridians or at a pole, where the splitter adds frame points.
    private static func isOffTheFrame(_ point: Coordinate) -> Bool {
        abs(point.longitudeDegrees) < 180 - 1e-9 && abs(point.latitudeDegrees) < 90 - 1e-9
    }
}
