import Foundation
import GISFormats
import Geodesy
import MapModel
import SVGValidation
import TestSupport
import XCTest

@testable import SVGRender

/// The stress specs in maps/gallery/ (`make gallery` draws them for people to look at): each is
/// valid SVG, keeps every impact and launch label, draws a range ring round wherever azimuthal
/// equidistant was chosen, and matches a golden digest (projection, frame, labels) in
/// Tests/Fixtures/gallery/ (regenerate: EVENTMAP_REGENERATE=1 swift test).
final class GalleryTests: XCTestCase {
    static var names: [String] {
        let folder = Fixtures.projectRoot.appendingPathComponent("maps/gallery")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(".yaml".count)) }.sorted()
    }

    func map(_ name: String) throws -> BriefingMap {
        let folder = Fixtures.projectRoot.appendingPathComponent("maps/gallery")
        let url = folder.appendingPathComponent("\(name).yaml")
        // Layers are read as the CLI reads them: through GDAL, relative to the spec's folder.
        let readLayer: MapBuilder.LayerReader = { layer in
            let read = try GISReader.layer(
                at: folder.appendingPathComponent(layer.file.value).path, named: layer.layer, labelField: layer.labelField)
            return (read.name, read.features)
        }
        return try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges, readLayer: readLayer).build(
            try MapSpecParser.parse(text: try String(contentsOf: url, encoding: .utf8), fileName: "maps/gallery/\(name).yaml"))
    }

    func testGalleryMapsKeepTheirLabelsAndMatchTheirDigests() throws {
        XCTAssertGreaterThanOrEqual(Self.names.count, 24)
        let validator = try SVGValidator(dtdURL: SVGValidator.debianDTD)
        for name in Self.names {
            let map = try map(name)
            let drawn = try SVGRendererTests.renderer.renderReporting(map)
            XCTAssertEqual(validator.validate(Data(drawn.svg.utf8)), [], name)
            for place in map.places where place.role != .reference {
                XCTAssertTrue(drawn.svg.contains(">\(SVGWriter.escape(place.label))<"), "\(name): the label of \(place.label) is kept")
            }
            try Fixtures.assertGolden(Self.digest(drawn), named: "gallery/\(name).txt")
        }
    }

    func testRangeRingsAreRoundInAzimuthalEquidistant() throws {
        for name in Self.names {
            let map = try map(name)
            let frame = try MapFrame(map: map, pixelRect: PageRect(minX: 0, minY: 0, maxX: 1200, maxY: 800))
            guard frame.definition.hasPrefix("+proj=aeqd"), let ring = map.rings.max(by: { $0.radiusMeters < $1.radiusMeters }),
                ring.azimuths == nil,
                frame.definition.contains("+lat_0=\(Length.plainNumber(ring.center.coordinate.latitudeDegrees, maximumDecimals: 6)) ")
            else { continue }
            let points = ring.area.polygons.flatMap { $0.exterior.coordinates }.compactMap(frame.project)
            let width = (points.map(\.x).max() ?? 0) - (points.map(\.x).min() ?? 0)
            let height = (points.map(\.y).max() ?? 0) - (points.map(\.y).min() ?? 0)
            XCTAssertEqual(width / height, 1, accuracy: 0.02, "\(name): the ring is round (\(width) × \(height) m)")
        }
    }

    /// What a reviewer wants to see change: the projection and frame (from the metadata) and every
    /// label drawn, in the order drawn.
    static func digest(_ drawn: SVGRenderer.Rendered) -> String {
        let svg = drawn.svg
        let metadata =
            svg.range(of: "<metadata>").flatMap { start in
                svg.range(of: "</metadata>").map { String(svg[start.upperBound..<$0.lowerBound]) }
            } ?? ""
        let labels = svg.components(separatedBy: "<text ").dropFirst().compactMap { piece -> String? in
            guard let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</text>") else { return nil }
            let classes = piece.range(of: #"class="[^"]*""#, options: .regularExpression).map { String(piece[$0]) } ?? ""
            return "\(classes) \(piece[piece.index(after: open)..<close.lowerBound])"
        }
        return ([metadata] + labels + drawn.droppedLabels.map { "dropped: \($0)" }).joined(separator: "\n") + "\n"
    }

    /// Issue 25, read from the drawn SVGs: the subject keeps its name as the spec wrote it (Hodeidah,
    /// not "1" in a key nor GeoNames' "Al Ḩudaydah"), the subject's country is named, the sea is named
    /// as water, a spec place that is a strait gets no dot, and a country's name is the short one.
    func testBriefingMapsNameTheirSubjectsTheirCountriesAndTheirWater() throws {
        let redSea = try SVGRendererTests.renderer.render(try map("red-sea"))
        XCTAssertTrue(redSea.contains(#"class="label-strong""#) && redSea.contains(">Hodeidah<"))
        XCTAssertFalse(redSea.contains(#"id="label-key""#))
        XCTAssertTrue(redSea.contains(#"class="country""#) && redSea.contains(">YEMEN<"))
        XCTAssertTrue(redSea.contains(#"class="water""#) && redSea.contains(">Red Sea<"))
        XCTAssertTrue(redSea.contains(">Range<"), "legend words a reader knows")
        let taiwan = try SVGRendererTests.renderer.render(try map("taiwan-strait"))
        XCTAssertTrue(taiwan.contains(#"<text class="label water-place""#) && taiwan.contains(">Taiwan Strait<"))
        XCTAssertEqual(
            taiwan.components(separatedBy: #"<circle class="reference""#).count - 1, 4,
            "Taipei, Kaohsiung, Xiamen and the legend's key; no dot for the strait")
        XCTAssertTrue(taiwan.contains(">CHINA<"))
        XCTAssertFalse(taiwan.contains("PEOPLE&#39;S REPUBLIC"))
    }

    /// Rings round one centre fill only their own band: the outer rings' fills have the inner ones cut
    /// out (a second subpath each), so a stack of three tints the centre once, not three times.
    func testNestedRingsFillOnlyTheirBands() throws {
        let svg = try SVGRendererTests.renderer.render(try map("nested-rings-5500km"))
        let fills = svg.components(separatedBy: #"<path class="ring-fill""#).dropFirst().map { piece in
            piece.prefix { $0 != ">" }.filter { $0 == "M" }.count
        }
        XCTAssertEqual(fills.count, 3)
        XCTAssertEqual(fills.filter { $0 >= 2 }.count, 2, "the 3,000 and 5,500 km fills are bands: \(fills)")
    }

    /// `style: print` survives a black-and-white printer: every colour its rules set is a grey, and
    /// the spec's own map uses them (the red-sea-print gallery map).
    func testThePrintStyleIsGreysOnly() throws {
        let colours = MapStyle.printStylesheet.matches(of: /#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/)
        XCTAssertFalse(colours.isEmpty)
        for colour in colours {
            XCTAssertTrue(colour.1 == colour.2 && colour.2 == colour.3, "\(colour.0) is not a grey")
        }
        let printed = try SVGRendererTests.renderer.render(try map("red-sea-print"))
        XCTAssertTrue(printed.contains(MapStyle.printStylesheet))
        let dark = try SVGRendererTests.renderer.render(try map("red-sea-dark"))
        XCTAssertTrue(dark.contains(MapStyle.darkStylesheet))
    }

    /// Issue 25: a reference place whose label finds no room is left off with its marker (no
    /// anonymous dots) and reported; `keep: true` keeps the marker.
    func testAReferencePlaceWithoutRoomForItsLabelIsLeftOffWithItsMarker() throws {
        func drawn(keep: Bool) throws -> SVGRenderer.Rendered {
            let extra = keep ? ", keep: true" : ""
            let places = (0..<12).map {
                "  - {place: \"50.00\(String(format: "%02d", $0)), 36.00\($0)\", label: Village number \($0 + 1)\(extra)}"
            }
            let spec = "title: T\nsize: [400, 300]\nplaces:\n" + places.joined(separator: "\n") + "\n"
            let map = try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(
                try MapSpecParser.parse(text: spec, fileName: "maps/test.yaml"))
            return try SVGRendererTests.renderer.renderReporting(map)
        }
        let dots = { (svg: String) in svg.components(separatedBy: #"<circle class="reference""#).count - 2 }  // less the legend's
        let left = try drawn(keep: false)
        XCTAssertFalse(left.droppedPlaces.isEmpty)
        XCTAssertEqual(left.droppedPlaces, left.droppedLabels)
        XCTAssertEqual(dots(left.svg), 12 - left.droppedPlaces.count, "a dot for each labelled place only")
        let kept = try drawn(keep: true)
        XCTAssertEqual(dots(kept.svg), 12)
        XCTAssertEqual(kept.droppedPlaces, [])
    }

    /// Twelve impact sites on one spot cannot all be labelled beside their markers: those without room
    /// are numbered there and listed in the key, none is lost, and none is reported as dropped.
    func testCrowdedImpactLabelsGoToTheNumberedKey() throws {
        let places = (0..<12).map {
            "  - {place: \"50.00\(String(format: "%02d", $0)), 36.00\($0)\", label: Site number \($0 + 1), role: impact}"
        }
        let spec = "title: T\nsize: [400, 300]\nplaces:\n" + places.joined(separator: "\n") + "\n"
        let map = try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(
            try MapSpecParser.parse(text: spec, fileName: "maps/test.yaml"))
        let drawn = try SVGRendererTests.renderer.renderReporting(map)
        XCTAssertTrue(drawn.svg.contains("id=\"label-key\""), "the key is drawn")
        for number in 1...12 {
            XCTAssertTrue(drawn.svg.contains(">Site number \(number)<"), "Site number \(number) is kept")
        }
        XCTAssertEqual(drawn.droppedLabels, [])
    }
}
