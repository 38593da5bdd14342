import Gazetteer
import GeoJSON

/// A place as every subcommand's JSON shows it: flat keys, coordinates in degrees, and absent facts
/// as `null` rather than missing, so every place has the same keys.
public struct PlaceReport: Encodable, Sendable {
    public let name: String
    public let latitude: Double
    public let longitude: Double
    public let countryCode: String
    public let country: String?
    public let admin1: String?
    public let population: Int
    public let geonameID: Int?
    /// place, country, region, sea or site; `siteKind` says what a site is ("air base").
    public let kind: String
    public let siteKind: String?

    public init(_ place: Place) {
        name = place.name
        latitude = place.coordinate.latitudeDegrees
        longitude = place.coordinate.longitudeDegrees
        countryCode = place.countryCode
        country = place.country
        admin1 = place.admin1
        population = place.population
        geonameID = place.geonameID
        kind = place.kind.rawValue
        siteKind = place.siteKind
    }

    public enum CodingKeys: String, CodingKey {
        case name, latitude, longitude, countryCode, country, admin1, population, geonameID, kind, siteKind
    }

    /// The members `encode(to:)` writes, as JSON text: batch answers are written without JSONEncoder,
    /// whose generic encoding took two fifths of `geocode --batch` (the same bytes, keys sorted by the caller).
    public var jsonMembers: [(String, JSONText)] {
        [
            ("name", .string(name)), ("latitude", .shortest(latitude)), ("longitude", .shortest(longitude)),
            ("countryCode", countryCode.isEmpty ? .null : .string(countryCode)), ("country", .optional(country)),
            ("admin1", .optional(admin1)), ("population", .integer(population)), ("geonameID", geonameID.map(JSONText.integer) ?? .null),
            ("kind", .string(kind)), ("siteKind", .optional(siteKind)),
        ]
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(latitude, forKey: .latitude)
        try container.encode(longitude, forKey: .longitude)
        // No code is null, never "" or Natural Earth's "-1" (a coordinate, Somaliland).
        try container.encode(countryCode.isEmpty ? nil : countryCode, forKey: .countryCode)
        try container.encode(country, forKey: .country)
        try container.encode(admin1, forKey: .admin1)
        try container.encode(population, forKey: .population)
        try container.encode(geonameID, forKey: .geonameID)
        try container.encode(kind, forKey: .kind)
        try container.encode(siteKind, forKey: .siteKind)
    }

}
