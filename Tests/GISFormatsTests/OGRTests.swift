import Geodesy
import MapModel
import XCTest

@testable import GISFormats

final class OGRTests: XCTestCase {
    func testGDALReportsItsReleaseAtRunTime() throws {
        let version = try GDALLibrary.version()
        XCTAssertNotNil(version.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression), version)
    }

    func testAWarningFromGDALFailsTheWriteWithGDALsOwnWords() {
        // GDAL's GeoPackage driver warns about a polygon in a layer of points, and writes it: nothing is kept.
        let polygon = GeoMultiPolygon([GeoPolygon(exterior: GeoLinearRing([(0, 0), (0, 1), (1, 1), (0, 0)].map(Self.point)))])
        let dataset = VectorDataset(
            driver: "GPKG", fileName: "t.gpkg",
            layers: [
                VectorLayer(
                    name: "t", geometryType: .point, fields: [],
                    features: [VectorFeature(geometry: .polygons(polygon), values: [])])
            ])
        XCTAssertThrowsError(try OGR.write(dataset)) { error in
            guard case let .writeFailed(file, reason) = error as? GISError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "t.gpkg")
            XCTAssertTrue(reason.hasPrefix("A geometry of type MULTIPOLYGON is inserted into layer t of geometry type POINT"), reason)
        }
    }

    private static func point(_ degrees: (Double, Double)) -> Coordinate {
        Coordinate(uncheckedLatitudeDegrees: degrees.0, longitudeDegrees: degrees.1)
    }

    func testAnUnknownDriverIsNamed() {
        let dataset = VectorDataset(driver: "NoSuchDriver", fileName: "x.nsd", layers: [])
        XCTAssertThrowsError(try OGR.write(dataset)) { error in
            XCTAssertEqual(error as? GISError, .writeFailed(file: "x.nsd", reason: "this GDAL has no NoSuchDriver driver"))
        }
    }

    func testTypesAndNullsAreWrittenAsGiven() throws {
        let values: [FeatureValue] = [.string("a,b"), .integer(3_000_000_000), .real(0.125), .boolean(true), .null]
        let dataset = VectorDataset(
            driver: "CSV", fileName: "t.csv",
            layers: [
                VectorLayer(
                    name: "t", geometryType: .none,
                    fields: [
                        VectorField(name: "s", type: .string), VectorField(name: "i", type: .integer),
                        VectorField(name: "r", type: .real(decimals: 3)), VectorField(name: "b", type: .boolean),
                        VectorField(name: "n", type: .string),
                    ],
                    options: [("LINEFORMAT", "LF"), ("STRING_QUOTING", "IF_NEEDED")],
                    features: [VectorFeature(geometry: nil, values: values)])
            ])
        let files = try OGR.write(dataset)
        XCTAssertEqual(files.map(\.name), ["t.csv"])
        XCTAssertEqual(String(decoding: files[0].data, as: UTF8.self), "s,i,r,b,n\n\"a,b\",3000000000,0.125,1,\n")
    }
}
