import Foundation
import Gazetteer
import Geodesy
import MapModel
import TestSupport
import XCTest

@testable import SVGRender

/// Small frames draw the outlines distances are measured on; larger ones never read them.
final class DetailedOutlinesTests: XCTestCase {
    static let basemap = try! Basemap.load(packed: Fixtures.basemapFile("countries.bin"))
    static let widths = TextWidths(regular: TextWidths.debianRegular, bold: TextWidths.debianBold)!

    static func atlas() throws -> AreaAtlas {
        let url = Fixtures.basemapFile("areas.bin")
        return try AreaAtlas(packed: try Data(contentsOf: url), path: url.path)
    }

    func map(_ yaml: String) throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(
            try MapSpecParser.parse(text: yaml, fileName: "maps/test.yaml"))
    }

    /// Near Gaza the countries come with every vertex of areas.bin, not the simplified outline.
    func testCountriesNearAWindowComeUnsimplified() throws {
        let outlines = DetailedOutlines(load: Self.atlas)
        let window = GeographicRect(minX: 34.1, minY: 31.1, maxX: 34.7, maxY: 31.6)
        let near = try outlines.countries(of: Self.basemap, near: window)
        let names = Set(near.map(\.isoCode))
        XCTAssertTrue(names.isSuperset(of: ["PS", "IL", "EG"]))
        XCTAssertFalse(names.contains("KR"))
        let atlas = try Self.atlas()
        let palestine = try XCTUnwrap(near.first { $0.isoCode == "PS" })
        let unit = try XCTUnwrap(atlas.units.first { $0.isoCode == "PS" })
        XCTAssertEqual(palestine.polygons.flatMap { $0.map(\.count) }, unit.polygons.flatMap { $0.map(\.points.count) })
        let simplified = try XCTUnwrap(Self.basemap.countries.first { $0.isoCode == "PS" })
        XCTAssertGreaterThan(
            palestine.polygons.joined().reduce(0) { $0 + $1.count }, simplified.polygons.joined().reduce(0) { $0 + $1.count })
    }

    /// A frame under 500 km reads the detailed outlines (here a loader that fails, to see that it is
    /// called); a country-sized frame never does.
    func testOnlyFramesUnder500KilometresReadTheDetailedOutlines() throws {
        let failing = DetailedOutlines(load: { throw RenderError.basemapMismatch })
        let renderer = SVGRenderer(basemap: Self.basemap, widths: Self.widths, detailedOutlines: failing)
        let small = try map("title: Gaza\nextent: [34.15, 31.15, 34.6, 31.5]\nplaces: [{place: \"31.2469, 34.2586\", label: Rafah}]")
        XCTAssertThrowsError(try renderer.render(small)) { XCTAssertEqual($0 as? RenderError, .basemapMismatch) }
        let large = try map("title: Korea\nplaces: [{place: \"39.15, 127.44\", label: Wonsan}, {place: \"35.18, 129.08\", label: Busan}]")
        XCTAssertNoThrow(try renderer.render(large))
    }

    /// countries.bin and areas.bin from different builds are refused, not drawn with wrong outlines.
    func testMismatchedFilesAreRefused() throws {
        let outlines = DetailedOutlines(load: Self.atlas)
        let other = Basemap(countries: Array(Self.basemap.countries.dropFirst()))
        XCTAssertThrowsError(try outlines.countries(of: other, near: GeographicRect(minX: 0, minY: 0, maxX: 1, maxY: 1))) {
            XCTAssertEqual($0 as? RenderError, .basemapMismatch)
        }
    }
}
