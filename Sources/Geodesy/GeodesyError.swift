/// Why a geodesy request cannot be answered, as a sentence with the fix.
public enum GeodesyError: Error, Equatable, CustomStringConvertible {
    case emptyLength
    case unreadableLength(String)
    case unknownUnit(text: String, unit: String)
    /// "412 km²", "460 km2", "5 km³": an area or a volume where a distance belongs.
    case notALengthUnit(text: String, unit: String)
    case negativeLength(String)
    /// "1.000 km": one thousand or one, depending on the writer's convention.
    case ambiguousLength(String)
    case lengthTooLarge(String)
    case radiusOutOfRange(radiusMeters: Double)
    case innerRadiusTooLarge(innerRadiusMeters: Double, radiusMeters: Double)
    case sectorTooLarge(radiusMeters: Double)
    case azimuthOutOfRange(Double)

    public var description: String {
        switch self {
        case .emptyLength:
            return "The length is empty; \(Self.lengthAdvice)."
        case let .unreadableLength(text), let .unknownUnit(text, _), let .negativeLength(text), let .lengthTooLarge(text),
            let .ambiguousLength(text), let .notALengthUnit(text, _):
            return "The length '\(text)' \(lengthProblem)."
        case let .radiusOutOfRange(radiusMeters):
            return "A ring radius of \(radiusMeters) m is too small to draw; give at least 1 cm (0.01 m)."
        case let .innerRadiusTooLarge(inner, radius):
            return "The inner radius of \(Length(meters: inner).formatted()) is not smaller than the ring's radius of "
                + "\(Length(meters: radius).formatted()); give an inner radius between 0 and the radius."
        case let .sectorTooLarge(radiusMeters):
            return "A sector with a radius of \(Length(meters: radiusMeters).formatted()) reaches the antipode, where its edges "
                + "cross; give a radius under 19,800 km, or a full ring."
        case let .azimuthOutOfRange(azimuth):
            return "The azimuth \(azimuth) is outside -540…540 degrees; give degrees clockwise from north, such as 90 for east."
        }
    }

    /// What is wrong with a length and the fix, as a clause without a subject, so that a caller that
    /// reads lengths inside something larger (a stated distance) keeps its message one sentence.
    public var lengthProblem: String {
        switch self {
        case .emptyLength: return "is empty; \(Self.lengthAdvice)"
        case .unreadableLength: return "is not a number with a unit; \(Self.lengthAdvice)"
        case let .unknownUnit(_, unit): return "has the unknown unit '\(unit)'; use \(Self.acceptedUnits)"
        case let .notALengthUnit(_, unit):
            return "is in '\(unit)', a unit of area or volume, not of distance; give a length such as 460 km"
        case .negativeLength: return "is negative; give a distance of zero or more"
        case .ambiguousLength:
            return "is ambiguous: its point may mark decimals or thousands; write the number without a point (1000 km) "
                + "or with fewer decimals (1 km, 1.5 km)"
        case .lengthTooLarge: return "is too large to be a distance on Earth; give at most 40,075 km"
        case .radiusOutOfRange, .innerRadiusTooLarge, .sectorTooLarge, .azimuthOutOfRange: return "is out of range"
        }
    }

    private static let acceptedUnits = "m, km, mi (statute miles), nmi (nautical miles), ft (feet) or yd (yards)"
    private static let lengthAdvice = "write a number and a unit such as 460 km or 285 mi, using \(acceptedUnits)"
}
