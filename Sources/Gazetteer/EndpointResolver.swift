import Foundation
import Geodesy

/// Turns what a user or a report names into an endpoint: an area or boundary when the text names
/// one (`AreaReference`), otherwise a place from the gazetteer.
///
/// The country and region outlines load only when a text names an area; files are read through
/// the caller's `readFile`, since libraries here do not open files themselves.
public struct EndpointResolver: Sendable {
    public let gazetteer: Gazetteer
    private let loadAtlas: @Sendable () throws -> AreaAtlas
    private let loadRegions: @Sendable () throws -> RegionTable
    private let readFile: @Sendable (String) throws -> Data
    private let loaded = Loaded()

    /// The outlines, loaded on first use and kept; one resolver serves every core of a corpus run,
    /// so the first use is under a lock.
    private final class Loaded: @unchecked Sendable {
        let lock = NSLock()
        var atlas: AreaAtlas?
        var regions: RegionTable?
    }

    /// Footnote for bundled outlines.
    public static let naturalEarthSource =
        "Natural Earth 1:10m boundaries (accurate to about 1 km), de jure view"

    /// - Parameters:
    ///   - atlas: the countries with tagged edges (areas.bin), redrawn for occupied territory if asked.
    ///   - regions: first-level regions and their names; without them, region names are not areas.
    public init(
        gazetteer: Gazetteer, atlas: @escaping @Sendable () throws -> AreaAtlas,
        regions: @escaping @Sendable () throws -> RegionTable = {
            throw GazetteerError.areaEmpty(name: "regions", reason: "no region outlines were loaded")
        },
        readFile: @escaping @Sendable (String) throws -> Data
    ) {
        self.gazetteer = gazetteer
        self.loadAtlas = atlas
        self.loadRegions = regions
        self.readFile = readFile
    }

    private func atlas() throws -> AreaAtlas {
        try loaded.lock.withLock {
            if let atlas = loaded.atlas { return atlas }
            let atlas = try loadAtlas()
            loaded.atlas = atlas
            return atlas
        }
    }

    private func regions() throws -> RegionTable {
        try loaded.lock.withLock {
            if let regions = loaded.regions { return regions }
            let regions = try loadRegions()
            loaded.regions = regions
            return regions
        }
    }

    /// The endpoint `text` names, and a warning when it could also have meant something else
    /// ("Djibouti" the country, not the city).
    public func resolve(_ text: String, options: GeocodeOptions = GeocodeOptions()) throws -> (endpoint: Endpoint, warning: String?) {
        if let codes = gazetteer.countries.ambiguousCodes(forName: text) {
            throw GazetteerError.ambiguousCountry(name: text.trimmingCharacters(in: .whitespaces), codes: codes)
        }
        guard let reference = AreaReference.parse(text, countries: gazetteer.countries) else {
            if AreaReference.hasAreaPrefix(text) {
                throw GazetteerError.malformedAreaReference(text: text.trimmingCharacters(in: .whitespaces))
            }
            return try placeOrRegion(text, options: options)
        }
        let area: AreaEndpoint
        do {
            area = try resolve(reference)
        } catch let error as GazetteerError {
            // "Something District" that names no region may still be a place; outlines that cannot be
            // read are an error, never a quiet fall back to a town ("Kursk Oblast" measured to Kursk).
            guard case .region = reference, case .areaEmpty = error, let place = try? gazetteer.resolve(text, options: options) else {
                throw error
            }
            return (.place(place), nil)
        }
        var warning: String?
        if case let .country(code) = reference,
            let town = try? gazetteer.geocode(text, options: options).first(where: { $0.kind == .primaryName })?.place
        {
            warning =
                "'\(text.trimmingCharacters(in: .whitespaces))' is measured as the country \(area.label); "
                + "for the town write '\(town.name), \(town.countryCode.isEmpty ? code : town.countryCode)'."
        }
        return (.area(area), warning)
    }

    /// The gazetteer's answer: a region or country it names is measured as that area ("Crimea",
    /// "Hokkaido"), anything else as a place; with the resolver's warning for a guess or an
    /// ambiguous name.
    private func placeOrRegion(_ text: String, options: GeocodeOptions) throws -> (endpoint: Endpoint, warning: String?) {
        let (place, _, warning) = try gazetteer.resolveNoting(text, options: options)
        let reference: AreaReference? =
            switch place.kind {
            case .region: .region(name: place.name, country: place.countryCode)
            case .country: .country(code: place.countryCode)
            default: nil
            }
        guard let reference else { return (.place(place), warning) }
        do {
            return (.area(try resolve(reference)), warning)
        } catch GazetteerError.areaEmpty {
            // No outline of that name (a region Natural Earth lacks): the gazetteer's point stands.
            return (.place(place), warning)
        }
    }

    /// The geometry an area reference names.
    public func resolve(_ reference: AreaReference) throws -> AreaEndpoint {
        let countries = gazetteer.countries
        func countryName(_ code: String) -> String { countries.name(forCode: code) ?? code }
        func requireUnits(_ code: String, _ atlas: AreaAtlas) throws {
            guard atlas.hasUnits(code: code) else {
                throw GazetteerError.areaEmpty(
                    name: countryName(code), reason: "Natural Earth's countries layer has no outline with the code \(code)")
            }
        }
        func source(_ atlas: AreaAtlas) -> String {
            atlas.occupied.isEmpty
                ? Self.naturalEarthSource
                : "Natural Earth 1:10m boundaries (accurate to about 1 km), de facto view with the occupied-areas file"
        }
        switch reference {
        case let .country(code):
            let atlas = try atlas()
            try requireUnits(code, atlas)
            let name = countryName(code)
            return AreaEndpoint(
                kind: .country, label: name, countryCode: code, neighbourCode: nil, boundary: atlas.country(code: code, name: name),
                source: source(atlas))
        case let .border(code, neighbour):
            let atlas = try atlas()
            try requireUnits(code, atlas)
            let label = neighbour.map { "the \(countryName(code))–\(countryName($0)) border" } ?? "the land borders of \(countryName(code))"
            let boundary = atlas.landBorder(code: code, neighbour: neighbour, name: label)
            guard !boundary.lines.isEmpty else {
                let reason =
                    neighbour.map { "\(countryName(code)) and \(countryName($0)) share no land border on the map" }
                    ?? "\(countryName(code)) has no land border on the map"
                throw GazetteerError.areaEmpty(name: label, reason: reason + "; measure to the country itself instead")
            }
            return AreaEndpoint(
                kind: .border, label: label, countryCode: code, neighbourCode: neighbour, boundary: boundary, source: source(atlas))
        case let .coast(code):
            let atlas = try atlas()
            if let code { try requireUnits(code, atlas) }
            let label = code.map { "the coast of \(countryName($0))" } ?? "the coast"
            let boundary = atlas.coast(code: code, name: label)
            guard !boundary.lines.isEmpty else {
                throw GazetteerError.areaEmpty(
                    name: label, reason: "\(code.map(countryName) ?? "the map") has no coastline; measure to its borders instead")
            }
            return AreaEndpoint(
                kind: .coast, label: label, countryCode: code, neighbourCode: nil, boundary: boundary, source: source(atlas))
        case let .region(name, country):
            let table = try regions()
            let found = table.regions(named: name, country: country)
            let codes = Array(Set(found.map(\.isoCode))).sorted()
            guard let code = codes.first else {
                throw GazetteerError.areaEmpty(
                    name: name, reason: "no first-level region has that name in Natural Earth's admin-1 layer; check the spelling")
            }
            guard codes.count == 1 else {
                throw GazetteerError.areaEmpty(
                    name: name,
                    reason: "regions of that name lie in \(codes.joined(separator: ", ")); add the country, e.g. '\(name) region, \(code)'")
            }
            let label = "the \(name) region (\(code))"
            let polygons = found.flatMap { $0.polygons.map(AreaAtlas.polygon) }
            let lines = found.flatMap { $0.polygons.flatMap { $0.flatMap { AreaAtlas.lines(of: $0) { $0 != AreaAtlas.EdgeTag.cut } } } }
            return AreaEndpoint(
                kind: .region, label: label, countryCode: code, neighbourCode: nil,
                boundary: Boundary(name: label, polygons: polygons, lines: lines),
                source: "Natural Earth 1:10m admin-1 outlines, simplified (accurate to about 2 km), de jure view",
                regionName: found[0].name)
        case let .file(path):
            let name = URL(fileURLWithPath: path).lastPathComponent
            let boundary = try UserAreaFile.boundary(try readFile(path), path: path, name: name)
            return AreaEndpoint(
                kind: .file, label: name, countryCode: nil, neighbourCode: nil, boundary: boundary,
                source: "\(name) (as accurate as the file)")
        }
    }
}
