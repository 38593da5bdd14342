import Geodesy

/// A named location from the gazetteer, a custom file, or typed coordinates.
public struct Place: Hashable, Sendable, Codable {
    /// Primary (GeoNames) name, or the coordinate text for a typed coordinate.
    public let name: String
    public let coordinate: Coordinate
    /// ISO 3166-1 alpha-2, empty for a typed coordinate.
    public let countryCode: String
    /// Country name in English, when known.
    public let country: String?
    /// First-level administrative division name (oblast, province, state), when known.
    public let admin1: String?
    public let population: Int
    /// GeoNames id; nil for custom places and coordinates.
    public let geonameID: Int?
    /// Radius within which the place's real extent lies, in metres, when known explicitly
    /// (custom rows); callers estimate it from population otherwise.
    public let extentMeters: Double?
    /// Town, country, region, sea or site.
    public let kind: PlaceKind
    /// For a site, what it is ("air base", "nuclear", "port"); nil otherwise.
    public let siteKind: String?

    public init(
        name: String, coordinate: Coordinate, countryCode: String = "", country: String? = nil,
        admin1: String? = nil, population: Int = 0, geonameID: Int? = nil, extentMeters: Double? = nil,
        kind: PlaceKind = .populatedPlace, siteKind: String? = nil
    ) {
        self.name = name
        self.coordinate = coordinate
        self.countryCode = countryCode
        self.country = country
        self.admin1 = admin1
        self.population = population
        self.geonameID = geonameID
        self.extentMeters = extentMeters
        self.kind = kind
        self.siteKind = siteKind
    }
}

extension Place {
    /// How answers name a place: "Kharkiv (UA)", or a typed coordinate as given.
    public var label: String {
        countryCode.isEmpty ? name : "\(name) (\(countryCode))"
    }

    /// What the place is, in words: "air base", "region", "sea"; nil for a town or a coordinate.
    public var kindDescription: String? {
        switch kind {
        case .populatedPlace: return nil
        case .site: return siteKind ?? "site"
        default: return kind.rawValue
        }
    }
}
