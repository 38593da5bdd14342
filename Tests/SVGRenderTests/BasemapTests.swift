import Foundation
import Geodesy
import TestSupport
import XCTest

@testable import SVGRender

/// The packed basemap must hold exactly the GeoJSON's countries, rings and points (to float32).
final class BasemapTests: XCTestCase {
    func testPackedFileMatchesTheGeoJSONSource() throws {
        let folder = Fixtures.projectRoot.appendingPathComponent("maps/basemap")
        let source = try Basemap.load(geoJSON: folder.appendingPathComponent("countries.geojson"))
        let packed = try Basemap.load(packed: folder.appendingPathComponent("countries.bin"))
        XCTAssertEqual(source.countries.count, 250, "Natural Earth 1:10m has 250 admin-0 features")
        XCTAssertEqual(packed.countries.map(\.name), source.countries.map(\.name))
        XCTAssertEqual(packed.countries.map(\.isoCode), source.countries.map(\.isoCode))
        for (a, b) in zip(packed.countries, source.countries) {
            XCTAssertEqual(a.polygons.map { $0.map(\.count) }, b.polygons.map { $0.map(\.count) }, a.name)
            for (p, q) in zip(a.polygons.joined().joined(), b.polygons.joined().joined()) {
                XCTAssertEqual(p.x, q.x, accuracy: 1e-5)
                XCTAssertEqual(p.y, q.y, accuracy: 1e-5)
            }
        }
        XCTAssertTrue(source.countries.contains { $0.isoCode == "UA" && $0.name == "Ukraine" })
    }

    /// Issue 25: each country simplified on its own left slivers of sea between neighbours (1,011
    /// holes in the union of all land, Donbas and Abyei among them). Simplified as one coverage, the
    /// union has the 9 holes of the unsimplified source and no more: the Caspian and eight lakes and
    /// seas that several countries enclose.
    func testNeighboursShareTheirBordersWithNoGapBetween() throws {
        let basemap = try Basemap.load(packed: Fixtures.basemapFile("countries.bin"))
        let land = basemap.countries.flatMap(\.polygons).map { rings in
            PlanarPolygon<Geographic>(exterior: rings[0], holes: Array(rings.dropFirst()))
        }
        let union = PlanarGeometry().union(land)
        XCTAssertEqual(union.reduce(0) { $0 + $1.holes.count }, 9)
    }

    /// Natural Earth 1:10m rivers (with lake centre lines) and lakes, every feature packed.
    func testRiversAndLakesAreAllPacked() throws {
        // 1,455 features, some of them several lines (MultiLineStrings are packed line by line).
        XCTAssertEqual(try Basemap.lines(packed: Fixtures.basemapFile("rivers.bin")).count, 2442)
        XCTAssertEqual(try Basemap.load(packed: Fixtures.basemapFile("lakes.bin")).countries.count, 1354)
    }

    func testATruncatedPackedFileIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-truncated-\(UUID().uuidString).bin")
        let bytes = try Data(contentsOf: Fixtures.projectRoot.appendingPathComponent("maps/basemap/countries.bin"))
        try bytes.prefix(5000).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try Basemap.load(packed: url)) { error in
            XCTAssertEqual(
                "\(error)", "Cannot read the basemap \(url.path); run maps/basemap/build or set EVENTMAP_HOME to the eventmap folder.")
        }
    }

    /// Issue 29: a header claiming 2³²−1 lines made the loader allocate 17 GB and abort (SIGABRT).
    func testACorruptLineCountIsAnErrorNotAnAllocation() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eventmap-lines-\(UUID().uuidString).bin")
        var bytes = [UInt8]("EMLINE1\n".utf8) + [0xFF, 0xFF, 0xFF, 0xFF]
        bytes += [2, 0, 0, 0] + [UInt8](repeating: 0, count: 16)
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try Basemap.lines(packed: url)) { error in
            XCTAssertEqual(
                "\(error)", "Cannot read the basemap \(url.path); run maps/basemap/build or set EVENTMAP_HOME to the eventmap folder.")
        }
    }
}
