import Gazetteer
import Geodesy
import TestSupport
import XCTest

@testable import MapModel

final class MapBuilderTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func build(_ text: String) throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(
            try MapSpecParser.parse(text: text, fileName: "maps/test.yaml"))
    }

    func testPlacesLinesClaimsAndRingsAreResolved() throws {
        let map = try build(
            """
            title: T
            places: [{place: Wonsan, role: launch}]
            lines: [{from: Wonsan, to: Busan, stated: 460 km}]
            rings: [{center: Wonsan, radii: [300 km, 460 km]}]
            """)
        XCTAssertEqual(map.places[0].label, "Wonsan", "the name as the spec wrote it, one of the place's names")
        XCTAssertEqual(map.lines[0].distanceMeters, 471_151.461, accuracy: 0.001, "GeodSolve -i")
        XCTAssertEqual(map.lines[0].verification?.verdict, .consistent)
        XCTAssertEqual(map.rings.map(\.radiusMeters), [300_000, 460_000])
    }

    /// Issue 25: on a Taiwan map "Pingtan" was Chongqing's, 1,500 km inland, and silently not drawn;
    /// "Matsu" was Matsue, Japan. The extent is evidence: a subject is read inside it, with a warning,
    /// and one that no place of its name puts inside is a warning, never a silent drop.
    func testAnExtentReadsSubjectsInsideItAndWarnsOfAnyOutside() throws {
        let map = try build(
            """
            title: Taiwan Strait
            extent: [118, 21.5, 123, 26.5]
            places: [{place: Pingtan, role: launch}, {place: Matsu}, {place: Taipei}, {place: Kharkiv}]
            lines: [{from: Taipei, to: Pingtan}]
            rings: [{center: Matsu, radius: 100 km}]
            """)
        let frame = GeoBounds(west: 118, south: 21.5, east: 123, north: 26.5)
        let drawn = map.places.map(\.place)
        XCTAssertEqual(drawn.map(\.countryCode), ["CN", "TW", "TW", "UA"])
        XCTAssertEqual(drawn.map { frame.contains($0.coordinate) }, [true, true, true, false])
        XCTAssertTrue(frame.contains(map.rings[0].center.coordinate), "a ring centre is read inside too")
        guard case let .place(end) = map.lines[0].to else { return XCTFail("a place") }
        XCTAssertTrue(frame.contains(end.coordinate), "a line's end is read inside too")
        XCTAssertEqual(map.warnings.filter { $0.contains("'Pingtan' is read as") }.count, 2, "\(map.warnings)")
        XCTAssertTrue(map.warnings.contains { $0.hasPrefix("maps/test.yaml:3:") && $0.contains("not Matsue (JP) outside it") })
        XCTAssertTrue(
            map.warnings.contains { $0.contains("Kharkiv (UA), read for 'Kharkiv', lies outside the map's extent [118, 21.5, 123, 26.5]") })
        // Without an extent nothing is re-read, and an auto extent warns of nothing.
        let auto = try build("title: T\nplaces: [{place: Matsu}]\n")
        XCTAssertEqual(auto.places[0].place.countryCode, "JP")
        XCTAssertFalse(auto.warnings.contains { $0.contains("extent") })
    }

    func testBoundsHoldPointsAcrossTheAntimeridian() throws {
        let pacific = GeoBounds(west: 170, south: -20, east: -170, north: 20)
        XCTAssertTrue(pacific.contains(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 179.5)))
        XCTAssertTrue(pacific.contains(try Coordinate(latitudeDegrees: 0, longitudeDegrees: -175)))
        XCTAssertFalse(pacific.contains(try Coordinate(latitudeDegrees: 0, longitudeDegrees: 0)))
        XCTAssertFalse(pacific.contains(try Coordinate(latitudeDegrees: 30, longitudeDegrees: 180)))
    }

    func testUnknownPlacesAndBadLengthsPointAtTheirLine() {
        XCTAssertThrowsError(try build("title: T\nplaces:\n  - place: Zaporizhzhiaxyz\n")) { error in
            XCTAssertEqual(
                "\(error)",
                "maps/test.yaml:3:12: Unknown place 'Zaporizhzhiaxyz'. "
                    + "Did you mean Zaporizhzhya (UA), Zaporizhzhya-Live (UA), Zaporizhzhia (UA)?"
            )
        }
        XCTAssertThrowsError(try build("title: T\nrings:\n  - center: Wonsan\n    radius: 460 parsecs\n")) { error in
            XCTAssertEqual(
                "\(error)",
                "maps/test.yaml:4:13: The length '460 parsecs' has the unknown unit 'parsecs'; use m, km, mi (statute miles), nmi "
                    + "(nautical miles), ft (feet) or yd (yards)."
            )
        }
        XCTAssertThrowsError(try build("title: T\nlines:\n  - {from: Kyiv, to: Kharkiv, stated: about 400 furlongs}\n")) { error in
            XCTAssertEqual(
                "\(error)",
                "maps/test.yaml:3:39: The stated distance 'about 400 furlongs' has the unknown unit 'furlongs'; use m, km, mi (statute "
                    + "miles), nmi (nautical miles), ft (feet) or yd (yards)."
            )
        }
    }

    func testBoundsCrossTheAntimeridianWhenTheFeaturesDo() throws {
        let map = try build("title: T\nrings: [{center: Petropavlovsk-Kamchatsky, radius: 1500 km}]\n")
        let bounds = try XCTUnwrap(map.featureBounds)
        XCTAssertTrue(bounds.crossesAntimeridian)
        XCTAssertLessThan(bounds.widthDegrees, 70)
    }

    /// Edges cover the longitudes between their ends: a ring around the pole spans all 360° even
    /// where its vertices leave gaps, and a world polygon gives the world's box.
    func testBoundsOfRingsAroundAPoleOrTheWholeEarthSpanEveryLongitude() throws {
        let polar = try XCTUnwrap(try build("title: T\nrings: [{center: Murmansk, radius: 3000 km}]\n").featureBounds)
        XCTAssertEqual([polar.west, polar.east, polar.north], [-180, 180, 90])
        let world = try XCTUnwrap(try build("title: T\nrings: [{center: Wonsan, radius: 20100 km}]\n").featureBounds)
        XCTAssertEqual([world.west, world.south, world.east, world.north], [-180, -90, 180, 90])
        XCTAssertTrue(try build("title: T\nrings: [{center: Wonsan, radius: 20100 km}]\n").rings[0].coversWholeEarth)
    }

    func testALineFromAPlaceToItselfIsRefused() {
        XCTAssertThrowsError(try build("title: T\nlines: [{from: Kyiv, to: Kyiv}]\n")) { error in
            XCTAssertEqual(
                "\(error)", "maps/test.yaml:2:26: the line from 'Kyiv' to 'Kyiv' has no length (both are Kyiv); give two different places.")
        }
    }

    func testLayersComeFromTheGivenReaderAndCountAgainstTheVertexBudget() throws {
        let square = PlanarPolygon<Geographic>(
            exterior: [(30, 50), (31, 50), (31, 51), (30, 51), (30, 50)].map { GeographicPoint(x: $0.0, y: $0.1) })
        let feature = LayerFeature(polygons: [square], lines: [], points: [], label: "A")
        let spec = try MapSpecParser.parse(
            text: "title: T\nplaces: [{place: Kyiv}]\nlayers:\n  - {file: held.gpkg, role: occupied}\n", fileName: "maps/test.yaml")
        var asked: [String] = []
        let map = try MapBuilder(
            resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges,
            readLayer: { layer in
                asked.append(layer.file.value)
                return ("held", [feature])
            }
        ).build(spec)
        XCTAssertEqual(asked, ["held.gpkg"])
        XCTAssertEqual(map.layers.map(\.label), ["held"], "the layer's own name without a label")
        XCTAssertEqual(map.layers.first?.role, .occupied)
        XCTAssertEqual(map.layers.first?.vertexCount, 5)
        let huge = LayerFeature(
            polygons: [], lines: [Array(repeating: GeographicPoint(x: 30, y: 50), count: 500_001)], points: [], label: nil)
        XCTAssertThrowsError(
            try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, readLayer: { _ in ("x", [huge]) }).build(
                spec)
        ) { error in
            XCTAssertTrue(
                "\(error)".hasPrefix("maps/test.yaml:4:12: with this feature the map's lines, rings, areas and layers"), "\(error)")
        }
        XCTAssertThrowsError(try build("title: T\nlayers: [{file: held.gpkg}]\n")) { error in
            XCTAssertEqual("\(error)", "maps/test.yaml:2:17: layers cannot be read here; render the spec with eventmap render.")
        }
    }

    /// 200 rings of 1,000 km would be 720,000 vertices: refused at the ring that passes the limit,
    /// after no more than the limit's worth of work.
    func testTheVertexBudgetRefusesAMapTooLargeToDraw() {
        let rings = String(repeating: "  - {center: Kyiv, radius: 1000 km}\n", count: 200)
        XCTAssertThrowsError(try build("title: T\nrings:\n" + rings)) { error in
            XCTAssertTrue(
                "\(error)".hasSuffix(
                    "with this feature the map's lines, rings, areas and layers reach more than 500000 vertices, the limit; "
                        + "draw fewer or smaller features, simplify the layers, or split the map."), "\(error)")
        }
    }
}

/// Lines to areas and shaded areas.
final class MapBuilderAreaTests: XCTestCase {
    func build(_ text: String, occupied: [String: [PlanarPolygon<Geographic>]] = [:]) throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, occupied: occupied).build(
            try MapSpecParser.parse(text: text, fileName: "maps/test.yaml"))
    }

    func testALineRunsToTheNearestPointOfABorder() throws {
        let map = try build("title: T\nlines: [{from: Kharkiv, to: border:RU, stated: about 30 km}]\nareas: [{area: Yemen, label: Y}]\n")
        let line = try XCTUnwrap(map.lines.first)
        XCTAssertEqual(line.distanceMeters, 32_618, accuracy: 5)
        XCTAssertEqual(line.verification?.verdict, .consistent)
        XCTAssertNil(line.to.place)
        XCTAssertEqual(line.end.latitudeDegrees, 50.274, accuracy: 0.001)
        XCTAssertEqual(map.areas.map(\.label), ["Y"])
        XCTAssertFalse(try XCTUnwrap(map.areas.first).polygons.isEmpty)
    }

    func testAreasThatCannotBeUsedPointAtTheirLine() {
        XCTAssertThrowsError(try build("title: T\nareas:\n  - area: Kharkiv\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("maps/test.yaml:3:11: 'Kharkiv' is a place, not an area"), "\(error)")
        }
        XCTAssertThrowsError(try build("title: T\nlines:\n  - {from: Kyiv, to: Ukraine}\n")) { error in
            XCTAssertTrue("\(error)".contains("has no length (Kyiv and Ukraine overlap); give a place outside the area."), "\(error)")
        }
        XCTAssertThrowsError(try build("title: T\nborders: de-facto\n")) { error in
            XCTAssertTrue("\(error)".contains("add a layer with role: occupied"), "\(error)")
        }
    }

    func testOccupiedTerritoryIsShadedOnDeFactoMapsOnly() throws {
        let box = PlanarPolygon<Geographic>(exterior: [
            GeographicPoint(x: 33, y: 45), GeographicPoint(x: 34, y: 45), GeographicPoint(x: 34, y: 45.5), GeographicPoint(x: 33, y: 45),
        ])
        let deFacto = try build("title: T\nborders: de-facto\nplaces: [{place: Kyiv}]\n", occupied: ["RU": [box]])
        XCTAssertEqual(deFacto.areas.map(\.isOccupied), [true])
        let deJure = try build("title: T\nplaces: [{place: Kyiv}]\n", occupied: ["RU": [box]])
        XCTAssertTrue(deJure.areas.isEmpty)
        // Issue 26: a layer with role occupied is what de facto borders add; no --occupied needed.
        let layered = try MapBuilder(
            resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges,
            readLayer: { _ in ("held", [LayerFeature(polygons: [box], lines: [], points: [], label: nil)]) }
        ).build(
            try MapSpecParser.parse(
                text: "title: T\nborders: de-facto\nplaces: [{place: Kyiv}]\nlayers: [{file: held.gpkg, role: occupied}]\n",
                fileName: "maps/test.yaml"))
        XCTAssertEqual(layered.layers.map(\.role), [.occupied])
    }
}

/// Per-feature colours and legend rows.
final class FeatureStyleTests: XCTestCase {
    func testColoursAreCheckedAndNormalised() throws {
        let spec = try MapSpecParser.parse(
            text: "title: T\nrings: [{center: Wonsan, radius: 300 km, color: '#F80', legend: SRBM}]\n"
                + "lines: [{from: Wonsan, to: Busan, color: blue}]\n",
            fileName: "maps/test.yaml")
        XCTAssertEqual(spec.rings.first?.color, "#ff8800")
        XCTAssertEqual(spec.rings.first?.legend, "SRBM")
        XCTAssertEqual(spec.lines.first?.color, "#0072b2")
        XCTAssertThrowsError(try MapSpecParser.parse(text: "title: T\nlines: [{from: A, to: B, color: '#12345'}]\n", fileName: "m.yaml")) {
            XCTAssertTrue("\($0)".hasPrefix("m.yaml:2:33: 'color' must be #rrggbb, #rgb or one of orange"), "\($0)")
        }
    }
}
