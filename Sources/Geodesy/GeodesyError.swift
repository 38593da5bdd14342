/// Why a geodesy request cannot be answered, as a sentence with the fix.
public enum GeodesyError: Error, Equatable, CustomStringConvertible {
    case emptyLength
    case unreadableLength(String)
    case unknownUnit(text: String, unit: String)
    case negativeLength(String)
    case lengthTooLarge(String)
    case radiusOutOfRange(radiusMeters: Double)
    case azimuthOutOfRange(Double)

    public var description: String {
        let accepted = "m, km, mi (statute miles) or nmi (nautical miles)"
        switch self {
        case .emptyLength:
            return "The length is empty; write a number and a unit such as 460 km, using \(accepted)."
        case let .unreadableLength(text):
            return "Cannot read the length '\(text)'; write a number and a unit such as 460 km or 285 mi, using \(accepted)."
        case let .unknownUnit(text, unit):
            return "The length '\(text)' has the unknown unit '\(unit)'; use \(accepted)."
        case let .negativeLength(text):
            return "The length '\(text)' is negative; give a distance of zero or more."
        case let .lengthTooLarge(text):
            return "The length '\(text)' is too large to be a distance on Earth; give at most 40,075 km."
        case let .radiusOutOfRange(radiusMeters):
            return "A ring radius of \(radiusMeters) m is not possible on Earth; give a radius between 0 and 20,003 km (half a meridian)."
        case let .azimuthOutOfRange(azimuth):
            return "The azimuth \(azimuth) is not a finite angle; give degrees clockwise from north, such as 90 for east."
        }
    }
}
