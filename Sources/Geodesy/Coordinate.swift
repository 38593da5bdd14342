/// A point on the WGS84 ellipsoid, in degrees.
///
/// Latitude is in [-90, 90]; longitude is normalised to [-180, 180). Construction through
/// `init(latitudeDegrees:longitudeDegrees:)` validates, so a `Coordinate` in hand is always finite
/// and in range.
public struct Coordinate: Hashable, Sendable, Codable, CustomStringConvertible {
    public let latitudeDegrees: Double
    public let longitudeDegrees: Double

    /// Validates the latitude and normalises the longitude into [-180, 180).
    /// Longitudes outside ±540° are rejected as a likely typo rather than silently wrapped.
    public init(latitudeDegrees: Double, longitudeDegrees: Double) throws {
        guard latitudeDegrees.isFinite, longitudeDegrees.isFinite else {
            throw CoordinateError.notFinite(latitudeDegrees: latitudeDegrees, longitudeDegrees: longitudeDegrees)
        }
        guard (-90...90).contains(latitudeDegrees) else {
            throw CoordinateError.latitudeOutOfRange(latitudeDegrees)
        }
        guard (-540...540).contains(longitudeDegrees) else {
            throw CoordinateError.longitudeOutOfRange(longitudeDegrees)
        }
        self.latitudeDegrees = latitudeDegrees
        self.longitudeDegrees = Coordinate.normalizedLongitude(longitudeDegrees)
    }

    /// For values already known to be valid (bundled data, library output). Not for user input.
    public init(uncheckedLatitudeDegrees latitude: Double, longitudeDegrees longitude: Double) {
        self.latitudeDegrees = latitude
        self.longitudeDegrees = longitude
    }

    /// Wraps any finite longitude into [-180, 180); 180 itself maps to -180 only when it came from wrapping,
    /// so an explicit +180 is kept (GeoJSON allows both ends).
    public static func normalizedLongitude(_ degrees: Double) -> Double {
        if (-180...180).contains(degrees) { return degrees }
        var wrapped = (degrees + 180).truncatingRemainder(dividingBy: 360)
        if wrapped < 0 { wrapped += 360 }
        return wrapped - 180
    }

    public var description: String {
        "\(latitudeDegrees), \(longitudeDegrees)"
    }
}

/// Why a pair of numbers is not a coordinate.
public enum CoordinateError: Error, Equatable, CustomStringConvertible {
    case notFinite(latitudeDegrees: Double, longitudeDegrees: Double)
    case latitudeOutOfRange(Double)
    case longitudeOutOfRange(Double)
    case malformed(text: String, problem: String)
    /// "50,45, 30,52": decimal commas, or degrees and minutes.
    case ambiguousCommas(text: String, decimalReading: String, minutesReading: String)

    /// The sentence without its full stop, for a message that goes on after it ("file:line: …; see …").
    public var clause: String {
        description.hasSuffix(".") ? String(description.dropLast()) : description
    }

    public var description: String {
        switch self {
        case let .notFinite(lat, lon):
            return "Coordinate (\(lat), \(lon)) is not a finite number; give decimal degrees such as 49.98, 36.25."
        case let .latitudeOutOfRange(lat):
            return "Latitude \(lat) is outside -90…90 degrees; check that latitude comes first (latitude, longitude)."
        case let .longitudeOutOfRange(lon):
            return "Longitude \(lon) is outside -540…540 degrees; give a longitude between -180 and 180."
        case let .ambiguousCommas(text, decimal, minutes):
            return "Coordinate '\(text)' is ambiguous: with decimal commas it is \(decimal), as degrees and minutes \(minutes); "
                + "write decimal points (\(decimal)) or degree and minute signs."
        case let .malformed(text, problem):
            return "Coordinate '\(text)' is malformed: \(problem); write it like 49.98, 36.25 or 49°58′54″N 36°15′17″E."
        }
    }
}
