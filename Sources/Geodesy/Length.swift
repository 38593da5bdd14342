import Foundation

/// A distance along the ellipsoid, stored in metres, read from and written to text with units.
public struct Length: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let meters: Double

    public init(meters: Double) {
        self.meters = meters
    }

    public init(_ value: Double, _ unit: LengthUnit) {
        self.meters = value * unit.meters
    }

    public var kilometers: Double { meters / 1000 }

    public func value(in unit: LengthUnit) -> Double {
        meters / unit.meters
    }

    public static func < (lhs: Length, rhs: Length) -> Bool {
        lhs.meters < rhs.meters
    }

    /// Longest length accepted from text: the equator's length, so typos like `1e400 km` are caught.
    public static let maximumMeters = 40_075_017.0

    /// Reads `460 km`, `460km`, `285 mi`, `285 miles`, `248 nmi`, `460,000 m`, `1.2e3 km`.
    /// A bare number is rejected: a distance without a unit is ambiguous in reports.
    public static func parse(_ text: String) throws -> Length {
        let reading = try LengthText(text)
        return Length(reading.value, reading.unit)
    }

    /// "460 km" for whole values, "460.3 km" otherwise: at most 3 decimals, no trailing zeros.
    public func formatted(in unit: LengthUnit = .kilometers) -> String {
        "\(Length.plainNumber(value(in: unit), maximumDecimals: 3)) \(unit.symbol)"
    }

    /// For display where a reader wants a round figure: one decimal under 100 units, whole units
    /// above, thousands grouped as reports write them ("471 km", "58.3 mi", "1,837 km"). Claims'
    /// explanations and map labels both say distances this way.
    public func rounded(in unit: LengthUnit) -> String {
        let value = value(in: unit)
        return "\(Length.grouped(Length.plainNumber(value, maximumDecimals: value < 100 ? 1 : 0))) \(unit.symbol)"
    }

    /// "19854" → "19,854"; decimals and signs kept as they are.
    public static func grouped(_ number: String) -> String {
        let negative = number.hasPrefix("-")
        let body = negative ? String(number.dropFirst()) : number
        let whole = body.prefix { $0 != "." }, rest = body.dropFirst(whole.count)
        guard whole.count > 3 else { return number }
        var digits = Array(whole), result: [Character] = []
        while digits.count > 3 {
            result = [","] + digits.suffix(3) + result
            digits.removeLast(3)
        }
        return (negative ? "-" : "") + String(digits + result) + rest
    }

    public var description: String { formatted() }

    /// A number with at most `maximumDecimals` decimals and no trailing zeros: 460, 471.151, 2.5.
    /// Rounds exactly as printf does (through `FixedDecimalFormatter`), without its cost: SVG paths
    /// and GeoJSON coordinates format tens of thousands of numbers.
    public static func plainNumber(_ value: Double, maximumDecimals: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        FixedDecimalFormatter.append(value, decimals: maximumDecimals, to: &bytes)
        if maximumDecimals > 0, bytes.contains(UInt8(ascii: ".")) {
            while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        }
        if bytes == Array("-0".utf8) { return "0" }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Units reports use for distances.
public enum LengthUnit: String, Sendable, CaseIterable, Codable {
    case meters = "m"
    case kilometers = "km"
    case miles = "mi"
    case nauticalMiles = "nmi"
    /// American reports give short lengths in feet ("300 feet from the gate", "a crater 85 feet wide").
    case feet = "ft"
    /// Older American and British copy gives short lengths in yards ("5,000 yards off the coast").
    case yards = "yd"

    /// Exact by definition: international mile 1,609.344 m, nautical mile 1,852 m, foot 0.3048 m,
    /// yard 0.9144 m.
    public var meters: Double {
        switch self {
        case .meters: return 1
        case .kilometers: return 1000
        case .miles: return 1609.344
        case .nauticalMiles: return 1852
        case .feet: return 0.3048
        case .yards: return 0.9144
        }
    }

    public var symbol: String { rawValue }

    /// The unit table: every spelling as reports write it. Reading a length folds case and drops
    /// anything but letters ("Km", "nautical-miles"); finding lengths in text uses the spellings as written.
    static let writtenSpellings: [(String, LengthUnit)] = [
        ("m", .meters), ("meter", .meters), ("meters", .meters), ("metre", .meters), ("metres", .meters),
        ("km", .kilometers), ("kms", .kilometers), ("kilometer", .kilometers), ("kilometers", .kilometers),
        ("kilometre", .kilometers), ("kilometres", .kilometers),
        ("mi", .miles), ("mile", .miles), ("miles", .miles), ("statute mile", .miles), ("statute miles", .miles),
        ("nmi", .nauticalMiles), ("nm", .nauticalMiles), ("nautical mile", .nauticalMiles), ("nautical miles", .nauticalMiles),
        ("ft", .feet), ("foot", .feet), ("feet", .feet),
        ("yd", .yards), ("yds", .yards), ("yard", .yards), ("yards", .yards),
    ]

    static let spellings = Dictionary(uniqueKeysWithValues: writtenSpellings.map { ($0.0.filter(\.isLetter), $0.1) })

    /// Every spelling as written in running text ("nautical miles" with its space).
    public static var allSpellings: [String] { writtenSpellings.map(\.0) }

    public init?(spelling: String) {
        let key = spelling.lowercased().filter { $0.isLetter }
        guard let unit = LengthUnit.spellings[key] else { return nil }
        self = unit
    }
}

/// A number and a unit as written, keeping the digits so callers can judge the stated precision.
public struct LengthText: Sendable, Equatable {
    /// The number as written, without thousands separators ("460000", "460.3").
    public let number: String
    public let value: Double
    public let unit: LengthUnit

    public init(_ text: String) throws {
        let trimmed = Self.trimmed(text)
        guard !trimmed.isEmpty else { throw GeodesyError.emptyLength }
        guard let match = Self.pattern.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)),
            match.range.length == (trimmed as NSString).length
        else {
            throw GeodesyError.unreadableLength(trimmed)
        }
        func group(_ index: Int) -> String {
            Range(match.range(at: index), in: trimmed).map { String(trimmed[$0]) } ?? ""
        }
        let sign = group(1), integer = group(2), fraction = group(4), exponent = group(5), unitText = group(6)
        // "1.000 km": a decimal point to German readers, a thousands separator to others.
        if integer.first != "0", integer.count <= 3, fraction.count == 4, exponent.isEmpty, group(3).isEmpty {
            throw GeodesyError.ambiguousLength(trimmed)
        }
        let numberText = sign + integer.filter(\.isNumber) + fraction + exponent
        guard let value = Double(numberText) else { throw GeodesyError.unreadableLength(trimmed) }
        guard unitText.first?.isLetter == true else { throw GeodesyError.unreadableLength(trimmed) }
        // Squares and cubes ("km²", "km2", "km^3", "sq km") are areas and volumes, never lengths.
        if Self.isAreaOrVolume(unitText) { throw GeodesyError.notALengthUnit(text: trimmed, unit: unitText) }
        // A unit is letters, with spaces or hyphens between words and one closing point ("km.");
        // anything else ("km!!") is junk the reader must see, not drop.
        guard Self.isUnitShaped(unitText) else { throw GeodesyError.unreadableLength(trimmed) }
        guard let unit = LengthUnit(spelling: unitText) else {
            throw GeodesyError.unknownUnit(text: trimmed, unit: unitText)
        }
        guard value >= 0 else { throw GeodesyError.negativeLength(trimmed) }
        guard value.isFinite, value * unit.meters <= Length.maximumMeters else { throw GeodesyError.lengthTooLarge(trimmed) }
        self.number = numberText
        self.value = value
        self.unit = unit
    }

    /// `text` without surrounding white space (Foundation's `trimmingCharacters(in:)` builds a
    /// character set per call on Linux, and every claim in a report is read here).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(text[first..<scalars.index(after: last)])
    }

    static func isAreaOrVolume(_ unit: String) -> Bool {
        let lower = unit.lowercased()
        if lower.contains(where: { "²³^".contains($0) }) || lower.last.map({ "23".contains($0) }) == true { return true }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
        return words.contains { ["sq", "square", "cubic", "cu"].contains($0) }
    }

    static func isUnitShaped(_ unit: String) -> Bool {
        let body = unit.hasSuffix(".") ? unit.dropLast() : Substring(unit)
        return !body.isEmpty && body.allSatisfy { $0.isLetter || $0 == " " || $0 == "-" } && body.last?.isLetter == true
    }

    /// The characters that may group thousands: comma, space, no-break space, thin space, narrow
    /// no-break space, apostrophe and right single quotation mark ("1,000", "1 000", "1'000").
    public static let thousandsSeparators = ", \u{00A0}\u{2009}\u{202F}'’"

    /// Sign, integer part (digits, or 1–3 digits then groups of exactly 3 after one and the same
    /// separator), fraction, exponent, unit. A decimal comma ("4,60") matches nothing and is refused.
    private static let pattern: NSRegularExpression = {
        let separators = "[" + NSRegularExpression.escapedPattern(for: thousandsSeparators) + "]"
        // A fixed pattern: it always compiles.
        return try! NSRegularExpression(
            pattern: "^([+-]?)(\\d{1,3}(?:(\(separators))\\d{3})(?:\\3\\d{3})*|\\d+)(\\.\\d+)?([eE][+-]?\\d+)?\\s*(.*)$")
    }()
}
