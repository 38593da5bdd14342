/// RFC 8259 JSON as written, checked before Foundation reads it: Foundation's reader accepts a
/// trailing comma and keeps the last of two members with one name, so `{"type": "Point", "type":
/// "LineString"}` would be validated as whatever came last. One pass over the bytes, iterative (no
/// recursion to overflow), linear in the text.
public enum StrictJSONSyntax {
    /// A syntax error (the text is not JSON), with its line and column.
    public struct SyntaxError: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// A member name given twice in one object: the JSON path of the object and the name.
    public struct DuplicateMember: Equatable, Sendable {
        public let path: String
        public let name: String
    }

    /// Deepest nesting accepted; Foundation's reader and the validator recurse per level.
    public static let maximumDepth = 512

    /// The duplicate member names in `bytes`.
    /// - Throws: `SyntaxError` at the first place `bytes` is not JSON.
    public static func check(_ bytes: [UInt8]) throws -> [DuplicateMember] {
        var scanner = Scanner(bytes: bytes)
        return try scanner.document()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        /// One open object or array: its path, and for objects the names seen so far.
        struct Container {
            let isObject: Bool
            let path: String
            var names: Set<String> = []
            var count = 0
        }

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func document() throws -> [DuplicateMember] {
            var duplicates: [DuplicateMember] = []
            var stack: [Container] = []
            skipSpace()
            try value(path: "$", stack: &stack, duplicates: &duplicates)
            while let top = stack.last {
                skipSpace()
                guard let byte = peek() else { throw error("the text ends inside \(top.isObject ? "an object" : "an array")") }
                let close: UInt8 = top.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if byte == close {
                    offset += 1
                    stack.removeLast()
                    continue
                }
                guard byte == UInt8(ascii: ",") else {
                    throw error("expected ',' or '\(Character(Unicode.Scalar(close)))' here")
                }
                offset += 1
                skipSpace()
                if peek() == close { throw error("a trailing comma before '\(Character(Unicode.Scalar(close)))' is not JSON") }
                try member(stack: &stack, duplicates: &duplicates)
            }
            skipSpace()
            guard offset == bytes.count else { throw error("unexpected text after the JSON value") }
            return duplicates
        }

        /// The next member of the innermost container (its name first in an object), then its value.
        private mutating func member(stack: inout [Container], duplicates: inout [DuplicateMember]) throws {
            let index = stack.count - 1
            let path: String
            if stack[index].isObject {
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
                let name = try string()
                if !stack[index].names.insert(name).inserted { duplicates.append(DuplicateMember(path: stack[index].path, name: name)) }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the member name") }
                offset += 1
                skipSpace()
                path = stack[index].path == "$" ? name : "\(stack[index].path).\(name)"
            } else {
                path = "\(stack[index].path)[\(stack[index].count)]"
            }
            stack[index].count += 1
            try value(path: path, stack: &stack, duplicates: &duplicates)
        }

        /// A scalar, or the opening of a container (pushed, with its first member if any).
        private mutating func value(path: String, stack: inout [Container], duplicates: inout [DuplicateMember]) throws {
            guard let byte = peek() else { throw error("a value is missing") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else { throw error("nesting deeper than \(maximumDepth) levels") }
                offset += 1
                let isObject = byte == UInt8(ascii: "{")
                stack.append(Container(isObject: isObject, path: path))
                skipSpace()
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if peek() == close {
                    offset += 1
                    stack.removeLast()
                    return
                }
                try member(stack: &stack, duplicates: &duplicates)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default: throw error("expected a value (an object, array, string, number, true, false or null)")
            }
        }

        private mutating func literal(_ word: String) throws {
            let expected = Array(word.utf8)
            guard offset + expected.count <= bytes.count, Array(bytes[offset..<offset + expected.count]) == expected else {
                throw error("expected a value (an object, array, string, number, true, false or null)")
            }
            offset += expected.count
        }

        /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?: no hex, no leading zeros, no lone point.
        private mutating func number() throws {
            if peek() == UInt8(ascii: "-") { offset += 1 }
            guard let first = peek(), isDigit(first) else { throw error("a number needs digits") }
            offset += 1
            if first == UInt8(ascii: "0"), let next = peek(), isDigit(next) { throw error("a number cannot start with 0") }
            while let next = peek(), isDigit(next) { offset += 1 }
            if peek() == UInt8(ascii: ".") {
                offset += 1
                guard let next = peek(), isDigit(next) else { throw error("a decimal point needs digits after it") }
                while let next = peek(), isDigit(next) { offset += 1 }
            }
            if let next = peek(), next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
                offset += 1
                if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
                guard let digit = peek(), isDigit(digit) else { throw error("an exponent needs digits") }
                while let next = peek(), isDigit(next) { offset += 1 }
            }
        }

        /// A string's contents with escapes decoded (member names compare as text, not as spelt).
        private mutating func string() throws -> String {
            offset += 1
            var scalars = String.UnicodeScalarView()
            var start = offset
            func flush() {
                scalars.append(contentsOf: String(decoding: bytes[start..<offset], as: UTF8.self).unicodeScalars)
            }
            while let byte = peek() {
                switch byte {
                case UInt8(ascii: "\""):
                    flush()
                    offset += 1
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush()
                    offset += 1
                    scalars.append(try escape())
                    start = offset
                case 0..<0x20: throw error("a control character inside a string must be escaped")
                default: offset += 1
                }
            }
            throw error("a string is not closed")
        }

        private mutating func escape() throws -> Unicode.Scalar {
            guard let byte = peek() else { throw error("a string is not closed") }
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                let high = try hex4()
                if (0xD800..<0xDC00).contains(high), peek() == UInt8(ascii: "\\"), offset + 1 < bytes.count,
                    bytes[offset + 1] == UInt8(ascii: "u")
                {
                    offset += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                        return scalar
                    }
                }
                return Unicode.Scalar(high) ?? "\u{FFFD}"
            default: throw error("'\\\(Character(Unicode.Scalar(byte)))' is not a JSON escape")
            }
        }

        private mutating func hex4() throws -> UInt32 {
            guard offset + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
            else { throw error("\\u needs four hexadecimal digits") }
            offset += 4
            return value
        }

        private func peek() -> UInt8? {
            offset < bytes.count ? bytes[offset] : nil
        }

        private func isDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }

        private mutating func skipSpace() {
            while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
        }

        /// An error at the current offset, with its line and column (columns count bytes from 1).
        private func error(_ message: String) -> SyntaxError {
            let before = bytes[..<min(offset, bytes.count)]
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return SyntaxError(line: line, column: min(offset, bytes.count) - lineStart + 1, message: message)
        }
    }
}
