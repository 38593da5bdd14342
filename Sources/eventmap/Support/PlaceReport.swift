import Gazetteer

/// A place as every subcommand's JSON shows it: flat keys, coordinates in degrees, and absent facts
/// as `null` rather than missing, so every place has the same keys.
struct PlaceReport: Encodable {
    let name: String
    let latitude: Double
    let longitude: Double
    let countryCode: String
    let country: String?
    let admin1: String?
    let population: Int
    let geonameID: Int?
    /// place, country, region, sea or site; `siteKind` says what a site is ("air base").
    let kind: String
    let siteKind: String?

    init(_ place: Place) {
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

    enum CodingKeys: String, CodingKey {
        case name, latitude, longitude, countryCode, country, admin1, population, geonameID, kind, siteKind
    }

    func encode(to encoder: Encoder) throws {
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
