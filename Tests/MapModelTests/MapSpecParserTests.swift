import XCTest

@testable import MapModel

final class MapSpecParserTests: XCTestCase {
    func parse(_ text: String) throws -> MapSpec {
        try MapSpecParser.parse(text: text, fileName: "maps/test.yaml")
    }

    func assertError(_ text: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(text), file: file, line: line) { error in
            XCTAssertEqual("\(error)", message, file: file, line: line)
        }
    }

    func testAFullSpecReadsEveryField() throws {
        let spec = try parse(
            """
            title: Strikes
            subtitle: Sub
            date: 2023-12-30/2024-02-07
            source: Reports
            projection: lambert-conformal
            extent: [170, 50, -170, 65]
            size: [900, 600]
            borders: de-facto
            inset: false
            units: mi
            places:
              - place: Kharkiv
                label: Kharkiv city
                role: impact
                date: 2024-01-02
                note: Two strikes
            lines:
              - {from: Wonsan, to: Busan, stated: 460 km, tolerance: 5%, label: flight}
            rings:
              - center: Wonsan
                radii: [300 km, 460 km]
                azimuths: [90, 180]
            """)
        XCTAssertEqual(spec.name, "test")
        XCTAssertEqual(spec.projection, .lambertConformal)
        XCTAssertEqual(spec.extent?.west, 170)
        XCTAssertEqual(spec.widthPixels, 900)
        XCTAssertEqual(spec.borders, .deFacto)
        XCTAssertEqual(spec.places[0].role, .impact)
        XCTAssertEqual(spec.places[0].place.location, SourceLocation(file: "maps/test.yaml", line: 12, column: 12))
        XCTAssertEqual(spec.lines[0].stated?.value, "460 km")
        XCTAssertEqual(spec.rings[0].radii.map(\.value), ["300 km", "460 km"])
    }

    func testJSONSpecsAreAccepted() throws {
        XCTAssertEqual(try parse(#"{"title": "T", "places": [{"place": "Kyiv"}]}"#).places.count, 1)
    }

    func testProblemsAreLocatedSentences() {
        assertError("titel: Strikes\n", "maps/test.yaml:1:1: unknown field 'titel' in the spec; did you mean 'title'?")
        assertError(
            "subtitle: x\n", "maps/test.yaml:1:1: the field 'title' is required; add e.g. title: Missile strikes on Kharkiv, winter 2024.")
        assertError(
            "title: T\nplaces:\n  - place: Kharkiv\n    role: target\n",
            "maps/test.yaml:4:11: 'role' must be one of impact, launch, reference, not 'target'.")
        assertError(
            "title: T\nstyle: drak\n", "maps/test.yaml:2:8: 'style' must be one of light, dark, print, not 'drak' (did you mean 'dark'?).")
        assertError(
            "title: T\nplaces:\n  - plaec: Kharkiv\n", "maps/test.yaml:3:5: unknown field 'plaec' in a place; did you mean 'place'?")
        assertError(
            "title: T\nextent: [40, 44, 22, 53]\n",
            "maps/test.yaml:2:9: in 'extent' west 40.0 is east of east 22.0; swap them, or for an extent across the antimeridian give "
                + "west > 0 and east < 0, e.g. [170, 50, -170, 65]."
        )
        assertError(
            "title: T\ndate: 2024-02-30\n",
            "maps/test.yaml:2:7: '2024-02-30' is not a date; write YYYY-MM-DD such as 2024-01-02, or an interval such as "
                + "2023-12-30/2024-02-07."
        )
        assertError(
            "title: T\nprojection: mercatr\n",
            "maps/test.yaml:2:13: unknown projection 'mercatr'; did you mean 'mercator'? Or give a PROJ string such as +proj=ortho "
                + "+lat_0=40 +lon_0=128."
        )
        assertError(
            "title: T\nrings:\n  - center: Wonsan\n",
            "maps/test.yaml:3:5: a ring needs 'radius' (e.g. radius: 460 km) or 'radii' (e.g. radii: [300 km, 460 km]).")
        assertError(
            "title: [unclosed\n",
            "maps/test.yaml:2:1: YAML syntax error: did not find expected ',' or ']'; check indentation, colons and quotes.")
    }

    func testAliasBombsAreRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "title: T\nplaces: *a9\n"
        XCTAssertThrowsError(try parse(yaml)) { error in
            XCTAssertTrue("\(error)".contains("unknown field 'a0'") || "\(error)".contains("more than 100000 YAML nodes"), "\(error)")
        }
        XCTAssertThrowsError(try parse("title: T\nplaces: &p [{place: Kyiv}]\nlines: *p\n"))
    }

    /// Aliases under allowed fields: 10,000 references to one 5-field place expand to 110,000 nodes.
    func testTheNodeBudgetStopsAliasExpansion() {
        let yaml =
            "title: T\nplaces:\n  - &p {place: Kyiv, label: K, role: impact, date: 2024-01-02, note: n}\n"
            + String(repeating: "  - *p\n", count: 9_999)
        XCTAssertThrowsError(try parse(yaml)) { error in
            XCTAssertTrue(
                "\(error)".hasSuffix("the spec expands to more than 100000 YAML nodes (aliases?); write it out plainly."), "\(error)")
        }
    }

    func testOversizedListsAreRefused() {
        let places = String(repeating: "  - place: Kyiv\n", count: 10_001)
        XCTAssertThrowsError(try parse("title: T\nplaces:\n" + places)) { error in
            XCTAssertEqual("\(error)", "maps/test.yaml:3:3: 'places' has 10001 items; a map takes at most 10000.")
        }
    }

    /// Every radius is a feature: 20,000 radii in one ring were accepted before.
    func testRadiiCountTowardsTheFeatureLimit() {
        let radii = (1...10_001).map { "\($0) km" }.joined(separator: ", ")
        assertError(
            "title: T\nrings: [{center: Kyiv, radii: [\(radii)]}]\n",
            "maps/test.yaml:1:1: the spec has 10001 features (places, lines, ring radii and areas); a map takes at most 10000.")
    }

    /// One 20 KB string aliased on 1,000 places is 20 MB of text: refused by the text budget.
    func testTheTextBudgetStopsAliasedLongStrings() {
        let long = String(repeating: "x", count: 20_000)
        let yaml =
            "title: T\nplaces:\n  - {place: Kyiv, note: &n \(long)}\n" + String(repeating: "  - {place: Kyiv, note: *n}\n", count: 999)
        XCTAssertThrowsError(try parse(yaml)) { error in
            XCTAssertTrue("\(error)".hasSuffix("the spec's text expands to more than 10 MB (aliases?); write it out plainly."), "\(error)")
        }
    }

    /// Each of these was accepted, or answered in several lines, before.
    func testHostileSpecsGetOneLocatedSentence() {
        assertError("title: T\ntitle: U\n", "maps/test.yaml:2:1: the field 'title' appears twice in the same mapping; keep one.")
        assertError(
            "title: null\n",
            "maps/test.yaml:1:8: 'title' is null; add e.g. title: Missile strikes on Kharkiv, winter 2024, or quote it (\"null\") "
                + "if that is the text.")
        assertError(
            "title: T\nprojection: \"+proj=merc +nadgrids=/etc/shadow\"\n",
            "maps/test.yaml:2:13: the projection '+proj=merc +nadgrids=/etc/shadow' is refused: +nadgrids= makes PROJ read files; "
                + "give a PROJ string without file parameters or a code such as EPSG:3857.")
        assertError(
            "title: T\nextent: [180, 10, -180, 20]\n",
            "maps/test.yaml:2:9: in 'extent' west and east are the same meridian; give a box with some width.")
        XCTAssertEqual(try parse("title: \"null\"\n").title, "null", "a quoted null is text")
    }

    func testLayersReadTheirFieldsWithOtherAsTheDefaultRole() throws {
        let spec = try parse(
            """
            title: T
            layers:
              - {file: control.gpkg, layer: held, label: Held, label-field: name, role: occupied, color: grey, source: ISW}
              - file: front.geojson
            """)
        XCTAssertEqual(spec.layers.count, 2)
        XCTAssertEqual(spec.layers[0].file.value, "control.gpkg")
        XCTAssertEqual(spec.layers[0].file.location, SourceLocation(file: "maps/test.yaml", line: 3, column: 12))
        XCTAssertEqual(spec.layers[0].layer, "held")
        XCTAssertEqual(spec.layers[0].labelField, "name")
        XCTAssertEqual(spec.layers[0].role, .occupied)
        XCTAssertEqual(spec.layers[0].color, "#666666")
        XCTAssertEqual(spec.layers[0].source, "ISW")
        XCTAssertEqual(spec.layers[1].role, .other)
        XCTAssertNil(spec.layers[1].layer)
    }

    func testALayerNeedsAFileAndAKnownRole() {
        assertError(
            "title: T\nlayers:\n  - {layer: held}\n", "maps/test.yaml:3:5: the field 'file' is required; add e.g. file: control.gpkg.")
        assertError(
            "title: T\nlayers:\n  - {file: a.gpkg, role: frontline}\n",
            "maps/test.yaml:3:26: 'role' must be one of occupied, front-line, area, other, not 'frontline' (did you mean 'front-line'?).")
    }
}
