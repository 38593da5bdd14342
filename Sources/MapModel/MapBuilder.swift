import Foundation
import Gazetteer
import Geodesy
import Verification

/// Turns a spec into a `BriefingMap`: geocodes, measures, verifies and computes rings, reporting any
/// failure at the spec line that caused it.
public struct MapBuilder {
    /// Names to places, and to areas for lines that run to a border, a coast or a country.
    public let resolver: EndpointResolver
    /// How a line's `stated:` distance is read ("about 460 km").
    public let hedges: Hedges
    /// Territory held by another state, by holder: shaded on maps with `borders: de-facto`.
    public let occupied: [String: [PlanarPolygon<Geographic>]]
    /// Whether spelling guesses may stand for names (`--accept-guesses`; a spec may also say
    /// `accept-guesses: true`). Each accepted guess becomes a warning.
    public let acceptsGuesses: Bool
    /// Reads a spec's layer from its file: the layer's name there and its features. The CLI gives one
    /// that finds the file beside the spec and reads it with GDAL; the builder itself reads no files.
    public let readLayer: LayerReader

    /// A spec's layer → its name in the dataset and its features (`GISReader` in the CLI).
    public typealias LayerReader = (MapSpec.LayerSpec) throws -> (name: String, features: [LayerFeature])

    public var gazetteer: Gazetteer { resolver.gazetteer }

    public init(
        resolver: EndpointResolver, hedges: Hedges, occupied: [String: [PlanarPolygon<Geographic>]] = [:], acceptsGuesses: Bool = false,
        readLayer: @escaping LayerReader = Self.noLayers
    ) {
        self.resolver = resolver
        self.hedges = hedges
        self.occupied = occupied
        self.acceptsGuesses = acceptsGuesses
        self.readLayer = readLayer
    }

    /// For builders that read no files: a spec with `layers` is refused at its first layer.
    public static func noLayers(_ layer: MapSpec.LayerSpec) throws -> (name: String, features: [LayerFeature]) {
        throw MapModelError(layer.file.location, "layers cannot be read here; render the spec with eventmap render.")
    }

    /// A builder for maps of places only: a spec that names an area is refused.
    public init(gazetteer: Gazetteer, hedges: Hedges) {
        self.init(
            resolver: EndpointResolver(
                gazetteer: gazetteer, atlas: { throw GazetteerError.areaEmpty(name: "areas", reason: "no area outlines were loaded") },
                readFile: { path in throw GazetteerError.areaFileInvalid(path: path, problem: "files cannot be read here") }),
            hedges: hedges)
    }

    /// The most vertices a map's lines and rings may have together: a GeoJSON of about 12 MB and an
    /// SVG rendered in seconds with well under 1 GB of memory. Counted as they are made, so a spec
    /// beyond it costs no more than the limit's worth of work before it is refused.
    public static let maximumVertices = 500_000

    public func build(_ spec: MapSpec) throws -> BriefingMap {
        // De facto borders are the de jure basemap and the territory another state holds, which
        // eventmap does not bundle: a layer of the spec's with role occupied, or `--occupied FILE`.
        if spec.borders == .deFacto, occupied.isEmpty, !spec.layers.contains(where: { $0.role == .occupied }) {
            throw MapModelError(
                nil,
                "'borders: de-facto' needs the territory held by another state, which eventmap does not bundle; add a layer "
                    + "with role: occupied (layers: [{file: held.gpkg, role: occupied}]) or render with --occupied FILE, "
                    + "or use borders: de-jure.")
        }
        let options = GeocodeOptions(acceptsGuesses: acceptsGuesses || spec.acceptGuesses)
        let frame = spec.extent.map { GeoBounds(west: $0.west, south: $0.south, east: $0.east, north: $0.north) }
        var warnings: [String] = []
        let places = try spec.places.map { item in
            let (place, written) = try resolveNamed(item.place, options: options, frame: frame, warnings: &warnings)
            return MapPlace(
                place: place, label: item.label ?? written ?? place.name, role: item.role, date: item.date, note: item.note, keep: item.keep
            )
        }
        var budget = VertexBudget()
        let lines = try spec.lines.map { item in
            let made = try self.line(item, options: options, frame: frame, warnings: &warnings)
            try budget.spend(made.path.lines.reduce(0) { $0 + $1.coordinates.count }, at: item.from.location)
            return made
        }
        var areas = try spec.areas.map { item in
            let made = try self.area(item, options: options, warnings: &warnings)
            try budget.spend(made.vertexCount, at: item.area.location)
            return made
        }
        if spec.borders == .deFacto {
            areas += occupied.keys.sorted().map { holder in
                MapArea(name: "occupied", label: "occupied", polygons: occupied[holder] ?? [], lines: [], isOccupied: true)
            }
        }
        let rings = try spec.rings.flatMap { item in
            let made = try self.rings(item, options: options, frame: frame, warnings: &warnings)
            try budget.spend(made.reduce(0) { $0 + $1.area.vertexCount }, at: item.center.location)
            return made
        }
        let layers = try spec.layers.map { item in
            let (name, features) = try readLayer(item)
            let made = MapLayer(label: item.label ?? name, role: item.role, color: item.color, source: item.source, features: features)
            try budget.spend(made.vertexCount, at: item.file.location)
            return made
        }
        return BriefingMap(
            name: spec.name, title: spec.title, subtitle: spec.subtitle, date: spec.date, source: spec.source,
            projection: spec.projection,
            requestedExtent: spec.extent.map { GeoBounds(west: $0.west, south: $0.south, east: $0.east, north: $0.north) },
            widthPixels: spec.widthPixels, heightPixels: spec.heightPixels, borders: spec.borders, inset: spec.inset,
            labelUnit: LengthUnit(spelling: spec.labelUnit) ?? .kilometers, places: places, lines: lines, rings: rings, areas: areas,
            layers: layers, warnings: warnings, style: spec.style)
    }

    /// The place, and the name as the spec wrote it when that is a known name of the place, not a
    /// guess ("Zaporizhzhia", not GeoNames' "Zaporizhzhya"; "Hodeidah", not "Al Ḩudaydah"), for its
    /// default label. An accepted guess is labelled with the name of the place it was read as.
    private func resolveNamed(
        _ name: MapSpec.Located<String>, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]
    ) throws -> (Place, String?) {
        let (place, kind) = try resolveMatch(name, options: options, frame: frame, warnings: &warnings)
        // "Sloviansk, UA": the name is the part before the country or region qualifier.
        let written = (name.value.split(separator: ",").first.map(String.init) ?? name.value).trimmingCharacters(in: .whitespaces)
        let isOwnName = kind != .coordinate && !kind.isGuess && written != written.lowercased()
        return (place, isOwnName ? written : nil)
    }

    private func resolve(
        _ name: MapSpec.Located<String>, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]
    ) throws -> Place {
        try resolveMatch(name, options: options, frame: frame, warnings: &warnings).place
    }

    /// A place and how its name matched; a spelling guess only when accepted, and then with a warning
    /// naming the spec line. With an extent, a name is read inside it (see `framed`).
    private func resolveMatch(
        _ name: MapSpec.Located<String>, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]
    ) throws -> (place: Place, kind: MatchKind) {
        do {
            let (place, kind, warning) = try gazetteer.resolveNoting(name.value, options: options)
            if let (inside, insideKind) = framed(place, name: name, options: options, frame: frame, warnings: &warnings) {
                return (inside, insideKind)
            }
            if let warning { warnings.append("\(name.location): \(warning)") }
            return (place, kind)
        } catch {
            throw MapModelError(name.location, "\(error)")
        }
    }

    /// A map's extent is evidence of where its places are: a subject named in the spec that resolved
    /// outside the extent the spec gives is read as the best place of that name inside it, with a
    /// warning naming both ("Pingtan" on a Taiwan map is Fujian's, not Chongqing's; "Matsu" the
    /// islands, not Matsue, Japan). When no place of the name lies inside, the warning says the
    /// subject lies outside the map: never a silent drop. Nil when the place stands as it is.
    private func framed(
        _ place: Place, name: MapSpec.Located<String>, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]
    ) -> (Place, MatchKind)? {
        guard let frame, !frame.contains(place.coordinate) else { return nil }
        var wider = options
        wider.limit = 20
        wider.allowsSpellingMatches = false
        let candidates = (try? gazetteer.geocode(name.value, options: wider)) ?? []
        if let inside = candidates.first(where: { !$0.isGuess && $0.kind != .fuzzy && frame.contains($0.place.coordinate) }) {
            // Two places of one country are told apart by region: "Pingtan (Chongqing Shi, CN)".
            let outside =
                place.countryCode == inside.place.countryCode && place.admin1 != nil
                ? "\(place.name) (\(place.admin1 ?? ""), \(place.countryCode))" : place.label
            warnings.append(
                "\(name.location): '\(name.value)' is read as \(inside.place.label), inside the map's extent, not \(outside) "
                    + "outside it; write \"\(inside.place.name), \(inside.place.countryCode)\" or coordinates to say so.")
            return (inside.place, inside.kind)
        }
        warnings.append(
            "\(name.location): \(place.label), read for '\(name.value)', lies outside the map's extent \(frame.specText); "
                + "widen the extent, or name the place more fully (\"\(name.value), COUNTRY\") or by coordinates.")
        return nil
    }

    private func length(_ text: MapSpec.Located<String>) throws -> Length {
        do {
            return try Length.parse(text.value)
        } catch {
            throw MapModelError(text.location, "\(error)")
        }
    }

    private func line(_ item: MapSpec.LineSpec, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]) throws -> MapLine {
        let from = try endpoint(item.from, options: options, frame: frame, warnings: &warnings)
        let to = try endpoint(item.to, options: options, frame: frame, warnings: &warnings)
        let measured: BoundaryDistance
        do {
            measured = try EndpointMeasure().distance(from: from, to: to)
        } catch {
            throw MapModelError(item.to.location, "\(error)")
        }
        guard measured.distanceMeters >= RangeRing.minimumRadiusMeters else {
            let why =
                measured.isInside
                ? "(\(from.name) and \(to.name) overlap); give a place outside the area"
                : "(both are \(from.name)); give two different places"
            throw MapModelError(item.to.location, "the line from '\(item.from.value)' to '\(item.to.value)' has no length \(why).")
        }
        var verification: DistanceVerification?
        if let stated = item.stated {
            do {
                let tolerance = try item.tolerance.map { try Tolerance.parse($0.value) } ?? .standard
                verification = DistanceVerifier().verify(
                    from: from, to: to, measured: measured, stated: try StatedDistance.parse(stated.value, hedges: hedges),
                    tolerance: tolerance)
            } catch {
                throw MapModelError((item.tolerance ?? stated).location, "\(error)")
            }
        }
        return MapLine(
            from: from, to: to, start: measured.nearestFrom, end: measured.nearestTo, label: item.label,
            distanceMeters: measured.distanceMeters, path: GeodesicPath.between(measured.nearestFrom, measured.nearestTo),
            verification: verification, color: item.color, legend: item.legend)
    }

    /// A line's end: a place, or an area such as `border:RU`, `coast` or `Yemen`.
    private func endpoint(
        _ name: MapSpec.Located<String>, options: GeocodeOptions, frame: GeoBounds? = nil, warnings: inout [String]
    ) throws -> Endpoint {
        do {
            let (endpoint, warning) = try resolver.resolve(name.value, options: options)
            // A line's end that is a place is read inside the extent, as places are; areas stand.
            if case let .place(place) = endpoint,
                let (inside, _) = framed(place, name: name, options: options, frame: frame, warnings: &warnings)
            {
                return .place(inside)
            }
            if let warning { warnings.append("\(name.location): \(warning)") }
            return endpoint
        } catch {
            throw MapModelError(name.location, "\(error)")
        }
    }

    /// A shaded area: a country or a file's polygons filled, a border or coast drawn as a line.
    private func area(_ item: MapSpec.AreaSpec, options: GeocodeOptions, warnings: inout [String]) throws -> MapArea {
        guard case let .area(area) = try endpoint(item.area, options: options, warnings: &warnings) else {
            throw MapModelError(
                item.area.location,
                "'\(item.area.value)' is a place, not an area; mark it under 'places', or name a country, a border (border:RU), "
                    + "a coast or a file (file:front.geojson).")
        }
        return MapArea(
            name: area.label, label: item.label ?? area.label, polygons: area.boundary.polygons,
            lines: area.boundary.polygons.isEmpty ? area.boundary.lines : [], isOccupied: false)
    }

    /// One ring per radius ("radii: [300 km, 460 km]" draws two).
    private func rings(_ item: MapSpec.RingSpec, options: GeocodeOptions, frame: GeoBounds?, warnings: inout [String]) throws -> [MapRing] {
        let center = try resolve(item.center, options: options, frame: frame, warnings: &warnings)
        let inner = try item.innerRadius.map { try length($0).meters }
        return try item.radii.map { radiusText in
            let radius = try length(radiusText).meters
            do {
                let area: GeoMultiPolygon
                if let azimuths = item.azimuths {
                    area = try RangeRing.sector(
                        center: center.coordinate, radiusMeters: radius, innerRadiusMeters: inner,
                        fromAzimuthDegrees: azimuths.fromDegrees, toAzimuthDegrees: azimuths.toDegrees)
                } else {
                    guard inner == nil else {
                        throw MapModelError(
                            item.innerRadius?.location, "'inner-radius' needs 'azimuths' (a sector); for a full ring leave it out.")
                    }
                    area = try RangeRing.polygon(center: center.coordinate, radiusMeters: radius)
                }
                return MapRing(
                    center: center, radiusMeters: radius, innerRadiusMeters: inner, azimuths: item.azimuths,
                    label: item.label, area: area, color: item.color, legend: item.legend)
            } catch let error as MapModelError {
                throw error
            } catch {
                throw MapModelError(radiusText.location, "\(error)")
            }
        }
    }
}

/// The running count of vertices against `MapBuilder.maximumVertices`.
private struct VertexBudget {
    private var spent = 0

    mutating func spend(_ vertices: Int, at location: SourceLocation) throws {
        spent += vertices
        guard spent <= MapBuilder.maximumVertices else {
            throw MapModelError(
                location,
                "with this feature the map's lines, rings, areas and layers reach more than \(MapBuilder.maximumVertices) vertices, "
                    + "the limit; draw fewer or smaller features, simplify the layers, or split the map.")
        }
    }
}
