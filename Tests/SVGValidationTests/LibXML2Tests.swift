import Foundation
import TestSupport
import XCTest

@testable import SVGValidation

/// The validator against cases whose validity xmllint decides the same way (see shared DATA.md §4).
final class LibXML2Tests: XCTestCase {
    private var validator: SVGValidator!

    override func setUpWithError() throws {
        validator = try SVGValidator(dtdURL: SVGValidator.debianDTD)
    }

    func svg(_ body: String) -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="10" height="10">
            \(body)
            </svg>
            """.utf8)
    }

    func testValidSVGPasses() {
        XCTAssertEqual(
            validator.validate(svg(##"<a xlink:href="#ev-1"><circle id="ev-1" cx="5" cy="5" r="2" style="paint-order:stroke"/></a>"##)), [])
    }

    func testDTDViolationsAreReportedWithLineAndColumn() {
        let issues = validator.validate(svg(#"<circle cx="5" cy="5" r="2" data-foo="x"/>"#))
        XCTAssertFalse(issues.isEmpty)
        XCTAssertEqual(issues.first?.line, 3)
        XCTAssertTrue(issues.contains { $0.message.contains("data-foo") }, "\(issues)")
        XCTAssertFalse(validator.validate(svg(#"<circle id="1a" r="2"/>"#)).isEmpty, "ids may not start with a digit")
        XCTAssertFalse(validator.validate(svg(#"<circle r="2" paint-order="stroke"/>"#)).isEmpty)
        XCTAssertFalse(validator.validate(svg(##"<a href="#x"><circle r="1"/></a>"##)).isEmpty, "a bare href is SVG 2")
        XCTAssertFalse(validator.validate(svg(#"<circle id="a" r="1"/><circle id="a" r="1"/>"#)).isEmpty, "duplicate ids")
    }

    func testMalformedXMLIsReported() {
        let issues = validator.validate(Data("<svg><g></svg>".utf8))
        XCTAssertFalse(issues.isEmpty)
        XCTAssertGreaterThan(issues[0].line, 0)
    }

    func testExternalEntitiesAreRefusedWithoutReadingThem() {
        let hostile = Data(
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="10" height="10"><text x="1" y="1">&secret;</text></svg>
            """.utf8)
        let issues = validator.validate(hostile)
        XCTAssertFalse(issues.isEmpty)
        XCTAssertFalse(issues.contains { $0.message.contains("root:") }, "the file's contents must never appear")
        XCTAssertTrue(issues.contains { $0.message.contains("declares entities") }, "\(issues)")
    }

    func testNetworkDoctypesAreNeverFetched() {
        // A DOCTYPE naming a URL validates against our DTD; libxml2 is not asked to load the URL.
        let data = Data(
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="10" height="10"><rect width="1" height="1"/></svg>
            """.utf8)
        XCTAssertEqual(validator.validate(data), [])
    }
}
