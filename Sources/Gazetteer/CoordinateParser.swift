import Foundation

/// Reads coordinates typed by people: decimal degrees "49.98, 36.25" (latitude first).
public enum CoordinateParser {
    /// The coordinate `text` denotes, nil when `text` does not look like a coordinate at all
    /// (so the caller can treat it as a name).
    /// - Throws: `CoordinateError` when it looks like a coordinate but is out of range.
    public static func parse(_ text: String) throws -> Coordinate? {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == " " }).filter { !$0.isEmpty }
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]) else { return nil }
        return try Coordinate(latitudeDegrees: latitude, longitudeDegrees: longitude)
    }
}
