import Foundation
import Geodesy

/// Reads coordinates as people type them, latitude first unless hemisphere letters say otherwise:
/// decimal (`49.98, 36.25`, `49.98N 36.25E`) and degrees-minutes-seconds
/// (`49°58′54″N 36°15′17″E`, `49 58 54 N 36 15 17 E`, `N49°58' E36°15'`).
public enum CoordinateParser {
    private static let separators = CharacterSet(charactersIn: "°º˚′″'\"’”‘“,;:").union(.whitespacesAndNewlines)
    private static let hemispheres: Set<String> = ["N", "S", "E", "W"]
    private static let nonFiniteWords: Set<String> = ["nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"]

    /// The coordinate `text` denotes, or nil when it is not a coordinate at all (so it is a name).
    /// - Throws: `CoordinateError` when it is made of numbers and hemisphere letters but is malformed
    ///   or out of range, e.g. `91°N`, `N 36`.
    public static func parse(_ text: String) throws -> Coordinate? {
        // "nan" and "inf" contain hemisphere letters; catch them before tokens are split on letters.
        let words = text.lowercased().components(separatedBy: separators).filter { !$0.isEmpty }
        if words.contains(where: { nonFiniteWords.contains($0) }),
            words.allSatisfy({ nonFiniteWords.contains($0) || Double($0) != nil || hemispheres.contains($0.uppercased()) })
        {
            throw CoordinateError.malformed(text: text, problem: "NaN and infinity are not coordinates")
        }
        let tokens = tokenize(text)
        // Swift reads "0x1p5" and "1e3" as numbers; people do not write coordinates so.
        if tokens.contains(where: { Double($0) != nil && !isPlainDecimal($0) }) {
            throw CoordinateError.malformed(text: text, problem: "numbers must be plain decimals, without hexadecimal or exponents")
        }
        guard !tokens.isEmpty, tokens.contains(where: { Double($0) != nil }),
            tokens.allSatisfy({ Double($0) != nil || hemispheres.contains($0.uppercased()) })
        else { return nil }
        try refuseDecimalCommas(text, tokens: tokens)
        let groups = try group(tokens, text: text)
        guard groups.count == 2 else {
            throw CoordinateError.malformed(text: text, problem: "it needs both a latitude and a longitude")
        }
        var latitude = try degrees(groups[0], text: text)
        var longitude = try degrees(groups[1], text: text)
        if let first = groups[0].hemisphere, "EW".contains(first) {
            swap(&latitude, &longitude)
            guard let second = groups[1].hemisphere, "NS".contains(second) else {
                throw CoordinateError.malformed(text: text, problem: "a longitude (E/W) must be paired with a latitude (N/S)")
            }
        } else if let second = groups[1].hemisphere, "NS".contains(second) {
            throw CoordinateError.malformed(text: text, problem: "both parts are latitudes (N/S); the second must be E or W")
        }
        return try Coordinate(latitudeDegrees: latitude, longitudeDegrees: longitude)
    }

    /// "50,45, 30,52" is 50.45, 30.52 to a writer who uses decimal commas and 50°45′, 30°52′ as
    /// four numbers: a 41 km difference, so it is refused, showing both readings. Only four bare
    /// numbers with a comma between digits and no point, sign or hemisphere letter are ambiguous.
    private static func refuseDecimalCommas(_ text: String, tokens: [String]) throws {
        guard tokens.count == 4, !text.contains("."), text.range(of: #"\d,\d"#, options: .regularExpression) != nil,
            text.allSatisfy({ $0.isNumber || $0 == "," || $0 == " " }),
            let numbers = Optional(tokens.compactMap { Double($0) }), numbers.count == 4
        else { return }
        let decimal = [tokens[0] + "." + tokens[1], tokens[2] + "." + tokens[3]].joined(separator: ", ")
        let minutes = [numbers[0] + numbers[1] / 60, numbers[2] + numbers[3] / 60]
            .map { Length.plainNumber($0, maximumDecimals: 5) }.joined(separator: ", ")
        throw CoordinateError.ambiguousCommas(text: text, decimalReading: decimal, minutesReading: minutes)
    }

    /// "49.98", "-33.9", "+18", ".5": digits with at most one point and an optional sign.
    private static func isPlainDecimal(_ token: String) -> Bool {
        token.range(of: #"^[+-]?(\d+\.?\d*|\.\d+)$"#, options: .regularExpression) != nil
    }

    private struct Group {
        var numbers: [Double] = []
        var hemisphere: Character?
    }

    private static func tokenize(_ text: String) -> [String] {
        // Split "49.98N" into "49.98" and "N", keeping signs and decimals with their numbers.
        var spaced = ""
        for character in text {
            if "NSEWnsew".contains(character) { spaced += " \(character) " } else { spaced.append(character) }
        }
        return spaced.components(separatedBy: separators).filter { !$0.isEmpty }
    }

    /// Splits tokens into per-axis groups; a hemisphere letter closes a group (or opens one when it comes first).
    private static func group(_ tokens: [String], text: String) throws -> [Group] {
        let lettersFirst = hemispheres.contains(tokens[0].uppercased())
        var groups: [Group] = []
        var current = Group()
        for token in tokens {
            if let number = Double(token) {
                current.numbers.append(number)
                continue
            }
            let letter = Character(token.uppercased())
            if lettersFirst {
                if current.hemisphere != nil || !current.numbers.isEmpty { groups.append(current) }
                current = Group(numbers: [], hemisphere: letter)
            } else {
                guard !current.numbers.isEmpty else {
                    throw CoordinateError.malformed(text: text, problem: "the hemisphere letter \(letter) has no degrees before it")
                }
                current.hemisphere = letter
                groups.append(current)
                current = Group()
            }
        }
        if !current.numbers.isEmpty || current.hemisphere != nil { groups.append(current) }
        if groups.allSatisfy({ $0.hemisphere == nil }), groups.count == 1 {
            // No letters: split the numbers evenly (2 decimal, 4 degree-minute, 6 degree-minute-second).
            let numbers = groups[0].numbers
            guard [2, 4, 6].contains(numbers.count) else {
                throw CoordinateError.malformed(text: text, problem: "expected 2, 4 or 6 numbers, found \(numbers.count)")
            }
            let half = numbers.count / 2
            return [Group(numbers: Array(numbers[..<half])), Group(numbers: Array(numbers[half...]))]
        }
        return groups
    }

    private static func degrees(_ group: Group, text: String) throws -> Double {
        guard (1...3).contains(group.numbers.count) else {
            throw CoordinateError.malformed(text: text, problem: "each part takes degrees, minutes and seconds at most")
        }
        let whole = group.numbers[0]
        let minutes = group.numbers.count > 1 ? group.numbers[1] : 0
        let seconds = group.numbers.count > 2 ? group.numbers[2] : 0
        guard (0..<60).contains(minutes), (0..<60).contains(seconds) else {
            throw CoordinateError.malformed(text: text, problem: "minutes and seconds must be between 0 and 60")
        }
        guard group.numbers.count == 1 || whole >= 0 else {
            throw CoordinateError.malformed(text: text, problem: "use a hemisphere letter rather than a minus sign with minutes")
        }
        let magnitude = abs(whole) + minutes / 60 + seconds / 3600
        let signed = whole < 0 ? -magnitude : magnitude
        switch group.hemisphere {
        case "S", "W": return -signed
        default: return signed
        }
    }
}
