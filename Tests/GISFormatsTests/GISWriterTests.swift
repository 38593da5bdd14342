import Foundation
import Geodesy
import MapModel
import TestSupport
import XCTest

@testable import GISFormats

/// What GDAL writes for the example maps, checked in the files' own layouts (dBASE headers, CSV, KML
/// and GPX text); scripts/integration.d/32-gis-formats.sh reads every file back with ogrinfo and ogr2ogr.
final class GISWriterTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func map(_ name: String) throws -> BriefingMap {
        let url = Fixtures.projectRoot.appendingPathComponent("maps/\(name).yaml")
        let spec = try MapSpecParser.parse(text: try String(contentsOf: url, encoding: .utf8), fileName: "maps/\(name).yaml")
        return try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(spec)
    }

    func text(_ file: GISFile) -> String {
        String(decoding: file.data, as: UTF8.self)
    }

    func testFilesAreNamedAfterTheMapAndOneSetPerKindWhereTheFormatSaysSo() throws {
        let korea = try map("korea-460km")
        XCTAssertEqual(try GISWriter.files(for: korea, format: .gpkg).map(\.name), ["korea-460km.gpkg"])
        XCTAssertEqual(try GISWriter.files(for: korea, format: .kml).map(\.name), ["korea-460km.kml"])
        XCTAssertEqual(try GISWriter.files(for: korea, format: .csv).map(\.name), ["korea-460km.csv"])
        XCTAssertEqual(try GISWriter.files(for: korea, format: .gpx).map(\.name), ["korea-460km.gpx"])
        XCTAssertEqual(
            try GISWriter.files(for: korea, format: .fgb).map(\.name),
            ["korea-460km-places.fgb", "korea-460km-lines.fgb", "korea-460km-rings.fgb"])
        let shapefiles = try GISWriter.files(for: korea, format: .shp).map(\.name)
        XCTAssertEqual(shapefiles.count, 15)
        XCTAssertEqual(shapefiles.prefix(5), ["cpg", "dbf", "prj", "shp", "shx"].map { "korea-460km-places.\($0)" }[...])
    }

    func testTheSameMapGivesTheSameBytesInEveryFormat() throws {
        for name in Fixtures.exampleMapNames {
            let first = try map(name)
            let second = try map(name)
            for format in GISFormat.allCases {
                XCTAssertEqual(try GISWriter.files(for: first, format: format), try GISWriter.files(for: second, format: format), name)
            }
        }
    }

    func testAGeoPackageCarriesTheFixedTimestampAndTheMapsMetadata() throws {
        let file = try XCTUnwrap(try GISWriter.files(for: try map("korea-460km"), format: .gpkg).first)
        XCTAssertEqual(file.data.prefix(16), Data("SQLite format 3\0".utf8))
        let bytes = String(decoding: file.data, as: UTF8.self)
        XCTAssertTrue(bytes.contains(GISWriter.fixedTimestamp))
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        XCTAssertFalse(bytes.contains(today), "no time of writing")
        XCTAssertTrue(bytes.contains("A 460 km flight and the Wonsan–Busan distance"), "the title as metadata")
    }

    /// dBASE III header: a version byte, the date as years since 1900, month, day; 32-byte field
    /// descriptors (name in 11 bytes, type, length at offset 16) ending with 0x0D.
    func testAShapefileTableHasTheShortNamesWideTextAndAFixedDate() throws {
        let files = try GISWriter.files(for: try map("kharkiv-border"), format: .shp)
        let table = try XCTUnwrap(files.first { $0.name == "kharkiv-border-lines.dbf" }).data
        XCTAssertEqual(Array(table[1...3]), [100, 1, 1], "2000-01-01")
        var names: [String] = []
        var offset = 32
        while table[offset] != 0x0D {
            let name = table[offset..<offset + 11].prefix { $0 != 0 }
            names.append(String(decoding: name, as: UTF8.self))
            if table[offset + 11] == UInt8(ascii: "C") { XCTAssertEqual(table[offset + 16], 254, names.last ?? "") }
            offset += 32
        }
        XCTAssertEqual(names, FeatureKind.lines.fields.map(\.shapefileName))
        XCTAssertEqual(files.first { $0.name == "kharkiv-border-lines.cpg" }.map(text), "UTF-8")
    }

    func testACSVHasThePlacesSchemaAsItsHeader() throws {
        let csv = text(try XCTUnwrap(try GISWriter.files(for: try map("korea-460km"), format: .csv).first))
        let lines = csv.split(separator: "\n")
        XCTAssertEqual(lines.first.map(String.init), FeatureKind.places.fields.map(\.name).joined(separator: ","))
        XCTAssertEqual(lines.count, 5, "a header and four places")
        XCTAssertTrue(lines[1].hasPrefix("place,Wŏnsan,Wonsan,launch,,Frequent launch area on the east coast,39.15278,127.44361,KP,"))
    }

    func testKMLPlacemarksAreNamedByTheirLabelsAndStyledLikeTheSVG() throws {
        let kml = text(try XCTUnwrap(try GISWriter.files(for: try map("korea-460km"), format: .kml).first))
        XCTAssertTrue(kml.contains("<name>Wonsan</name>"), "the label, not the gazetteer's Wŏnsan")
        XCTAssertTrue(kml.contains("<name>Wonsan–Busan</name>"))
        XCTAssertTrue(kml.contains("<description>Frequent launch area on the east coast</description>"))
        // KML colours are aabbggrr: the launch marker #1b1b1b, the line #1f4e79, the ring's fill #d55e00 at 8%.
        XCTAssertTrue(kml.contains("<href>\(KMLStyle.iconFolder)triangle.png</href>"))
        XCTAssertTrue(kml.contains("<color>ff1b1b1b</color>"))
        XCTAssertTrue(kml.contains("<color>ff794e1f</color>"))
        XCTAssertTrue(kml.contains("<color>14005ed5</color>"))
        XCTAssertTrue(kml.contains("<SimpleData name=\"name\">Wŏnsan</SimpleData>"), "every schema field in ExtendedData")
    }

    func testGPXKeepsTheStatementInARoutesCommentAndJoinsALineAcrossTheAntimeridian() throws {
        let korea = text(try XCTUnwrap(try GISWriter.files(for: try map("korea-460km"), format: .gpx).first))
        XCTAssertTrue(korea.contains("<cmt>460 km</cmt>"))
        XCTAssertTrue(korea.contains("<type>launch</type>"))
        XCTAssertTrue(korea.contains("<name>Wonsan–Busan</name>"))
        let kamchatka = try map("kamchatka-antimeridian")
        XCTAssertEqual(kamchatka.lines[0].path.lines.count, 2, "the line is split at 180° in GeoJSON")
        let gpx = text(try XCTUnwrap(try GISWriter.files(for: kamchatka, format: .gpx).first))
        XCTAssertEqual(gpx.components(separatedBy: "<rte>").count, 2, "one route")
        let points = kamchatka.lines[0].path.lines.reduce(0) { $0 + $1.coordinates.count }
        XCTAssertEqual(gpx.components(separatedBy: "<rtept").count - 1, points - 1, "the seam's second point left out")
    }

    func testJoiningLeavesOutTheSecondSeamPoint() {
        let point = { (latitude: Double, longitude: Double) in Coordinate(uncheckedLatitudeDegrees: latitude, longitudeDegrees: longitude) }
        let pieces = GeoMultiLineString([
            GeoLineString([point(50, 170), point(55, 180)]), GeoLineString([point(55, -180), point(60, -170)]),
        ])
        XCTAssertEqual(GISWriter.joined(pieces).coordinates, [point(50, 170), point(55, 180), point(60, -170)])
    }
}
