import Foundation
import Gazetteer
import Geodesy
import MapModel
import SVGValidation
import TestSupport
import XCTest

@testable import SVGRender

/// Golden SVGs for the example maps (regenerate: EVENTMAP_REGENERATE=1 swift test), each valid
/// against the SVG 1.1 DTD; xmllint and rsvg-convert check the same files in scripts/integration.d.
final class SVGRendererTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer
    static let renderer = SVGRenderer(
        basemap: try! Basemap.load(packed: Fixtures.basemapFile("countries.bin")),
        admin1Lines: try! Basemap.lines(packed: Fixtures.basemapFile("admin1-lines.bin")),
        widths: TextWidths(regular: TextWidths.debianRegular, bold: TextWidths.debianBold)!,
        detailedOutlines: DetailedOutlines(load: DetailedOutlinesTests.atlas),
        waterNames: try! WaterName.parse(
            seasTSV: String(contentsOf: Fixtures.projectRoot.appendingPathComponent("gazetteer/seas.tsv"), encoding: .utf8),
            path: "gazetteer/seas.tsv"))

    func map(_ yaml: String, name: String = "maps/test.yaml") throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(
            try MapSpecParser.parse(text: yaml, fileName: name))
    }

    func example(_ name: String) throws -> BriefingMap {
        let url = Fixtures.projectRoot.appendingPathComponent("maps/\(name).yaml")
        return try map(try String(contentsOf: url, encoding: .utf8), name: "maps/\(name).yaml")
    }

    func validator() throws -> SVGValidator {
        try SVGValidator(dtdURL: SVGValidator.debianDTD)
    }

    func testExampleMapsMatchGoldenFilesAndAreValidSVG() throws {
        XCTAssertGreaterThanOrEqual(Fixtures.exampleMapNames.count, 3, "the examples in maps/ are found")
        let validator = try validator()
        for name in Fixtures.exampleMapNames {
            let svg = try Self.renderer.render(try example(name))
            XCTAssertEqual(validator.validate(Data(svg.utf8)), [], name)
            try Fixtures.assertGolden(svg, named: "svg/\(name).svg")
            XCTAssertEqual(try Self.renderer.render(try example(name)), svg, "deterministic")
        }
    }

    /// Issue 25: two lines from Belgorod; "324 km" alone, drawn between Kharkiv and Zaporizhzhia,
    /// read as that pair's distance. A line sharing an end with another names its far end.
    func testLinesSharingAnEndNameTheirFarEnd() throws {
        let svg = try Self.renderer.render(try example("ukraine-winter-2024"))
        XCTAssertTrue(svg.contains(">to Zaporizhzhia: 324 km<"))
        XCTAssertTrue(svg.contains(">to Kharkiv: 73 km<"))
        let single = try Self.renderer.render(try map("title: T\nlines: [{from: Wonsan, to: Busan}]"))
        XCTAssertTrue(single.contains(">471 km<"), "a line alone keeps its plain distance")
    }

    func testHostileLabelsCannotInjectMarkup() throws {
        let yaml = """
            title: "<script>alert(1)</script> & ]]> \\"quoted\\" 'single'"
            subtitle: "مرحبا بالعالم 🚀 &amp;"
            places:
              - place: Kyiv
                label: "<g onload=\\"x()\\"><script>evil()</script>"
              - place: Kharkiv
                label: "]]><!ENTITY x SYSTEM 'file:///etc/passwd'>"
            """
        let svg = try Self.renderer.render(try map(yaml))
        XCTAssertEqual(try validator().validate(Data(svg.utf8)), [])
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("<g onload"))
        XCTAssertFalse(svg.contains("<!ENTITY"))
        XCTAssertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &quot;quoted&quot; &#39;single&#39;"))
        XCTAssertTrue(svg.contains("🚀 &amp;amp;"))
    }

    /// The bar's pixels must equal the page distance of a geodesic of the bar's length at the centre.
    func testScaleBarMatchesAGeodesicAtTheMapCentre() throws {
        for name in Fixtures.exampleMapNames {
            let frame = try MapFrame(map: try example(name), pixelRect: PageRect(minX: 12, minY: 74, maxX: 1188, maxY: 756))
            let centre = try XCTUnwrap(
                frame.projection.inverse(
                    x: (frame.visibleRect.minX + frame.visibleRect.maxX) / 2,
                    y: (frame.visibleRect.minY + frame.visibleRect.maxY) / 2))
            let bar = try XCTUnwrap(ScaleBar.make(frame: frame, center: centre, unit: .kilometers, targetPixels: 200))
            XCTAssertLessThanOrEqual(bar.pixels, 200)
            XCTAssertTrue([1.0, 2, 5].contains(bar.length.kilometers / pow(10, floor(log10(bar.length.kilometers)))), bar.caption)
            // Half the bar eastward and half westward, measured along the geodesic through the centre.
            let east = Geodesic.wgs84.direct(from: centre, azimuthDegrees: 90, distanceMeters: bar.length.meters / 2).destination
            let west = Geodesic.wgs84.direct(from: centre, azimuthDegrees: -90, distanceMeters: bar.length.meters / 2).destination
            let a = try XCTUnwrap(frame.project(west).map(frame.pixel)), b = try XCTUnwrap(frame.project(east).map(frame.pixel))
            XCTAssertEqual(hypot(b.x - a.x, b.y - a.y), bar.pixels, accuracy: bar.pixels * 0.01, name)
        }
    }

    func testPlacedLabelsNeverOverlapEachOtherOrObstacles() {
        var generator = SplitMix64(seed: 8)
        let obstacles = (0..<30).map { _ -> PageRect in
            let x = Double.random(in: 0...900, using: &generator), y = Double.random(in: 0...500, using: &generator)
            return PageRect(minX: x, minY: y, maxX: x + 10, maxY: y + 10)
        }
        var placer = LabelPlacer(
            widths: Self.renderer.widths, bounds: PageRect(minX: 0, minY: 0, maxX: 1000, maxY: 600), obstacles: obstacles)
        let requests = (0..<300).map { index in
            LabelPlacer.Request(
                text: "Place \(index)",
                anchor: PagePoint(x: Double.random(in: 0...1000, using: &generator), y: Double.random(in: 0...600, using: &generator)),
                fontSize: 12, priority: Double(index % 7), offset: 8, className: "label")
        }
        let placed = placer.place(requests)
        XCTAssertGreaterThan(placed.count, 20)
        XCTAssertLessThan(placed.count, 300, "a crowded map must drop labels")
        for (index, label) in placed.enumerated() {
            XCTAssertFalse(obstacles.contains { $0.intersects(label.box) })
            for other in placed[(index + 1)...] {
                XCTAssertFalse(label.box.intersects(other.box), "\(label.request.text) overlaps \(other.request.text)")
            }
        }
    }

    func testDeFactoMapsShadeTheOccupiedFileAndSaySoInTheLegend() throws {
        let box = PlanarPolygon<Geographic>(exterior: [
            GeographicPoint(x: 33, y: 45), GeographicPoint(x: 34, y: 45), GeographicPoint(x: 34, y: 45.5), GeographicPoint(x: 33, y: 45),
        ])
        let spec = try MapSpecParser.parse(text: "title: T\nborders: de-facto\nplaces: [{place: Kyiv}]\n", fileName: "maps/test.yaml")
        let map = try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, occupied: ["RU": [box]]).build(spec)
        let svg = try Self.renderer.render(map)
        XCTAssertTrue(svg.contains("class=\"occupied\""))
        XCTAssertTrue(svg.contains("Occupied (as the user"))
        XCTAssertEqual(try validator().validate(Data(svg.utf8)), [])
    }
}
