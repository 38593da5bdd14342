import XCTest

@testable import MapModel

final class MapSpecWriterTests: XCTestCase {
    private func draft(source: String, note: String) -> SpecDraft {
        SpecDraft(
            source: source, title: "Events reported in \(source)", date: "2022-10-06",
            places: [
                SpecDraft.Place(place: "39.15278, 127.44361", label: "Wŏnsan \"east\"", role: .launch, date: "2022-10-06", note: note)
            ],
            lines: [SpecDraft.Line(from: "39.15278, 127.44361", to: "35.10168, 129.03004", stated: "about 460 km", label: "Wŏnsan–Busan")],
            areas: [SpecDraft.Area(area: "Kursk region, RU", label: "Kurskaya \"oblast\"")])
    }

    func testWrittenSpecReadsBackWithEveryValueIntact() throws {
        let written = MapSpecWriter.yaml(draft(source: "korea", note: "Fired \\ from \"Wonsan\"\tarea."))
        let spec = try MapSpecParser.parse(text: written, fileName: "draft.yaml")
        XCTAssertEqual(spec.title, "Events reported in korea")
        XCTAssertEqual(spec.places.first?.place.value, "39.15278, 127.44361")
        XCTAssertEqual(spec.places.first?.label, "Wŏnsan \"east\"")
        XCTAssertEqual(spec.places.first?.role, .launch)
        XCTAssertEqual(spec.places.first?.note, "Fired \\ from \"Wonsan\"\tarea.")
        XCTAssertEqual(spec.lines.first?.stated?.value, "about 460 km")
        XCTAssertEqual(spec.areas.first?.area.value, "Kursk region, RU")
        XCTAssertEqual(spec.areas.first?.label, "Kurskaya \"oblast\"")
    }

    func testAFileNameOrNoteCannotInjectYAML() throws {
        let hostileName = "report\ntitle: injected\nprojection: \"+proj=x"
        let written = MapSpecWriter.yaml(draft(source: hostileName, note: "line one\u{7}\u{1B}[31m\u{2028}end"))
        XCTAssertEqual(written.split(separator: "\n").filter { $0.hasPrefix("title:") }.count, 1, written)
        XCTAssertTrue(written.hasPrefix("# Draft written by eventmap extract from report\\ntitle: injected\\nprojection: \\\"+proj=x;"))
        let spec = try MapSpecParser.parse(text: written, fileName: "draft.yaml")
        XCTAssertEqual(spec.title, "Events reported in \(hostileName)")
        XCTAssertEqual(spec.projection, .auto)
        XCTAssertEqual(spec.places.first?.note, "line one\u{7}\u{1B}[31m\u{2028}end")
    }

    func testParserAndWriterShareTheFieldNames() {
        XCTAssertEqual(MapSpecParser.placeFields, ["place", "label", "role", "date", "note", "keep"])
        XCTAssertEqual(MapSpecParser.ringFields, ["center", "radius", "radii", "inner-radius", "azimuths", "label", "color", "legend"])
        XCTAssertEqual(MapSpecParser.areaFields, ["area", "label"])
    }
}
