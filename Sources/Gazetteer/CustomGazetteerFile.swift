import Foundation
import Geodesy

/// Reads a user's gazetteer TSV: places that GeoNames lacks or places too coarsely.
///
/// Columns (tab-separated, header line optional, `#` starts a comment line):
/// `name  latitude  longitude  countryCode  admin1  population  extentMeters  alternateNames  source  kind`
/// where alternateNames are separated by `|`, kind is what a site is ("air base"; empty: a town),
/// and empty cells mean unknown. The bundled gazetteer/sites.tsv has the same layout.
public enum CustomGazetteerFile {
    /// The largest extent a place may have: a radius of 20,000 km, half the way round the Earth (an ocean).
    public static let maximumExtentMeters = 20_000_000.0

    /// The largest population a row may give: more than any city, less than any mistake of scale.
    public static let maximumPopulation = 2_000_000_000

    public static let header =
        "name\tlatitude\tlongitude\tcountryCode\tadmin1\tpopulation\textentMeters\talternateNames\tsource\tkind"

    public static func parse(_ text: String, path: String, countries: CountryTable) throws -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") || line.hasPrefix("name\t") { continue }
            entries.append(try entry(from: line, path: path, lineNumber: index + 1, countries: countries))
        }
        return entries
    }

    /// A decimal number as a person writes one ("49.98", "-0.5", "1e3"): Swift's `Double(_:)` also reads
    /// hexadecimal ("0x1p3"), "nan" and "inf", which are no coordinates.
    static func decimal(_ text: String) -> Double? {
        guard !text.isEmpty,
            text.utf8.allSatisfy({ byte in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || [
                        UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                        UInt8(ascii: "e"), UInt8(ascii: "E"),
                    ].contains(byte)
            }), let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    private static func entry(from line: String, path: String, lineNumber: Int, countries: CountryTable) throws -> GazetteerEntry {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        func fail(_ problem: String) -> GazetteerError {
            .customFileInvalid(path: path, line: lineNumber, problem: problem)
        }
        guard fields.count >= 4 else {
            throw fail("expected at least 4 tab-separated columns (name, latitude, longitude, countryCode), found \(fields.count)")
        }
        guard !fields[0].isEmpty else { throw fail("the name is empty") }
        guard let latitude = decimal(fields[1]), let longitude = decimal(fields[2]) else {
            throw fail("latitude '\(fields[1])' and longitude '\(fields[2])' must be decimal degrees")
        }
        let coordinate: Coordinate
        do {
            coordinate = try Coordinate(latitudeDegrees: latitude, longitudeDegrees: longitude)
        } catch let error as CoordinateError {
            throw fail(error.clause)
        }
        func optional(_ index: Int) -> String? {
            index < fields.count && !fields[index].isEmpty ? fields[index] : nil
        }
        let extent = try optional(6).map { text -> Double in
            guard let meters = decimal(text), (0...Self.maximumExtentMeters).contains(meters) else {
                throw fail("extentMeters '\(text)' must be a number of metres from 0 to 20,000,000 (a place's radius)")
            }
            return meters
        }
        let code = fields[3].uppercased()
        // Empty for no country (a site at sea); otherwise a code the gazetteer knows.
        guard code.isEmpty || countries.name(forCode: code) != nil else {
            throw fail(
                "countryCode '\(fields[3])' is no ISO 3166-1 alpha-2 code the gazetteer knows; give one such as UA, or leave it empty")
        }
        let population = try optional(5).map { text -> Int in
            guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), text.utf8.count <= 10,
                let people = Int(text), people <= Self.maximumPopulation
            else {
                throw fail("population '\(text)' must be a whole number of people from 0 to 2000000000, written without separators")
            }
            return people
        }
        let place = Place(
            name: fields[0], coordinate: coordinate, countryCode: code, country: countries.name(forCode: code),
            admin1: optional(4), population: population ?? 0, geonameID: nil, extentMeters: extent,
            kind: optional(9) == nil ? .populatedPlace : .site, siteKind: optional(9))
        let alternates = optional(7)?.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        return GazetteerEntry(place: place, alternateNames: alternates)
    }
}
