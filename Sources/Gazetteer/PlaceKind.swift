/// What sort of thing a gazetteer place is: reports name towns, countries, regions, seas and sites
/// alike, and answers say which one they found ("Kursk" the city, not the oblast).
public enum PlaceKind: String, Sendable, Codable, Hashable {
    /// A town, city or village (GeoNames populated place), or a typed coordinate.
    case populatedPlace = "place"
    /// A country or dependent territory (Natural Earth admin-0): its point is a label point inside it.
    case country
    /// A first-level region (oblast, province, prefecture, state): its point lies inside it.
    case region
    /// A sea, gulf, strait, bay or ocean (gazetteer/seas.tsv): its point lies in the water.
    case sea
    /// An air or naval base, nuclear, missile, launch or test site, plant, port, bridge (gazetteer/sites.tsv).
    case site

    /// Reads the places.tsv kind column: "place", "country", "region", "sea", or "site/<what>".
    init(column: Substring) {
        if column.hasPrefix("site") {
            self = .site
        } else {
            self = PlaceKind(rawValue: String(column)) ?? .populatedPlace
        }
    }

    /// Whether the place is an area a distance is better measured to than its point.
    public var isArea: Bool { self == .country || self == .region || self == .sea }
}
