import TestSupport
import XCTest

@testable import Gazetteer

final class NameFoldingTests: XCTestCase {
    func testDiacriticsCaseApostrophesAndHyphensFoldAway() {
        XCTAssertEqual(NameFolding.fold("Wŏnsan"), NameFolding.fold("WONSAN"))
        XCTAssertEqual(NameFolding.fold("P'yŏngyang"), "pyongyang")
        XCTAssertEqual(NameFolding.fold("Kryvyi Rih"), NameFolding.fold("Kryvyi-Rih"))
        XCTAssertNotEqual(NameFolding.fold("Kyiv"), NameFolding.fold("Kiev"))
    }

    func testOtherScriptsKeepTheirLettersAndTransliterate() {
        XCTAssertEqual(NameFolding.fold("Харків"), "харків")
        XCTAssertEqual(NameFolding.fold("Xarkʻov"), "xarkov", "a modifier letter folds away like an apostrophe")
        XCTAssertTrue(NameFolding.hasOtherScript(NameFolding.fold("서울")))
        XCTAssertEqual(NameFolding.latin("Харків"), "harkiv")
        XCTAssertEqual(NameFolding.latin("서울"), "seoul")
        XCTAssertEqual(NameFolding.latin("Kyiv"), "kyiv")
    }
}

/// The Swift folding must equal the keys `gazetteer/build.py` wrote, or lookups silently miss.
final class NameFoldingAgreementTests: XCTestCase {
    func testSwiftFoldingMatchesTheBundledIndexKeys() throws {
        let directory = Fixtures.gazetteerDirectory.appendingPathComponent("names.tsv")
        let lines = try String(contentsOf: directory, encoding: .utf8).split(separator: "\n")
        var checked = 0
        for line in lines.enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard !fields[3].isEmpty else { continue }  // a primary line: the spelling is the place's name
            XCTAssertEqual(NameFolding.skeleton(NameFolding.fold(String(fields[3]))), String(fields[0]), "spelling \(fields[3])")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testSkeletonsJoinTransliterations() {
        let skeleton = { NameFolding.skeleton(NameFolding.fold($0)) }
        XCTAssertEqual(skeleton("Kharkiv"), skeleton("Charkiw"))
        XCTAssertEqual(skeleton("Zaporizhzhia"), skeleton("Zaporizhia"))
        XCTAssertEqual(skeleton("Zaporizhzhya"), skeleton("Zaporizhia"))
        XCTAssertEqual(skeleton("Kyiv"), skeleton("Kyjiw"))
    }
}
