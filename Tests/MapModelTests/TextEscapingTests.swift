import MapModel
import XCTest

final class TextEscapingTests: XCTestCase {
    private func escaped(_ text: String, _ rule: (Unicode.Scalar) -> TextEscaping.Replacement) -> String {
        var output = ""
        TextEscaping.append(text, to: &output, rule: rule)
        return output
    }

    func testEachFormatEscapesWhatItMust() {
        let hostile = "a\"b\\c\nd\u{1B}[31m\u{85}\u{2028}<&>'"
        XCTAssertEqual(escaped(hostile, TextEscaping.json), "a\\\"b\\\\c\\nd\\u001b[31m\u{85}\\u2028<&>'")
        XCTAssertEqual(escaped(hostile, TextEscaping.yaml), "a\\\"b\\\\c\\nd\\u001b[31m\\u0085\\u2028<&>'")
        XCTAssertEqual(escaped(hostile, TextEscaping.xml), "a&quot;b\\c d[31m\u{85}\u{2028}&lt;&amp;&gt;&#39;")
        XCTAssertEqual(escaped(hostile, TextEscaping.terminal), "a\"b\\c\\u000ad\\u001b[31m\\u0085\u{2028}<&>'")
    }
}
