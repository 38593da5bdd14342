import Geodesy

/// One end of a measured distance: a place (a point that stands for a town with some extent) or an
/// area (a country, a border, a coast, a user's polygon or line).
public enum Endpoint: Sendable {
    case place(Place)
    case area(AreaEndpoint)

    /// How answers name it: "Kharkiv (UA)", "the Russian border".
    public var label: String {
        switch self {
        case let .place(place): return place.label
        case let .area(area): return area.label
        }
    }

    /// A short name for sentences: "Kharkiv", "the Russian border".
    public var name: String {
        switch self {
        case let .place(place): return place.name
        case let .area(area): return area.label
        }
    }

    public var place: Place? {
        if case let .place(place) = self { return place }
        return nil
    }
}

/// An area endpoint: what it is, what it is called, and its geometry.
public struct AreaEndpoint: Sendable {
    public enum Kind: String, Sendable, Codable {
        case country, region, border, coast, file
    }

    public let kind: Kind
    /// "Russia", "the Russian border", "the Ukraine–Russia border", "the coast of Ukraine", "front.geojson".
    public let label: String
    /// The ISO code of the country it belongs to, if any.
    public let countryCode: String?
    /// The other country of a border between two.
    public let neighbourCode: String?
    public let boundary: Boundary
    /// Where the outline comes from and how accurate it is, for the answer's footnote.
    public let source: String
    /// A region's name in the outlines' layer ("Kursk"), for writing it back into a spec.
    public let regionName: String?

    /// How a spec names it again (`to:` of a line): "country:YE", "border:UA-RU", "coast", "coast:UA".
    public var specText: String? {
        switch kind {
        case .country: return countryCode.map { "country:\($0)" }
        case .region: return regionName.flatMap { name in countryCode.map { "\(name) region, \($0)" } }
        case .border: return countryCode.map { code in "border:" + ([code] + [neighbourCode].compactMap { $0 }).joined(separator: "-") }
        case .coast: return countryCode.map { "coast:\($0)" } ?? "coast"
        case .file: return nil
        }
    }

    public init(
        kind: Kind, label: String, countryCode: String?, neighbourCode: String?, boundary: Boundary, source: String,
        regionName: String? = nil
    ) {
        self.regionName = regionName
        self.kind = kind
        self.label = label
        self.countryCode = countryCode
        self.neighbourCode = neighbourCode
        self.boundary = boundary
        self.source = source
    }
}
