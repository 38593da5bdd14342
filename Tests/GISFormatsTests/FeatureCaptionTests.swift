import MapModel
import TestSupport
import XCTest

@testable import GISFormats

final class FeatureCaptionTests: XCTestCase {
    static let gazetteer = ProjectData.gazetteer

    func testALineWithoutALabelIsNamedByItsEndsAndDescribedByItsClaim() throws {
        let spec = try MapSpecParser.parse(
            text: "title: T\nplaces: [{place: Kyiv, note: Capital}]\nlines: [{from: Kyiv, to: Kharkiv, stated: 412 km}]\n"
                + "rings: [{center: Kyiv, radius: 100 km}]\n",
            fileName: "t.yaml")
        let table = FeatureTable(try MapBuilder(resolver: ProjectData.resolver, hedges: ProjectData.lexicon.hedges).build(spec))
        XCTAssertEqual(FeatureCaption(table.places[0]), FeatureCaption(name: "Kyiv", description: "Capital"))
        let line = FeatureCaption(table.lines[0])
        XCTAssertEqual(line.name, "Kyiv – Kharkiv")
        XCTAssertTrue(line.description?.hasPrefix("Consistent: Kyiv and Kharkiv are 412 km") ?? false, line.description ?? "")
        XCTAssertEqual(FeatureCaption(table.rings[0]).name, "Range from Kyiv")
    }
}
