import Foundation
import Gazetteer
import Geodesy
import TestSupport
import XCTest

/// Distances to areas against a brute-force reference: the minimum geodesic distance to every point
/// of the boundary densified to 100 m (edges straight in longitude/latitude, as the data draws them).
/// Tolerance: 10 m, and the measured distance is never more than 1 cm above the reference, whose
/// points all lie on the boundary.
final class BoundaryDistanceTests: XCTestCase {
    enum Target {
        case country(String)
        case border(String, String?)
        case coast(String?)
    }

    /// Points and areas chosen for the hard cases: exclaves, enclaves, islands, ±180°, the Arctic,
    /// points inside, points at sea, borders between two given countries.
    static let cases: [(name: String, latitude: Double, longitude: Double, target: Target, inside: Bool)] = [
        ("Kharkiv to Russia", 49.98177, 36.25475, .country("RU"), false),
        ("Kharkiv to the Russian border", 49.98177, 36.25475, .border("RU", nil), false),
        ("Kharkiv to the Ukraine-Russia border", 49.98177, 36.25475, .border("UA", "RU"), false),
        ("Eilat to Yemen", 29.55805, 34.94821, .country("YE"), false),
        ("Sevastopol to Russia (de jure)", 44.58883, 33.5224, .country("RU"), false),
        ("Kyiv inside Ukraine", 50.45466, 30.5238, .country("UA"), true),
        ("Kaliningrad inside Russia's exclave", 54.70649, 20.51095, .country("RU"), true),
        ("Vilnius to the Russian border (the exclave is nearer)", 54.68916, 25.2798, .border("RU", nil), false),
        ("Gdansk to the Poland-Russia border", 54.35205, 18.64637, .border("PL", "RU"), false),
        ("Maseru to South Africa (Lesotho is an enclave)", -29.31667, 27.48333, .country("ZA"), false),
        ("Bloemfontein to Lesotho", -29.12106, 26.214, .country("LS"), false),
        ("Rome to the Vatican", 41.89193, 12.51133, .country("VA"), false),
        ("Rimini to San Marino", 44.05755, 12.56528, .country("SM"), false),
        ("Suva inside Fiji", -18.14161, 178.44149, .country("FJ"), true),
        ("Fiji's far east, across 180°, to Fiji", -16.6, -179.7, .country("FJ"), false),
        ("Anadyr to the United States", 64.73424, 177.5103, .country("US"), false),
        ("Nome to Russia, across 180°", 64.5011, -165.4064, .country("RU"), false),
        ("Wrangel Sea point to Russia", 71.5, -176.0, .country("RU"), false),
        ("Svalbard's interior inside Norway", 78.6, 16.0, .country("NO"), true),
        ("Longyearbyen, on its fjord 360 m off the 1:10m outline, to Norway", 78.2232, 15.64689, .country("NO"), false),
        ("Longyearbyen to Russia", 78.2232, 15.64689, .country("RU"), false),
        ("Murmansk to the Norway-Russia border", 68.97917, 33.09251, .border("RU", "NO"), false),
        ("Murmansk to Finland", 68.97917, 33.09251, .country("FI"), false),
        ("Black Sea point to Ukraine", 43.5, 34.0, .country("UA"), false),
        ("Black Sea point to Turkey", 43.5, 34.0, .country("TR"), false),
        ("Black Sea point to the coast of Ukraine", 43.5, 34.0, .coast("UA"), false),
        ("Odesa to the coast of Ukraine", 46.48572, 30.74383, .coast("UA"), false),
        ("Chisinau to the coast of Romania", 47.00556, 28.8575, .coast("RO"), false),
        ("Jerusalem to the Israel-Lebanon border", 31.76904, 35.21633, .border("IL", "LB"), false),
        ("Pyongyang to the North Korea-South Korea border", 39.03385, 125.75432, .border("KP", "KR"), false),
        ("Seoul to North Korea", 37.566, 126.9784, .country("KP"), false),
        ("Taipei to China", 25.04776, 121.53185, .country("CN"), false),
        ("Singapore to Malaysia", 1.28967, 103.85007, .country("MY"), false),
        ("Tbilisi to the Russian border", 41.69411, 44.83368, .border("RU", nil), false),
        ("Vladivostok to the North Korea-Russia border", 43.10562, 131.87353, .border("RU", "KP"), false),
        ("McMurdo to Antarctica's coast", -77.846, 166.676, .coast("AQ"), false),
        ("South Pole inside Antarctica", -90, 0, .country("AQ"), true),
    ]

    func boundary(_ target: Target) -> Boundary {
        let atlas = ProjectData.areas
        switch target {
        case let .country(code): return atlas.country(code: code, name: code)
        case let .border(code, neighbour): return atlas.landBorder(code: code, neighbour: neighbour, name: code)
        case let .coast(code): return atlas.coast(code: code, name: "coast")
        }
    }

    func testAgreesWithBruteForceWithinTenMetres() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 30)
        let measure = BoundaryMeasure()
        for item in Self.cases {
            let point = try Coordinate(latitudeDegrees: item.latitude, longitudeDegrees: item.longitude)
            let target = boundary(item.target)
            let measured = try XCTUnwrap(try measure.distance(from: point, to: target), item.name)
            let reference = Self.bruteForce(from: point, lines: target.lines)
            XCTAssertEqual(measured.isInside, item.inside, item.name)
            XCTAssertEqual(measured.distanceMeters, item.inside ? 0 : measured.boundaryDistanceMeters, item.name)
            XCTAssertEqual(measured.boundaryDistanceMeters, reference, accuracy: 10, item.name)
            XCTAssertLessThanOrEqual(measured.boundaryDistanceMeters, reference + 0.01, item.name)
            let toNearest = Geodesic.wgs84.inverse(from: point, to: measured.nearestTo).distanceMeters
            XCTAssertEqual(toNearest, measured.boundaryDistanceMeters, accuracy: 0.001, "\(item.name): the nearest point is where it says")
        }
    }

    func testFigures() throws {
        let measure = BoundaryMeasure()
        let kharkiv = try Coordinate(latitudeDegrees: 49.98177, longitudeDegrees: 36.25475)
        let eilat = try Coordinate(latitudeDegrees: 29.55805, longitudeDegrees: 34.94821)
        let sevastopol = try Coordinate(latitudeDegrees: 44.58883, longitudeDegrees: 33.5224)
        // 32,618 m: pyproj's Geod.inv over the same polygon's vertices gives 32,618.25 m (the nearest point is a vertex).
        XCTAssertEqual(try XCTUnwrap(measure.distance(from: kharkiv, to: boundary(.border("RU", nil)))).distanceMeters, 32_618, accuracy: 5)
        XCTAssertEqual(try XCTUnwrap(measure.distance(from: eilat, to: boundary(.country("YE")))).distanceMeters, 1_587_000, accuracy: 1000)
        XCTAssertEqual(
            try XCTUnwrap(measure.distance(from: sevastopol, to: boundary(.country("RU")))).distanceMeters, 250_000, accuracy: 2000)
    }

    func testBetweenAreas() throws {
        let measure = BoundaryMeasure()
        let touching = try XCTUnwrap(measure.distance(between: boundary(.country("UA")), and: boundary(.country("RU"))))
        XCTAssertEqual(touching.distanceMeters, 0)
        XCTAssertTrue(touching.isInside)
        // Ukraine to Georgia: across Russia and the Black Sea; the pair found is no farther than any vertex pair tried.
        let apart = try XCTUnwrap(measure.distance(between: boundary(.country("UA")), and: boundary(.country("GE"))))
        let reference = Self.bruteForce(from: apart.nearestFrom, lines: boundary(.country("GE")).lines)
        XCTAssertEqual(apart.distanceMeters, reference, accuracy: 10)
        XCTAssertGreaterThan(apart.distanceMeters, 200_000)
        XCTAssertLessThan(apart.distanceMeters, 600_000)
    }

    /// The reference: every boundary point at 100 m spacing, skipping only edges whose ends are
    /// farther than the best vertex by more than the edge's length (the triangle inequality).
    static func bruteForce(from point: Coordinate, lines: [[GeographicPoint]]) -> Double {
        let geodesic = Geodesic.wgs84
        func distance(_ p: GeographicPoint) -> Double {
            geodesic.inverse(
                latitude1Degrees: point.latitudeDegrees, longitude1Degrees: point.longitudeDegrees, latitude2Degrees: p.y,
                longitude2Degrees: p.x
            ).distanceMeters
        }
        let vertexDistances = lines.map { $0.map(distance) }
        var best = vertexDistances.joined().min() ?? .infinity
        for (line, distances) in zip(lines, vertexDistances) {
            for index in 1..<line.count {
                let a = line[index - 1], b = line[index]
                let length = geodesic.inverse(latitude1Degrees: a.y, longitude1Degrees: a.x, latitude2Degrees: b.y, longitude2Degrees: b.x)
                    .distanceMeters
                guard min(distances[index - 1], distances[index]) - 1.1 * length - 100 <= best else { continue }
                let steps = max(1, Int((length / 100).rounded(.up)))
                for step in 1..<steps {
                    let t = Double(step) / Double(steps)
                    best = min(best, distance(GeographicPoint(x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y))))
                }
            }
        }
        return best
    }
}

/// Places near a boundary, checked against the full measure for every place it returns and for
/// places it leaves out near the radius.
final class PlacesNearBoundaryTests: XCTestCase {
    func testPlacesWithinFiftyKilometresOfTheUkraineRussiaBorder() throws {
        let border = ProjectData.areas.landBorder(code: "UA", neighbour: "RU", name: "border")
        let places = ProjectData.gazetteer.places.filter { ["UA", "RU", "BY"].contains($0.countryCode) }
        let index = PlaceIndex(places: places)
        let found = try index.within(50_000, of: border)
        let measure = BoundaryMeasure()
        XCTAssertTrue(found.contains { $0.place.name == "Kharkiv" })
        XCTAssertTrue(found.contains { $0.place.name == "Belgorod" })
        for neighbour in found {
            let exact = try XCTUnwrap(measure.distance(from: neighbour.place.coordinate, to: border))
            XCTAssertEqual(neighbour.distanceMeters, exact.distanceMeters, accuracy: 0.01, neighbour.place.name)
        }
        // Nothing within the radius is missed: every place is measured in full and compared.
        let names = Set(found.map(\.place.name))
        for place in places where !names.contains(place.name) {
            let exact = try XCTUnwrap(measure.distance(from: place.coordinate, to: border))
            XCTAssertGreaterThan(exact.distanceMeters, 50_000, place.name)
        }
    }

    func testPlacesInsideAnAreaAreAtZero() throws {
        let ukraine = ProjectData.areas.country(code: "UA", name: "Ukraine")
        let index = PlaceIndex(places: ProjectData.gazetteer.places.filter { ["UA", "MD"].contains($0.countryCode) })
        let found = try index.within(1, of: ukraine, minimumPopulation: 500_000)
        XCTAssertTrue(found.contains { $0.place.name == "Kyiv" && $0.distanceMeters == 0 })
        XCTAssertFalse(found.contains { $0.place.countryCode == "MD" })
    }
}
