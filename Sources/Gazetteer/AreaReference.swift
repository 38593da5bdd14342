import Foundation

/// An endpoint that is an area or a boundary, as a user or a report names it: "Russia", "border:RU",
/// "the Russian border", "the border with Russia", "the Ukraine–Russia border", "coast", "the coast
/// of Ukraine", "file:front.geojson". Names only: `EndpointResolver` turns one into geometry.
public enum AreaReference: Equatable, Sendable {
    /// A country (its ISO code): inside it the distance is 0.
    case country(code: String)
    /// A country's land borders, or only those with `neighbour`.
    case border(code: String, neighbour: String?)
    /// The coastline of a country, or of the whole world.
    case coast(code: String?)
    /// Polygons or lines from a user's GeoJSON file.
    case file(path: String)
    /// A first-level region named with its kind ("Kursk Oblast", "the Kherson region", "South
    /// Hwanghae Province"), in `country` when the text gives one ("Kursk region, RU").
    case region(name: String, country: String?)

    /// The words that make a name a first-level region's (the lexicon's [region-words] are the part
    /// of it that reading uses).
    public static let regionWords: Set<String> = [
        "oblast", "region", "province", "prefecture", "governorate", "krai", "kray", "state", "county", "district", "do",
        "muhafazah",
    ]

    /// The reference `text` names, or nil when it names none (then it is a place name).
    public static func parse(_ text: String, countries: CountryTable) -> AreaReference? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.lowercased().hasPrefix("file:") {
            let path = String(trimmed.dropFirst(5)).trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? nil : .file(path: path)
        }
        // A country's own name first: "Ivory Coast" is a country, not a coast.
        if let code = countries.code(forCountryName: trimmed) { return .country(code: code) }
        let words = normalizedWords(trimmed)
        guard !words.isEmpty else { return nil }
        if let explicit = prefixed(words, countries: countries) { return explicit }
        if let region = region(trimmed, countries: countries) { return region }
        let phrase = words.first == "the" ? Array(words.dropFirst()) : words
        guard let last = phrase.last else { return nil }
        switch last {
        case "border", "borders", "frontier", "boundary":
            return borderPhrase(Array(phrase.dropLast()), countries: countries)
        case "coast", "coastline", "shore", "shoreline":
            let before = Array(phrase.dropLast())
            if before.isEmpty { return .coast(code: nil) }
            return country(in: before, countries: countries, adjective: true).map { .coast(code: $0) }
        default:
            break
        }
        // "border with Russia", "border of Russia", "coast of Ukraine", "coastline of Crimea".
        if let head = phrase.first, phrase.count >= 3, ["with", "of", "between"].contains(phrase[1]) {
            let rest = Array(phrase.dropFirst(2))
            switch head {
            case "border", "frontier", "boundary":
                if phrase[1] == "between" { return borderPair(rest, countries: countries) }
                return country(in: rest, countries: countries, adjective: false).map { .border(code: $0, neighbour: nil) }
            case "coast", "coastline", "shore":
                return country(in: rest, countries: countries, adjective: false).map { .coast(code: $0) }
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether `text` starts like a prefixed area ("border:", "coast :", "country:", "file:"): when
    /// `parse` finds no area in it, it is a malformed area, never a place name ("border:" is not
    /// Bordères).
    public static func hasAreaPrefix(_ text: String) -> Bool {
        let words = normalizedWords(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let first = words.first else { return false }
        let keyword = first.hasSuffix(":") ? String(first.dropLast()) : words.count >= 2 && words[1] == ":" ? first : nil
        return keyword.map { ["border", "coast", "country", "file"].contains($0) } ?? false
    }

    /// "Kursk Oblast", "the Kherson region", "Kursk region, RU": a name and a region word, then an
    /// optional country.
    private static func region(_ text: String, countries: CountryTable) -> AreaReference? {
        var body = text, country: String?
        if let comma = text.lastIndex(of: ",") {
            let tail = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            guard let code = countryCode([tail], countries: countries) else { return nil }
            country = code
            body = String(text[..<comma])
        }
        var words = body.split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first?.lowercased() == "the" { words.removeFirst() }
        guard words.count >= 2, let last = words.last, regionWords.contains(last.lowercased()) else { return nil }
        return .region(name: words.dropLast().joined(separator: " "), country: country)
    }

    /// `border:RU`, `border:UA-RU`, `coast`, `coast:UA`, `country:UA` (codes or English names).
    private static func prefixed(_ words: [String], countries: CountryTable) -> AreaReference? {
        guard let first = words.first, first.hasSuffix(":") || words.count >= 2 && words[1] == ":" else {
            return words == ["coast"] ? .coast(code: nil) : nil
        }
        let keyword = first.hasSuffix(":") ? String(first.dropLast()) : first
        let rest = Array(words.dropFirst(first.hasSuffix(":") ? 1 : 2))
        let codes = rest.split(separator: "-").map { countryCode(Array($0), countries: countries) }
        switch keyword {
        case "border" where codes.count == 1: return codes[0].map { .border(code: $0, neighbour: nil) }
        case "border" where codes.count == 2:
            guard let one = codes[0], let other = codes[1] else { return nil }
            return .border(code: one, neighbour: other)
        case "coast" where codes.count <= 1: return codes.isEmpty ? .coast(code: nil) : codes[0].map { .coast(code: $0) }
        case "country" where codes.count == 1: return codes[0].map { .country(code: $0) }
        default: return nil
        }
    }

    /// "Russian", "Ukraine–Russia", "Russia-Ukraine", "Israel-Lebanon" before "border".
    private static func borderPhrase(_ words: [String], countries: CountryTable) -> AreaReference? {
        if words.isEmpty { return nil }
        if words.contains("-") || words.contains("and") { return borderPair(words, countries: countries) }
        return country(in: words, countries: countries, adjective: true).map { .border(code: $0, neighbour: nil) }
    }

    private static func borderPair(_ words: [String], countries: CountryTable) -> AreaReference? {
        let parts = words.split { $0 == "-" || $0 == "and" }.map(Array.init)
        guard parts.count == 2, let one = country(in: parts[0], countries: countries, adjective: true),
            let other = country(in: parts[1], countries: countries, adjective: true), one != other
        else { return nil }
        return .border(code: one, neighbour: other)
    }

    /// A country from its name ("Russia", "the UK"), a possessive ("Russia's"), or with `adjective`
    /// an adjective ("Russian").
    private static func country(in words: [String], countries: CountryTable, adjective: Bool) -> String? {
        var words = words.first == "the" ? Array(words.dropFirst()) : words
        guard !words.isEmpty else { return nil }
        if let last = words.last, last.hasSuffix("'s") { words[words.count - 1] = String(last.dropLast(2)) }
        let text = words.joined(separator: " ")
        return countries.code(forCountryName: text) ?? (adjective ? countries.code(forAdjective: text) : nil)
    }

    private static func countryCode(_ words: [String], countries: CountryTable) -> String? {
        let text = words.joined(separator: " ")
        if text.count == 2, countries.name(forCode: text) != nil { return text.uppercased() }
        return countries.code(forCountryName: text)
    }

    /// Lower-case words, with every dash (-, –, —) and colon a word of its own.
    private static func normalizedWords(_ text: String) -> [String] {
        var spaced = text.lowercased()
        for dash in ["\u{2013}", "\u{2014}", "\u{2212}"] { spaced = spaced.replacingOccurrences(of: dash, with: "-") }
        spaced = spaced.replacingOccurrences(of: "\u{2019}", with: "'")
        spaced = spaced.replacingOccurrences(of: "-", with: " - ").replacingOccurrences(of: ":", with: ": ")
        return spaced.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
