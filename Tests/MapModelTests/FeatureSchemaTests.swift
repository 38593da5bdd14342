import Foundation
import TestSupport
import XCTest

@testable import MapModel

/// The fixed schema: names a Shapefile can hold, units in names, and the README's tables kept true.
final class FeatureSchemaTests: XCTestCase {
    func testShapefileNamesFitDBaseAndNoTwoFieldsOfAKindShareAName() {
        for kind in FeatureKind.allCases {
            for field in kind.fields {
                XCTAssertLessThanOrEqual(field.shapefileName.utf8.count, 10, field.shapefileName)
                XCTAssertTrue(field.shapefileName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            }
            // OGR's field names ignore case.
            XCTAssertEqual(Set(kind.fields.map { $0.name.lowercased() }).count, kind.fields.count, kind.rawValue)
            XCTAssertEqual(Set(kind.fields.map { $0.shapefileName.lowercased() }).count, kind.fields.count, kind.rawValue)
        }
    }

    func testEveryMeasuredNumberNamesItsUnit() {
        let unitless: Set = ["latitude", "longitude", "relativeDifference", "stroke-width", "fill-opacity"]
        for kind in FeatureKind.allCases {
            for field in kind.fields where field.type != .string && field.type != .boolean && field.type != .integer {
                XCTAssertTrue(
                    unitless.contains(field.name) || field.name.hasSuffix("Meters") || field.name.hasSuffix("Degrees"), field.name)
            }
        }
    }

    func testEveryKindStartsWithItsFeatureTypeAndEndsWithItsStyle() {
        for kind in FeatureKind.allCases {
            XCTAssertEqual(kind.fields.first?.name, "featureType")
            XCTAssertEqual(kind.fields.suffix(kind.styleProperties.count).map(\.name), kind.styleProperties.map(\.rawValue))
        }
    }

    /// README "Feature schema" lists each kind's fields in order, with the Shapefile name and type.
    func testTheReadmeTablesListTheSchema() throws {
        let readme = try String(contentsOf: Fixtures.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.components(separatedBy: "#### Feature schema").dropFirst().first else {
            return XCTFail("README has no Feature schema section")
        }
        var tables: [String: [String]] = [:]
        var kind = ""
        // The section ends at the next heading of its level or above ("### validate", "## Architecture").
        let body = section.components(separatedBy: "\n## ")[0].components(separatedBy: "\n### ")[0]
        for line in body.split(separator: "\n").map(String.init) {
            if line.hasPrefix("**"), let end = line.dropFirst(2).firstIndex(of: "*") {
                kind = String(line[line.index(line.startIndex, offsetBy: 2)..<end])
            } else if line.hasPrefix("| `") {
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                tables[kind, default: []].append(cells.prefix(3).joined(separator: " "))
            }
        }
        for kind in FeatureKind.allCases {
            let expected = kind.fields.map { "`\($0.name)` `\($0.shapefileName)` \(Self.typeName($0.type))" }
            XCTAssertEqual(tables[kind.rawValue], expected, kind.rawValue)
        }
        XCTAssertEqual(Set(tables.keys), Set(FeatureKind.allCases.map(\.rawValue)))
    }

    private static func typeName(_ type: FeatureFieldType) -> String {
        switch type {
        case .string: return "String"
        case .integer: return "Integer64"
        case .real: return "Real"
        case .boolean: return "Boolean"
        }
    }
}
