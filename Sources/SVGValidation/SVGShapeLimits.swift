/// Bounds an SVG's shape before libxml2 sees it: libxml2 (2.9, Debian 12) checks an element's
/// attributes against each other and reports invalid siblings in time that grows with the square
/// of their number (500,000 attributes ran past 300 s). eventmap's own maps stay far below both
/// limits: a few dozen attributes per element, some thousands of elements.
enum SVGShapeLimits {
    /// Attributes on one element.
    static let maximumAttributesPerElement = 1_000
    /// Elements in the whole document.
    static let maximumElements = 100_000

    /// The first limit `bytes` passes, with where, or nil. One pass over the bytes; quotes, comments
    /// and CDATA are skipped as XML reads them.
    static func firstExcess(in bytes: [UInt8]) -> SVGValidationIssue? {
        var line = 1, lineStart = 0, elements = 0, index = 0
        func issue(_ message: String, at offset: Int) -> SVGValidationIssue {
            SVGValidationIssue(line: line, column: offset - lineStart + 1, message: message)
        }
        func skip(past terminator: [UInt8]) {
            while index < bytes.count, !bytes[index...].starts(with: terminator) {
                if bytes[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            index = min(bytes.count, index + terminator.count)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            guard byte == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            if bytes[(index + 1)...].starts(with: Array("!--".utf8)) {
                skip(past: Array("-->".utf8))
                continue
            }
            if bytes[(index + 1)...].starts(with: Array("![CDATA[".utf8)) {
                skip(past: Array("]]>".utf8))
                continue
            }
            let next = bytes[index + 1]
            guard next != UInt8(ascii: "/"), next != UInt8(ascii: "!"), next != UInt8(ascii: "?") else {
                index += 1
                continue
            }
            let start = index
            elements += 1
            if elements > maximumElements {
                return issue("the SVG has more than \(maximumElements) elements; eventmap validates no larger SVG", at: start)
            }
            // The start tag: count `=` outside quoted values.
            var attributes = 0
            var quote: UInt8?
            index += 1
            while index < bytes.count {
                let here = bytes[index]
                if here == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                if let open = quote {
                    if here == open { quote = nil }
                } else if here == UInt8(ascii: "\"") || here == UInt8(ascii: "'") {
                    quote = here
                } else if here == UInt8(ascii: "=") {
                    attributes += 1
                    if attributes > maximumAttributesPerElement {
                        return issue(
                            "an element has more than \(maximumAttributesPerElement) attributes; eventmap validates no such SVG", at: start)
                    }
                } else if here == UInt8(ascii: ">") {
                    break
                }
                index += 1
            }
            index += 1
        }
        return nil
    }
}
