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
    /// Each country's capital, folded once: extraction asks of every candidate whether it is one.
    private let foldedCapitalByCode: [String: String]
    private let codeByFoldedName: [String: String]
    /// Names and aliases only, without alpha-3 codes: what a bare word must match to mean the country.
    private let codeByFoldedCountryName: [String: String]
    private let codeByFoldedAdjective: [String: String]
    /// Names several countries answer to ("korea" → KR, KP): an alias line with codes joined by commas.
    private let codesByAmbiguousName: [String: [String]]
    /// The first part of a name joined by "and" ("trinidad" of Trinidad and Tobago), keyed folded.
    private let codeByFoldedShortName: [String: String]

    /// - Parameters:
    ///   - aliases: everyday names GeoNames spells otherwise ("uk" → GB), keyed by folded name.
    ///   - adjectives: "russian" → RU, for "the Russian border", keyed by folded adjective.
    public init(countries: [Country], aliases: [String: String] = [:], adjectives: [String: String] = [:]) {
        var byCode: [String: Country] = [:]
        var byName = aliases.filter { !$0.value.contains(",") }
        codesByAmbiguousName = aliases.filter { $0.value.contains(",") }.mapValues { $0.split(separator: ",").map(String.init) }
        for country in countries {
            byCode[country.code] = country
            byName[NameFolding.fold(country.name)] = country.code
        }
        self.codeByFoldedCountryName = byName
        for country in countries {
            byName[country.code3.lowercased()] = country.code
        }
        self.byCode = byCode
        foldedCapitalByCode = byCode.compactMapValues { $0.capital.isEmpty ? nil : NameFolding.fold($0.capital) }
        self.codeByFoldedName = byName
        self.codeByFoldedAdjective = adjectives
        sortedFoldedNames = byName.keys.sorted()
        var shortNames: [String: String] = [:]
        for country in countries {
            guard let and = country.name.range(of: " and ") else { continue }
            shortNames[NameFolding.fold(String(country.name[..<and.lowerBound]))] = country.code
        }
        codeByFoldedShortName = shortNames
    }

    /// The country whose name joined by "and" starts with `text` ("Trinidad" → TT, "Bosnia" → BA): how
    /// reports shorten it, so a namesake elsewhere is no place of a report that names the country.
    public func code(forShortName text: String) -> String? {
        codeByFoldedShortName[NameFolding.fold(text)]
    }

    /// The folded names and codes in order, for `hasName(startingWith:)`.
    private let sortedFoldedNames: [String]

    /// Whether some country's folded name or code starts with `folded` ("north" of "northkorea"): a
    /// run of words that is no start of a name need not be tried longer.
    public func hasName(startingWith folded: String) -> Bool {
        var low = 0, high = sortedFoldedNames.count
        while low < high {
            let middle = (low + high) / 2
            if sortedFoldedNames[middle] < folded { low = middle + 1 } else { high = middle }
        }
        return low < sortedFoldedNames.count && sortedFoldedNames[low].hasPrefix(folded)
    }

    /// Parses `countries.tsv` (iso2, iso3, name, capital, population), `country-aliases.tsv` and
    /// `country-adjectives.tsv` (a word and an iso2 code; lines starting with # are comments).
    init(tsv: String, aliasesTSV: String, adjectivesTSV: String = "") {
        func pairs(_ text: String) -> [String: String] {
            let pairs = text.split(separator: "\n").compactMap { line -> (String, String)? in
                let fields = line.split(separator: "\t").map(String.init)
                guard !line.hasPrefix("#"), fields.count == 2 else { return nil }
                return (NameFolding.fold(fields[0]), fields[1])
            }
            return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        }
        self.init(
            countries: tsv.split(separator: "\n").compactMap { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 4 else { return nil }
                return Country(code: fields[0], code3: fields[1], name: fields[2], capital: fields[3])
            }, aliases: pairs(aliasesTSV), adjectives: pairs(adjectivesTSV))
    }

    /// The code for a country's name or everyday alias ("Russia", "the UK"), not for a code: the
    /// test for whether a bare word means a country.
    public func code(forCountryName text: String) -> String? {
        let folded = NameFolding.fold(text)
        if folded.hasPrefix("the"), let code = codeByFoldedCountryName[String(folded.dropFirst(3))] { return code }
        return codeByFoldedCountryName[folded]
    }

    /// The countries a name means when it means more than one ("Korea": KR, KP; "the Congo": CG, CD).
    public func ambiguousCodes(forName text: String) -> [String]? {
        let folded = NameFolding.fold(text)
        if folded.hasPrefix("the"), let codes = codesByAmbiguousName[String(folded.dropFirst(3))] { return codes }
        return codesByAmbiguousName[folded]
    }

    /// The code for an adjective ("Russian" → RU, "North Korean" → KP).
    public func code(forAdjective text: String) -> String? {
        codeByFoldedAdjective[NameFolding.fold(text)]
    }

    /// Whether `name` is the capital of the country `code` ("Tokyo", JP), as GeoNames names it.
    public func isCapital(_ name: String, code: String) -> Bool {
        guard let capital = foldedCapitalByCode[code] else { return false }
        return capital == NameFolding.fold(name)
    }

    /// The capital's name of the country with this ISO code, when GeoNames gives one.
    public func capital(forCode code: String) -> String? {
        byCode[code.uppercased()].flatMap { $0.capital.isEmpty ? nil : $0.capital }
    }

    public func name(forCode code: String) -> String? {
        byCode[code.uppercased()]?.name
    }

    /// The ISO alpha-2 code for a code ("UA", "ukr") or an English name ("Ukraine", "South Korea").
    public func code(for text: String) -> String? {
        // Folding drops spaces, so no trimming (Foundation's is slow, and extraction asks per word).
        let folded = NameFolding.fold(text)
        if folded.count == 2, text.unicodeScalars.filter({ $0 != " " }).count == 2, byCode[folded.uppercased()] != nil {
            return folded.uppercased()
        }
        return codeByFoldedName[folded]
    }
}
