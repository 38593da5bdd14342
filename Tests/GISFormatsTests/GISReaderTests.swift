import Foundation
import Geodesy
import MapModel
import TestSupport
import XCTest

@testable import GISFormats

/// Reading users' layers: the example GeoPackage, reprojection, and each refusal in its words.
final class GISReaderTests: XCTestCase {
    static let exercise = Fixtures.projectRoot.appendingPathComponent("maps/layers/exercise.gpkg").path

    /// A scratch file of `text`, removed after the test.
    func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gis-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testTheExampleLayersAreReadWithTheirLabels() throws {
        let held = try GISReader.layer(at: Self.exercise, named: "held", labelField: "name")
        XCTAssertEqual(held.name, "held")
        XCTAssertEqual(held.features.map(\.label), ["Sector A", "Sector B"])
        XCTAssertEqual(
            held.features[0].polygons.first?.exterior.first, GeographicPoint(x: -24.0, y: 64.75), "maps/layers/exercise-held.geojson")
        let front = try GISReader.layer(at: Self.exercise, named: "front", labelField: nil)
        XCTAssertEqual(front.features.map(\.lines.count), [1])
        XCTAssertEqual(front.features[0].lines[0].count, 6)
        XCTAssertNil(front.features[0].label)
    }

    /// Kyiv in Web Mercator, from PROJ's cs2cs: `echo "50.45466 30.5238" | cs2cs EPSG:4326 EPSG:3857`.
    func testALayerInAnotherCoordinateSystemIsReprojectedToLongitudeLatitude() throws {
        let path = try file(
            "kyiv.geojson",
            #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":["#
                + #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[3397893.8731,6525390.4596]}}]}"#)
        let point = try XCTUnwrap(try GISReader.layer(at: path, named: nil, labelField: nil).features.first?.points.first)
        XCTAssertEqual(point.x, 30.5238, accuracy: 1e-7)
        XCTAssertEqual(point.y, 50.45466, accuracy: 1e-7)
    }

    func testEachRefusalNamesTheFileAndWhatToDo() throws {
        let path = Self.exercise
        XCTAssertThrowsError(try GISReader.layer(at: path, named: nil, labelField: nil)) {
            XCTAssertEqual("\($0)", "\(path) has 2 layers (held, front); choose one with layer:.")
        }
        XCTAssertThrowsError(try GISReader.layer(at: path, named: "frontline", labelField: nil)) {
            XCTAssertEqual("\($0)", "\(path) has no layer 'frontline'; its layers are held, front.")
        }
        XCTAssertThrowsError(try GISReader.layer(at: path, named: "held", labelField: "title")) {
            XCTAssertEqual("\($0)", "The layer 'held' of \(path) has no field 'title' for label-field; its fields are name.")
        }
        XCTAssertThrowsError(try GISReader.layer(at: path, named: "held", labelField: nil, maximumVertices: 8)) {
            XCTAssertEqual(
                "\($0)",
                "The layer 'held' of \(path) has more than 8 vertices, more than a map draws; simplify it (ogr2ogr -simplify) or clip it "
                    + "to the map (ogr2ogr -clipsrc).")
        }
        let notes = try file("notes.txt", "not a dataset\n")
        XCTAssertThrowsError(try GISReader.layer(at: notes, named: nil, labelField: nil)) { error in
            guard case .unreadable(let named, _) = error as? GISError else { return XCTFail("\(error)") }
            XCTAssertEqual(named, notes)
            XCTAssertTrue("\(error)".hasSuffix("; give a GeoPackage, Shapefile, GeoJSON, FlatGeobuf, KML, GPX or CSV file."), "\(error)")
        }
        let table = try file("table.csv", "name,count\nKyiv,3\n")
        XCTAssertThrowsError(try GISReader.layer(at: table, named: nil, labelField: nil)) {
            XCTAssertEqual(
                "\($0)",
                "The layer 'table' of \(table) has no geometry; give a layer of points, lines or areas (a CSV needs a WKT column).")
        }
        let metres = try file(
            "metres.geojson",
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"#
                + #""geometry":{"type":"Point","coordinates":[500000,6000000]}}]}"#)
        XCTAssertThrowsError(try GISReader.layer(at: metres, named: nil, labelField: nil)) {
            XCTAssertEqual($0 as? GISError, .notLongitudeLatitude(path: metres, layer: "metres"))
        }
    }

    func testADriverThatReachesTheNetworkIsNotAllowed() throws {
        let vrt = try file(
            "remote.vrt",
            #"<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/vsicurl/http://192.0.2.1/x.geojson</SrcDataSource>"#
                + "</OGRVRTLayer></OGRVRTDataSource>")
        XCTAssertThrowsError(try GISReader.layer(at: vrt, named: nil, labelField: nil)) { error in
            guard case .unreadable = error as? GISError else { return XCTFail("\(error)") }
        }
    }
}
