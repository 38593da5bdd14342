import Foundation
import TestSupport
import XCTest

@testable import SVGValidation

/// Issue 29: an SVG of 500,000 attributes or of many invalid siblings kept libxml2 busy for minutes.
final class SVGShapeLimitsTests: XCTestCase {
    func document(_ body: String, attributes: String = "") -> [UInt8] {
        Array(
            """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="10" height="10"\(attributes)>
            <!-- <a b="1" c="2"> a comment's tags do not count -->\(body)</svg>
            """.utf8)
    }

    func testAttributesAndElementsAreBoundedBeforeLibXML2Runs() {
        let many = (0...SVGShapeLimits.maximumAttributesPerElement).map { " a\($0)=\"x=y\"" }.joined()
        XCTAssertEqual(
            SVGShapeLimits.firstExcess(in: document("", attributes: many)),
            SVGValidationIssue(line: 2, column: 1, message: "an element has more than 1000 attributes; eventmap validates no such SVG"))
        let elements = String(repeating: "<g/>", count: SVGShapeLimits.maximumElements)
        XCTAssertEqual(
            SVGShapeLimits.firstExcess(in: document(elements))?.message,
            "the SVG has more than 100000 elements; eventmap validates no larger SVG")
        XCTAssertNil(SVGShapeLimits.firstExcess(in: document(String(repeating: "<g/>", count: 1000), attributes: #" a="1" b='2'"#)))
    }

    func testOnlyTheFirstThousandProblemsAreKept() throws {
        let validator = try SVGValidator(dtdURL: SVGValidator.debianDTD)
        let issues = validator.validate(Data(document(String(repeating: "<foo/>", count: 1500))))
        XCTAssertEqual(issues.count, 1001)
        XCTAssertEqual(issues.last?.description, "and 501 more problems after the first 1000")
    }
}
