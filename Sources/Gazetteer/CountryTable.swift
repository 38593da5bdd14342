import Foundation

/// Countries by ISO code and English name, from `countries.tsv` (GeoNames countryInfo).
public struct CountryTable: Sendable {
    public struct Country: Sendable, Equatable {
        public let code: String
        public let code3: String
        public let name: String
        public let capital: String
    }

    private let byCode: [String: Country]
    private let codeByFoldedName: [String: String]

    /// - Parameter aliases: everyday names GeoNames spells otherwise ("uk" → GB), keyed by folded name.
    public init(countries: [Country], aliases: [String: String] = [:]) {
        var byCode: [String: Country] = [:]
        var byName = aliases
        for country in countries {
            byCode[country.code] = country
            byName[NameFolding.fold(country.name)] = country.code
            byName[country.code3.lowercased()] = country.code
        }
        self.byCode = byCode
        self.codeByFoldedName = byName
    }

    /// Parses `countries.tsv` (iso2, iso3, name, capital, population) and `country-aliases.tsv`
    /// (folded name, iso2; lines starting with # are comments).
    init(tsv: String, aliasesTSV: String) {
        let aliasPairs = aliasesTSV.split(separator: "\n").compactMap { line -> (String, String)? in
            let fields = line.split(separator: "\t").map(String.init)
            guard !line.hasPrefix("#"), fields.count == 2 else { return nil }
            return (NameFolding.fold(fields[0]), fields[1])
        }
        self.init(
            countries: tsv.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 4 else { return nil }
                return Country(code: fields[0], code3: fields[1], name: fields[2], capital: fields[3])
            }, aliases: Dictionary(aliasPairs, uniquingKeysWith: { first, _ in first }))
    }

    public func name(forCode code: String) -> String? {
        byCode[code.uppercased()]?.name
    }

    /// The ISO alpha-2 code for a code ("UA", "ukr") or an English name ("Ukraine", "South Korea").
    public func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 2, byCode[trimmed.uppercased()] != nil { return trimmed.uppercased() }
        return codeByFoldedName[NameFolding.fold(trimmed)]
    }
}
