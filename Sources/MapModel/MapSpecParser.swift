import Foundation
import Yams

/// Reads a map spec (YAML, or JSON, which is YAML too) into a `MapSpec`, checking every field and
/// locating every problem by file, line and column.
///
/// Limits keep hostile files harmless: 5 MB of text, 100,000 YAML nodes and 10 MB of text visited
/// (an alias "bomb" expands past either and is refused), and 10,000 features in all (places, lines
/// and every radius of every ring).
public enum MapSpecParser {
    public static let maximumBytes = 5_000_000
    public static let maximumNodes = 100_000
    public static let maximumFeatures = 10_000
    /// Text in scalars, counted each time an alias repeats one: a 20 KB string aliased 10,000 times
    /// is 200 MB of labels.
    public static let maximumScalarBytes = 10_000_000

    static let topFields = SpecField.Top.allCases.map(\.rawValue)
    static let placeFields = SpecField.Place.allCases.map(\.rawValue)
    static let lineFields = SpecField.Line.allCases.map(\.rawValue)
    static let ringFields = SpecField.Ring.allCases.map(\.rawValue)
    static let areaFields = SpecField.Area.allCases.map(\.rawValue)
    static let layerFields = SpecField.Layer.allCases.map(\.rawValue)

    /// - Parameters:
    ///   - text: the spec's contents.
    ///   - fileName: how errors name the file (usually the path given on the command line).
    ///   - name: the map's name, for its output files; the file's name without its extension when nil.
    public static func parse(text: String, fileName: String, name: String? = nil) throws -> MapSpec {
        guard text.utf8.count <= maximumBytes else {
            throw MapModelError(nil, "\(fileName) is larger than \(maximumBytes / 1_000_000) MB; a map spec should be a short file.")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw MapModelError(SourceLocation(file: fileName, line: 1, column: 1), "the spec is empty; it needs at least a title.")
            }
            root = node
        } catch let error as YamlError {
            throw syntaxError(error, fileName: fileName, text: text)
        }
        var reader = SpecReader(fileName: fileName)
        return try reader.spec(root, name: name ?? URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent)
    }

    private static func syntaxError(_ error: YamlError, fileName: String, text: String) -> MapModelError {
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.sorted().first ?? "?"
            let location =
                secondOccurrence(of: key, in: text, fileName: fileName)
                ?? SourceLocation(file: fileName, line: context.mark.line, column: context.mark.column)
            return MapModelError(location, "the field '\(key)' appears twice in the same mapping; keep one.")
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return MapModelError(
                SourceLocation(file: fileName, line: mark.line, column: mark.column),
                "YAML syntax error: \(problem); check indentation, colons and quotes.")
        default:
            return MapModelError(SourceLocation(file: fileName, line: 1, column: 1), "YAML error: \(error).")
        }
    }
}

extension MapSpecParser {
    /// Where `key` is written as a field the second time ("key:" at the start of a line, after any
    /// "- "): Yams reports a duplicate at its mapping, and the user wants the repeated line.
    static func secondOccurrence(of key: String, in text: String, fileName: String) -> SourceLocation? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = line.drop { $0 == " " || $0 == "-" }
            guard body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") else { continue }
            seen += 1
            if seen == 2 { return SourceLocation(file: fileName, line: index + 1, column: line.count - body.count + 1) }
        }
        return nil
    }
}

/// Walks the YAML tree with a budget, turning nodes into checked values.
struct SpecReader {
    let fileName: String
    private var visitedNodes = 0
    private var visitedScalarBytes = 0

    init(fileName: String) {
        self.fileName = fileName
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: fileName, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func fail(_ node: Node, _ problem: String) -> MapModelError {
        MapModelError(location(node), problem)
    }

    mutating func visit(_ node: Node) throws {
        visitedNodes += 1
        guard visitedNodes <= MapSpecParser.maximumNodes else {
            throw fail(node, "the spec expands to more than \(MapSpecParser.maximumNodes) YAML nodes (aliases?); write it out plainly.")
        }
        visitedScalarBytes += node.scalar?.string.utf8.count ?? 0
        guard visitedScalarBytes <= MapSpecParser.maximumScalarBytes else {
            throw fail(
                node,
                "the spec's text expands to more than \(MapSpecParser.maximumScalarBytes / 1_000_000) MB (aliases?); write it out plainly.")
        }
    }

    /// The mapping's fields by name, refusing unknown and repeated ones.
    mutating func fields(_ node: Node, allowed: [String], what: String) throws -> [String: Node] {
        try visit(node)
        guard case let .mapping(mapping) = node else {
            throw fail(node, "\(what) must be a mapping of fields (\(allowed.prefix(3).joined(separator: ", ")), …).")
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            try visit(keyNode)
            guard let key = keyNode.scalar?.string else { throw fail(keyNode, "field names must be plain text.") }
            guard allowed.contains(key) else {
                let suggestion =
                    Suggestion.closest(to: key, among: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; the fields are \(allowed.joined(separator: ", "))."
                throw fail(keyNode, "unknown field '\(key)' in \(what)\(suggestion)")
            }
            guard result[key] == nil else { throw fail(keyNode, "the field '\(key)' appears twice in \(what); keep one.") }
            result[key] = value
        }
        return result
    }

    mutating func text(_ node: Node, field: String) throws -> String {
        try visit(node)
        guard case let .scalar(scalar) = node else {
            throw fail(node, "'\(field)' must be text, not a list or mapping.")
        }
        return scalar.string
    }

    mutating func optionalText(_ fields: [String: Node], _ field: String) throws -> String? {
        guard let node = fields[field] else { return nil }
        let value = try text(node, field: field).trimmingCharacters(in: .whitespaces)
        return value.isEmpty || value == "~" || value == "null" ? nil : value
    }

    mutating func located(_ node: Node, field: String) throws -> MapSpec.Located<String> {
        MapSpec.Located(value: try text(node, field: field), location: location(node))
    }

    mutating func required(_ fields: [String: Node], _ field: String, in owner: Node, example: String) throws -> MapSpec.Located<String> {
        guard let node = fields[field] else { throw fail(owner, "the field '\(field)' is required; add e.g. \(field): \(example).") }
        let value = try located(node, field: field)
        if node.scalar?.style == .plain, ["null", "Null", "NULL", "~"].contains(value.value) {
            throw fail(node, "'\(field)' is null; add e.g. \(field): \(example), or quote it (\"null\") if that is the text.")
        }
        guard !value.value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail(node, "'\(field)' is empty; add e.g. \(field): \(example).")
        }
        return value
    }

    mutating func numbers(_ node: Node, field: String, count: Int, example: String) throws -> [Double] {
        try visit(node)
        guard case let .sequence(sequence) = node, sequence.count == count else {
            throw fail(node, "'\(field)' must be a list of \(count) numbers, e.g. \(example).")
        }
        return try sequence.map { item in
            try visit(item)
            guard let value = item.scalar.flatMap({ Double($0.string) }), value.isFinite else {
                throw fail(item, "'\(field)' must be a list of \(count) numbers, e.g. \(example).")
            }
            return value
        }
    }

    mutating func list(_ fields: [String: Node], _ field: String) throws -> [Node] {
        guard let node = fields[field] else { return [] }
        try visit(node)
        guard case let .sequence(sequence) = node else {
            throw fail(node, "'\(field)' must be a list (each item starting with '- ').")
        }
        guard sequence.count <= MapSpecParser.maximumFeatures else {
            throw fail(node, "'\(field)' has \(sequence.count) items; a map takes at most \(MapSpecParser.maximumFeatures).")
        }
        return Array(sequence)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ fields: [String: Node], _ field: String, default value: T) throws -> T
    where T.RawValue == String {
        guard let node = fields[field] else { return value }
        let raw = try text(node, field: field)
        guard let chosen = T(rawValue: raw) else {
            let options = T.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: raw, among: options).map { " (did you mean '\($0)'?)" } ?? ""
            throw fail(node, "'\(field)' must be one of \(options.joined(separator: ", ")), not '\(raw)'\(suggestion).")
        }
        return chosen
    }

    mutating func date(_ fields: [String: Node], _ field: String) throws -> String? {
        guard let node = fields[field], let value = try optionalText(fields, field) else { return nil }
        guard SpecDate.isValid(value) else {
            throw fail(node, "'\(value)' is not a date; write YYYY-MM-DD such as 2024-01-02, or an interval such as 2023-12-30/2024-02-07.")
        }
        return value
    }
}
