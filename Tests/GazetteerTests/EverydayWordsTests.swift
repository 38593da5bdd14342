import Foundation
import TestSupport
import XCTest

@testable import Gazetteer

/// The binary search over the bundled list finds exactly the words of the file.
final class EverydayWordsTests: XCTestCase {
    func testEveryListedWordIsFoundAndOthersAreNot() throws {
        let data = try Data(contentsOf: Fixtures.gazetteerDirectory.appendingPathComponent("everyday-words.txt"))
        let words = EverydayWords(bytes: data)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        XCTAssertGreaterThan(lines.count, 60_000)
        for line in lines.enumerated().filter({ $0.offset % 37 == 0 }).map(\.element) + [lines[0], lines[lines.count - 1]] {
            XCTAssertTrue(words.contains(line), line)
        }
        for name in ["holland", "congo", "kharkiv", "", "zzzzzz", "aaa", "seaa"] {
            XCTAssertFalse(words.contains(name), name)
        }
        XCTAssertTrue(words.contains("sea") && words.contains("border"))
        XCTAssertTrue(EverydayWords.empty.isEmpty && !EverydayWords.empty.contains("sea"))
    }
}
