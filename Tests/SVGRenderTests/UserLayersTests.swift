import Foundation
import Geodesy
import MapModel
import SVGValidation
import TestSupport
import XCTest

@testable import SVGRender

final class UserLayersTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func map(_ yaml: String, features: [LayerFeature]) throws -> BriefingMap {
        try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, readLayer: { _ in ("layer", features) }).build(
            try MapSpecParser.parse(text: yaml, fileName: "maps/test.yaml"))
    }

    static func point(_ longitude: Double, _ latitude: Double) -> GeographicPoint {
        GeographicPoint(x: longitude, y: latitude)
    }

    func testEachRoleIsDrawnUnderTheFeaturesWithItsLegendRowLabelsAndCredit() throws {
        let area = PlanarPolygon(exterior: [Self.point(36, 49.6), Self.point(37, 49.6), Self.point(37, 50.2), Self.point(36, 49.6)])
        let features = [
            LayerFeature(polygons: [area], lines: [], points: [], label: "Sector A"),
            LayerFeature(polygons: [], lines: [[Self.point(35.5, 49.5), Self.point(36.8, 50.3)]], points: [], label: nil),
            LayerFeature(polygons: [], lines: [], points: [Self.point(36.4, 49.8)], label: nil),
        ]
        let yaml = """
            title: T
            places: [{place: Kharkiv, role: impact}]
            extent: [34, 48.5, 38.5, 51]
            layers:
              - {file: a.gpkg, role: occupied, label: Held, source: Drawn by hand}
              - {file: b.gpkg, role: front-line, label: Front, color: blue}
            """
        let svg = try SVGRendererTests.renderer.render(try map(yaml, features: features))
        XCTAssertEqual(try SVGValidator(dtdURL: SVGValidator.debianDTD).validate(Data(svg.utf8)), [])
        XCTAssertTrue(svg.contains(#"<path class="layer-occupied" d=""#))
        XCTAssertTrue(svg.contains(#"<path class="layer-front-line-line" style="stroke:#0072b2" d=""#), "the spec's colour")
        XCTAssertTrue(svg.contains(#"<circle class="layer-occupied-point""#))
        XCTAssertTrue(svg.contains(">Sector A<"), "the label field's value")
        XCTAssertTrue(svg.contains(">Held<") && svg.contains(">Front<"), "a legend row each")
        XCTAssertTrue(svg.contains(">Layers: Held: Drawn by hand<"), "credited in the footer")
        let layers = try XCTUnwrap(svg.range(of: #"<g id="layers">"#)), places = try XCTUnwrap(svg.range(of: #"<g id="places">"#))
        XCTAssertLessThan(layers.lowerBound, places.lowerBound, "under the map's features")
    }

    func testMapsWithoutLayersKeepTheirStylesheet() throws {
        let svg = try SVGRendererTests.renderer.render(try map("title: T\nplaces: [{place: Kyiv}]\n", features: []))
        XCTAssertFalse(svg.contains("layer-"))
    }
}
