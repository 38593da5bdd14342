import Foundation
import Gazetteer
import Geodesy
import MapModel
import Verification

/// Draws a `BriefingMap` as an SVG 1.1 document: basemap, graticule, rings, geodesic lines, markers,
/// collision-free labels, and the furniture a briefing needs (title, legend, scale bar, north arrow,
/// source and attribution). Deterministic: the same map gives the same bytes.
public struct SVGRenderer: Sendable {
    public let basemap: Basemap
    /// First-level region boundaries as lines of (longitude, latitude), drawn on regional maps only.
    public let admin1Lines: [[GeographicPoint]]
    /// Label widths from the fonts the labels are drawn in.
    public let widths: TextWidths
    /// The measured outlines, drawn instead of `basemap` in small frames; nil draws `basemap` always.
    public let detailedOutlines: DetailedOutlines?
    /// Seas, gulfs and straits named in the water of maps at their scale.
    public let waterNames: [WaterName]
    /// Rivers (lines) and lakes (polygons of rings) in longitude/latitude, drawn on regional maps.
    public let rivers: [[GeographicPoint]]
    public let lakes: [[[GeographicPoint]]]

    public init(
        basemap: Basemap, admin1Lines: [[GeographicPoint]] = [], widths: TextWidths, detailedOutlines: DetailedOutlines? = nil,
        waterNames: [WaterName] = [], rivers: [[GeographicPoint]] = [], lakes: [[[GeographicPoint]]] = []
    ) {
        self.basemap = basemap
        self.admin1Lines = admin1Lines
        self.widths = widths
        self.detailedOutlines = detailedOutlines
        self.waterNames = waterNames
        self.rivers = rivers
        self.lakes = lakes
    }

    /// Frames narrower than this, in projected metres, get a note that the basemap has no detail there.
    static let detailedBasemapMeters = 50_000.0

    /// A drawn map, and the feature labels that found no room (country names are not counted).
    public struct Rendered: Sendable {
        public let svg: String
        public let droppedLabels: [String]
        /// The reference places among `droppedLabels`, left off with their markers (no `keep: true`).
        public var droppedPlaces: [String] = []
    }

    public func render(_ map: BriefingMap) throws -> String {
        try renderReporting(map).svg
    }

    /// The SVG and every feature label it had to leave out, which `render` reports one line each.
    public func renderReporting(_ map: BriefingMap) throws -> Rendered {
        // Furniture follows the page: the map is laid out on a page of standard size (`PageScale`) and
        // scaled to the one asked for, so text stays legible at 4000 × 3000 and the legend does not
        // swallow a 400 × 300 map.
        let scale = PageScale(widthPixels: map.widthPixels, heightPixels: map.heightPixels)
        let width = scale.layoutWidth, height = scale.layoutHeight
        // The projection is chosen from the map alone, so the footer that names it is laid out first.
        let choice = ProjectionChoice.choose(for: map, bounds: MapFrame.bounds(for: map))
        let projectionWords = ProjectionName.words(for: choice.definition, map: map)
        func layout(_ note: String?) throws -> (PageText, PageRect, MapFrame) {
            let text = PageText(map: map, projection: projectionWords, pageWidth: width, widths: widths, scaleNote: note)
            let rect = PageRect(
                minX: MapStyle.margin, minY: text.headerHeight, maxX: width - MapStyle.margin, maxY: height - text.footerHeight)
            return (text, rect, try MapFrame(map: map, pixelRect: rect))
        }
        var (text, mapRect, frame) = try layout(nil)
        // Natural Earth 1:10m has no streets or villages: a frame under 50 km across says so, and gets
        // no world locator (a dot on a world map tells a reader nothing there) and no country name.
        let isCityScale = frame.visibleRect.width < Self.detailedBasemapMeters
        if isCityScale {
            (text, mapRect, frame) = try layout(
                "At this scale the basemap (Natural Earth 1:10m, about 1 km) shows no local detail; positions are from the spec.")
        }
        let geometry = MapGeometry(frame: frame, planar: PlanarGeometry())
        var svg = SVGWriter()
        svg.raw(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        svg.raw(#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#)
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"), ("version", "1.1"),
                ("width", SVGWriter.number(Double(map.widthPixels))), ("height", SVGWriter.number(Double(map.heightPixels))),
                ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
            ])
        svg.raw("<title>\(SVGWriter.escape(map.title))</title>")
        svg.raw("<desc>\(SVGWriter.escape([map.subtitle, map.source].compactMap { $0 }.joined(separator: " — ")))</desc>")
        // How the map was drawn, for a GIS user who wants to place it: the projection and the frame's
        // projected bounds in metres, as PROJ gives them.
        let bounds = [frame.visibleRect.minX, frame.visibleRect.minY, frame.visibleRect.maxX, frame.visibleRect.maxY]
            .map { Length.plainNumber($0, maximumDecimals: 3) }
        var metadata = "{\"projection\":\""
        TextEscaping.append(frame.definition, to: &metadata, rule: TextEscaping.json)
        metadata += "\",\"boundsMeters\":[\(bounds.joined(separator: ","))]}"
        svg.raw("<metadata>\(SVGWriter.escape(metadata))</metadata>")
        svg.open("defs")
        let stylesheet =
            MapStyle.stylesheet + (map.layers.isEmpty ? "" : "\n" + MapStyle.layerStylesheet) + MapStyle.overrides(for: map.style)
        svg.raw("<style type=\"text/css\"><![CDATA[\n\(stylesheet)\n]]></style>")
        svg.open("clipPath", [("id", "map-clip")])
        svg.element("rect", SVGWriter.rectAttributes(mapRect))
        svg.close("clipPath")
        svg.close("defs")
        svg.element(
            "rect",
            [("class", "page"), ("x", "0"), ("y", "0"), ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height))])

        svg.open("g", [("id", "map"), ("clip-path", "url(#map-clip)")])
        // Sea only where the projection reaches: an orthographic globe or an Equal Earth world is
        // outlined, not set in a painted rectangle.
        let domain = ProjectionDomain.outline(of: frame).map { outline in
            geometry.planar.clip([PlanarPolygon(exterior: outline + [outline[0]])], to: frame.visibleRect)
                .map { PlanarPolygon<Page>(exterior: $0.exterior.map(frame.pixel), holes: []) }
        }
        if let domain {
            svg.element("path", [("class", "sea"), ("d", SVGWriter.pathData(domain.map(\.exterior), closed: true))])
        } else {
            svg.element("rect", [("class", "sea")] + SVGWriter.rectAttributes(mapRect))
        }
        let own = Self.countries(of: map, withReferencePlaces: true)
        let countries = try drawCountries(&svg, geometry: geometry, subjects: Self.countries(of: map, withReferencePlaces: false))
        let (layerLabels, visibleLayers) = UserLayers.draw(&svg, map: map, geometry: geometry)
        let areaLabels = AreaLayer.draw(&svg, map: map, geometry: geometry)
        drawAdmin1Lines(&svg, geometry: geometry, frame: frame, countries: countries.filter { own.contains($0.isoCode) })
        drawInlandWater(&svg, geometry: geometry, frame: frame)
        let graticuleLabels = Graticule.draw(&svg, geometry: geometry, frame: frame)
        let visibleRings = drawRings(&svg, map: map, geometry: geometry)
        let (visibleLines, linePieces) = drawLines(&svg, map: map, geometry: geometry)
        if let domain {
            svg.element("path", [("class", "globe"), ("d", SVGWriter.pathData(domain.map(\.exterior), closed: true))])
        }
        // Markers are drawn here, under the labels, once the labels are placed: a reference place
        // whose label finds no room is left off with its marker, not drawn as an anonymous dot.
        let markers = Marker.layout(map: map, frame: frame)
        let markerSlot = svg.offset
        svg.close("g")
        svg.element("rect", [("class", "frame")] + SVGWriter.rectAttributes(mapRect))

        let shown = Legend.Shown(
            roles: Set(markers.map(\.item.role)), lines: visibleLines, rings: visibleRings, areas: Set(areaLabels.map(\.text)),
            layers: visibleLayers)
        var furniture = drawFurniture(&svg, map: map, shown: shown, frame: frame, mapRect: mapRect)
        var insetBox: PageRect?
        if map.inset, !isCityScale, scale.roomForInset(mapRect), let box = LocatorInset.box(for: frame, in: mapRect) {
            try LocatorInset.draw(&svg, basemap: basemap, frame: frame, box: box)
            furniture.append(box)
            insetBox = box
        }
        let requests =
            placeLabels(map: map, frame: frame, markers: markers, countries: countries, own: own, namesCountries: !isCityScale)
            + areaLabels.map { anchor in
                LabelPlacer.Request(
                    text: anchor.text, anchor: anchor.at, fontSize: MapStyle.labelSize, priority: anchor.isOccupied ? 600 : 850, offset: 0,
                    className: "label area-label")
            }
            // A layer's own labels come after every feature's: placed where there is room, like the
            // basemap's country names, and left off silently where there is none.
            + layerLabels.map { anchor in
                LabelPlacer.Request(
                    text: anchor.text, anchor: anchor.at, fontSize: MapStyle.smallSize, priority: 300, offset: anchor.offset,
                    className: "small layer-label")
            }
        // Impact, launch and claim labels are never lost: when the placement leaves some without room,
        // a key panel is reserved for them, labels are placed again around it, and they are numbered.
        var placer = LabelPlacer(widths: widths, bounds: mapRect, obstacles: markers.map(\.box) + furniture, lines: linePieces)
        var placed = placer.place(requests)
        let unplaced = Set(requests.map(\.text)).subtracting(placed.map(\.request.text))
        let keyBox = LabelKey.box(
            widths: widths, entries: requests.filter { LabelKey.isEssential($0) && unplaced.contains($0.text) }.map(\.text),
            mapRect: mapRect, above: insetBox)
        // Only when a key is needed is the placement redone, around the key's reserved panel.
        if let keyBox {
            placer = LabelPlacer(widths: widths, bounds: mapRect, obstacles: markers.map(\.box) + furniture + [keyBox], lines: linePieces)
            placed = placer.place(requests)
        }
        let placedTexts = Set(placed.map(\.request.text))
        let isUnlabelled = { (marker: Marker) in
            marker.item.role == .reference && !marker.item.keep && !placedTexts.contains(Self.labelText(of: marker.item, map: map))
        }
        let unlabelled = markers.filter(isUnlabelled)
        var markerLayer = SVGWriter(depth: 2)
        Marker.draw(&markerLayer, markers: markers.filter { !isUnlabelled($0) })
        svg.insert(markerLayer, at: markerSlot)
        svg.open("g", [("id", "labels")])
        let missing = requests.filter { LabelKey.isEssential($0) && !placedTexts.contains($0.text) }
        let dropped = requests.filter {
            !["country", "water"].contains($0.className) && !$0.className.contains("layer-label") && !LabelKey.isEssential($0)
                && !placedTexts.contains($0.text)
        }
        .map(\.text)
        for label in placed {
            svg.text(
                label.request.text,
                [
                    ("class", label.request.className), ("x", SVGWriter.number(label.x)),
                    ("y", SVGWriter.number(label.y)), ("text-anchor", label.textAnchor),
                ])
        }
        svg.close("g")
        if !missing.isEmpty {
            let box =
                keyBox
                ?? LabelKey.box(widths: widths, entries: missing.map(\.text), mapRect: mapRect, above: insetBox)
                ?? PageRect(minX: mapRect.minX, minY: mapRect.minY, maxX: mapRect.minX, maxY: mapRect.minY)
            let grown = PageRect(
                minX: box.minX, minY: box.minY, maxX: box.maxX,
                maxY: max(box.maxY, box.minY + Double(missing.count) * LabelKey.rowHeight + 10))
            LabelKey.draw(&svg, missing: missing, box: grown, placer: &placer)
        }
        // Graticule labels come last in the collision system: one that would touch a placed label, a
        // marker, the legend, the scale bar, the inset or another graticule label is left out.
        for label in graticuleLabels {
            let labelWidth = widths.width(of: label.text, fontSize: MapStyle.graticuleSize)
            let left = label.anchor == "end" ? label.at.x - labelWidth : label.anchor == "middle" ? label.at.x - labelWidth / 2 : label.at.x
            let box = PageRect(minX: left - 2, minY: label.at.y - MapStyle.graticuleSize, maxX: left + labelWidth + 2, maxY: label.at.y + 2)
            guard placer.bounds.contains(box), !placer.occupied.contains(where: { $0.intersects(box) }) else { continue }
            placer.reserve(box)
            svg.text(
                label.text,
                [
                    ("class", "graticule-label"), ("x", SVGWriter.number(label.at.x)), ("y", SVGWriter.number(label.at.y)),
                    ("text-anchor", label.anchor),
                ])
        }
        text.draw(&svg, pageHeight: height)
        svg.close("svg")
        return Rendered(svg: svg.text, droppedLabels: dropped, droppedPlaces: unlabelled.map { Self.labelText(of: $0.item, map: map) })
    }

    // MARK: Layers

    private struct CountryShape {
        let name: String
        let isoCode: String
        let polygons: [PlanarPolygon<Page>]
    }

    /// The countries a map marks or measures from: its ring centres, line ends and places — with its
    /// reference places, the map's own countries (named first, their regions drawn); without them, its
    /// subjects' (set off from their neighbours in a lighter fill).
    static func countries(of map: BriefingMap, withReferencePlaces: Bool) -> Set<String> {
        Set(
            map.places.filter { withReferencePlaces || $0.role != .reference }.map(\.place.countryCode)
                + map.rings.map(\.center.countryCode)
                + map.lines.flatMap { [$0.from.place?.countryCode, $0.to.place?.countryCode].compactMap { $0 } })
    }

    private func drawCountries(_ svg: inout SVGWriter, geometry: MapGeometry, subjects: Set<String>) throws -> [CountryShape] {
        let visible = geometry.frame.visibleRect
        let outlines =
            try detailedOutlines.flatMap { detail in
                max(visible.width, visible.height) < DetailedOutlines.maximumFrameMeters
                    ? try detail.countries(of: basemap, near: geometry.frame.window) : nil
            } ?? basemap.countries
        svg.open("g", [("id", "land")])
        var shapes: [CountryShape] = []
        var edges: [[GeographicPoint]] = []
        for country in outlines {
            let polygons = geometry.areas(country.polygons)
            guard !polygons.isEmpty else { continue }
            svg.element(
                "path",
                [
                    ("class", subjects.contains(country.isoCode) ? "land land-subject" : "land"),
                    ("d", SVGWriter.pathData(polygons.flatMap { [$0.exterior] + $0.holes }, closed: true)),
                ])
            shapes.append(CountryShape(name: country.name, isoCode: country.isoCode, polygons: polygons))
            edges += country.polygons.flatMap { $0.flatMap(CutEdges.trueLines) }
        }
        // Coasts and borders are stroked on their own, so the cuts that close Antarctica at the pole
        // or Russia and Fiji at ±180° are filled but never drawn as lines.
        let outline = geometry.lines(edges)
        if !outline.isEmpty { svg.element("path", [("class", "land-edge"), ("d", SVGWriter.pathData(outline, closed: false))]) }
        svg.close("g")
        return shapes
    }

    /// Region (oblast, province) boundaries on regional maps, where they help locate places; on wider
    /// views they would only clutter. "Regional" means the visible area spans at most 40° of longitude.
    static let admin1MaximumSpanDegrees = 40.0

    /// Frames up to this wide (in degrees of longitude) show every country's regions; wider regional
    /// frames only those of the map's own countries, where they locate its places.
    static let regionalFrameDegrees = 12.0

    private func drawAdmin1Lines(_ svg: inout SVGWriter, geometry: MapGeometry, frame: MapFrame, countries own: [CountryShape]) {
        guard frame.window.width - 20 <= Self.admin1MaximumSpanDegrees else { return }
        var lines = geometry.lines(admin1Lines)
        if frame.window.width - 20 > Self.regionalFrameDegrees {
            lines = own.flatMap { geometry.planar.lines(lines, inside: true, of: $0.polygons) }
        }
        guard !lines.isEmpty else { return }
        svg.element("path", [("class", "admin1"), ("d", SVGWriter.pathData(lines, closed: false))])
    }

    /// Lakes in the sea's colour and rivers as thin blue lines, on regional maps only (as region
    /// boundaries): the Dnipro and the Nile locate a town; on a world map they would be noise.
    private func drawInlandWater(_ svg: inout SVGWriter, geometry: MapGeometry, frame: MapFrame) {
        guard frame.window.width - 20 <= Self.admin1MaximumSpanDegrees else { return }
        let lakeShapes = geometry.areas(lakes)
        if !lakeShapes.isEmpty {
            svg.element(
                "path", [("class", "lake"), ("d", SVGWriter.pathData(lakeShapes.flatMap { [$0.exterior] + $0.holes }, closed: true))])
        }
        let riverLines = geometry.lines(rivers)
        if !riverLines.isEmpty { svg.element("path", [("class", "river"), ("d", SVGWriter.pathData(riverLines, closed: false))]) }
    }

    /// Draws the rings; returns the indices of those that show in the frame, for the legend.
    private func drawRings(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) -> Set<Int> {
        svg.open("g", [("id", "rings")])
        var visible = Set<Int>()
        let outlines = map.rings.map { ring in
            ring.area.polygons.map { polygon in
                ([polygon.exterior] + polygon.holes).map { $0.coordinates.map(\.geographicPoint) }
            }
        }
        // The fill is the split polygons merged again; the stroke is only the ring's own edge, never
        // the cuts along ±180° or to a pole that close the pieces. Even-odd keeps the out-of-range hole
        // of a ring beyond a hemisphere empty whatever its winding.
        let filled = outlines.map { geometry.planar.union(geometry.areas($0)) }
        for (index, ring) in map.rings.enumerated() {
            let lonLat = outlines[index]
            // Rings round one centre fill only their own band, so the tint stays one tint and the
            // centre of a stack of rings stays as readable as its outermost band.
            let inner = map.rings.indices.filter { other in
                other != index && map.rings[other].center.coordinate == ring.center.coordinate
                    && map.rings[other].radiusMeters < ring.radiusMeters
            }
            let pieces =
                inner.isEmpty ? filled[index] : geometry.planar.subtracting(inner.flatMap { filled[$0] }, from: filled[index])
            if !pieces.isEmpty {
                svg.element(
                    "path",
                    [("class", "ring-fill"), ("fill-rule", "evenodd")] + ring.color.map { [("style", "fill:\($0)")] }.orEmpty
                        + [("d", SVGWriter.pathData(pieces.flatMap { [$0.exterior] + $0.holes }, closed: true))])
                visible.insert(index)
            }
            let edge = geometry.lines(lonLat.flatMap { $0.flatMap(CutEdges.trueLines) })
            if !edge.isEmpty {
                svg.element(
                    "path",
                    [("class", "ring")] + ring.color.map { [("style", "stroke:\($0)")] }.orEmpty + [
                        ("d", SVGWriter.pathData(edge, closed: false))
                    ])
                visible.insert(index)
            }
        }
        svg.close("g")
        return visible
    }

    /// Draws the lines; returns the indices of those that show in the frame, for the legend, and
    /// their page pieces, which other labels avoid.
    private func drawLines(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) -> (Set<Int>, [[PagePoint]]) {
        svg.open("g", [("id", "lines")])
        var visible = Set<Int>()
        var drawn: [[PagePoint]] = []
        for (index, line) in map.lines.enumerated() {
            let pieces = geometry.lines(line.path.lines.map { $0.coordinates.map(\.geographicPoint) })
            guard !pieces.isEmpty else { continue }
            svg.element(
                "path",
                [("class", "line")] + line.color.map { [("style", "stroke:\($0)")] }.orEmpty + [
                    ("d", SVGWriter.pathData(pieces, closed: false))
                ])
            visible.insert(index)
            drawn += pieces
        }
        svg.close("g")
        return (visible, drawn)
    }

    // MARK: Labels

    /// `own`: the map's own countries, named first. `namesCountries` is false on city maps, where a
    /// country's name across the streets says nothing.
    private func placeLabels(
        map: BriefingMap, frame: MapFrame, markers: [Marker], countries: [CountryShape], own: Set<String>, namesCountries: Bool
    ) -> [LabelPlacer.Request] {
        var requests: [LabelPlacer.Request] = []
        for marker in markers {
            let important = marker.item.role != .reference
            requests.append(
                LabelPlacer.Request(
                    text: Self.labelText(of: marker.item, map: map), anchor: marker.at, fontSize: MapStyle.labelSize,
                    priority: (important ? 1000 : 500) + log10(Double(max(marker.item.place.population, 1))),
                    offset: 9, className: important ? "label-strong" : "label", crossesLinesIfNeeded: important))
        }
        for line in map.lines {
            let whole = Geodesic.wgs84.inverse(from: line.start, to: line.end)
            // The middle first, then ever farther along the line: the labels slide along it before
            // they would cross it or take a key's number.
            let along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].compactMap { fraction in
                frame.visiblePixel(
                    Geodesic.wgs84.direct(
                        from: line.start, azimuthDegrees: whole.initialAzimuthDegrees, distanceMeters: whole.distanceMeters * fraction
                    ).destination)
            }
            guard let at = along.first else { continue }
            let base =
                (line.label ?? Self.farEnd(of: line, in: map)).map {
                    "\($0): \(Length(meters: line.distanceMeters).rounded(in: map.labelUnit))"
                }
                ?? Length(meters: line.distanceMeters).rounded(in: map.labelUnit)
            requests.append(
                LabelPlacer.Request(
                    text: base, anchor: at, fontSize: MapStyle.labelSize, priority: 900, offset: 6, className: "label",
                    crossesLinesIfNeeded: true, laterAnchors: Array(along.dropFirst())))
            if let claim = line.verification {
                // The statement keeps its qualifier ("about", "more than"); both figures are in the map's unit.
                let qualifier = claim.stated.text.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces)
                let stated = (qualifier.isEmpty ? "" : qualifier + " ") + claim.stated.length.rounded(in: map.labelUnit)
                let text =
                    "stated \(stated) · computed \(Length(meters: claim.computedMeters).rounded(in: map.labelUnit)) · "
                    + claim.verdict.rawValue
                requests.append(
                    LabelPlacer.Request(
                        text: text, anchor: PagePoint(x: at.x, y: at.y + 16), fontSize: MapStyle.labelSize,
                        priority: 950, offset: 6, className: "label claim-\(claim.verdict.rawValue)", crossesLinesIfNeeded: true,
                        laterAnchors: along.dropFirst().map { PagePoint(x: $0.x, y: $0.y + 16) }))
            }
        }
        // A ring that covers the whole Earth has no edge to label: the legend says it instead.
        for ring in map.rings where !ring.coversWholeEarth {
            let radius = Length(meters: ring.radiusMeters).rounded(in: map.labelUnit)
            // A ring that covers the Earth has no edge: its label goes by its centre and says so.
            let labelDistance = ring.coversWholeEarth ? 0 : ring.radiusMeters
            // The label slides along the arc from 30° (north-east) to the first spot inside the frame,
            // within the sector's azimuths for a sector.
            let azimuths = Self.labelAzimuths(for: ring)
            let spots = azimuths.lazy.compactMap { azimuth -> PagePoint? in
                frame.visiblePixel(
                    Geodesic.wgs84.direct(from: ring.center.coordinate, azimuthDegrees: azimuth, distanceMeters: labelDistance).destination)
            }
            let inner = frame.pixelRect
            let roomy = spots.first { inner.contains(PageRect(minX: $0.x - 20, minY: $0.y - 8, maxX: $0.x + 20, maxY: $0.y + 8)) }
            guard let at = roomy ?? spots.first else { continue }
            // Each ring says its own radius, also when a spec gives one label to several radii.
            let number = radius.split(separator: " ").first.map(String.init) ?? radius
            let named = ring.label.map { label in
                label.contains(number) || label.contains(number.replacingOccurrences(of: ",", with: "")) ? label : "\(label): \(radius)"
            }
            let text = (named ?? radius) + (ring.coversWholeEarth ? " (covers the whole Earth)" : "")
            requests.append(
                LabelPlacer.Request(text: text, anchor: at, fontSize: MapStyle.labelSize, priority: 800, offset: 4, className: "label"))
        }
        requests += waterLabels(map: map, frame: frame, countries: countries)
        // Countries by relevance: those of the map's own places, line ends and ring centres before the
        // rest, each by its visible area; a name sits whole inside its country's largest visible part
        // (never "NORWAY" across Sweden) or is left off.
        let planar = PlanarGeometry()
        for country in namesCountries ? countries : [] {
            let area = country.polygons.reduce(0) { $0 + abs(PlanarRing.signedArea($1.exterior)) }
            let text = country.name.uppercased()
            let width = widths.width(of: text, fontSize: MapStyle.countryLabelSize) + 0.5 * Double(country.name.count)
            guard area > width * MapStyle.countryLabelSize * 6,
                let largest = country.polygons.max(by: { abs(PlanarRing.signedArea($0.exterior)) < abs(PlanarRing.signedArea($1.exterior)) }
                ),
                let at = planar.labelPoint([largest]), let inside = planar.prepared([largest])
            else { continue }
            requests.append(
                LabelPlacer.Request(
                    text: text, anchor: at, fontSize: MapStyle.countryLabelSize,
                    priority: (own.contains(country.isoCode) ? 100 : 0) + log10(area), offset: 0, className: "country",
                    container: { box in
                        [
                            PagePoint(x: box.minX, y: box.minY), PagePoint(x: box.maxX, y: box.minY), PagePoint(x: box.minX, y: box.maxY),
                            PagePoint(x: box.maxX, y: box.maxY),
                        ].allSatisfy(inside.contains)
                    }))
        }
        return requests
    }

    /// Water names: a spec place that is a sea (drawn without a dot, named like a reference place),
    /// and the seas, gulfs and straits of `waterNames` at the frame's scale (named where there is
    /// room, after the map's places and their countries, before other countries). Each sits on water, never across a coast.
    private func waterLabels(map: BriefingMap, frame: MapFrame, countries: [CountryShape]) -> [LabelPlacer.Request] {
        // Each piece of land prepared on its own: in one multipolygon neighbours share edges, which
        // GEOS would repair into holes, and one degenerate sliver would lose a whole country.
        let planar = PlanarGeometry()
        let land = countries.flatMap(\.polygons).compactMap { piece -> (PageRect, PlanarGeometry.PreparedArea<Page>)? in
            guard let box = PageRect.enclosing(piece.exterior), let area = planar.prepared([piece]) else { return nil }
            return (box, area)
        }
        let onWater: (PageRect) -> Bool = { box in
            let xs = [box.minX, (box.minX + box.maxX) / 2, box.maxX], ys = [box.minY, box.maxY]
            return !xs.contains { x in
                ys.contains { y in
                    let point = PagePoint(x: x, y: y)
                    return land.contains { $0.0.contains(point) && $0.1.contains(point) }
                }
            }
        }
        let spec = map.places.filter { $0.place.kind == .sea && $0.role == .reference }
        let frameMeters = max(frame.visibleRect.width, frame.visibleRect.height)
        let named = waterNames.filter { water in
            water.isNamed(onFrameMeters: frameMeters) && !spec.contains { $0.place.name == water.name }
        }
        return spec.compactMap { item in
            frame.visiblePixel(item.place.coordinate).map { at in
                LabelPlacer.Request(
                    text: item.label, anchor: at, fontSize: MapStyle.labelSize, priority: 500, offset: 0, className: "label water-place",
                    container: onWater)
            }
        }
            + named.compactMap { water in
                frame.visiblePixel(water.coordinate).map { at in
                    LabelPlacer.Request(
                        text: water.name, anchor: at, fontSize: MapStyle.smallSize, priority: 50 + log10(water.extentMeters), offset: 0,
                        className: "water", container: onWater)
                }
            }
    }

    /// A place's label, with its date where the spec gives one that is not the whole map's
    /// ("Kharkiv · 2024-01-02" on a map of the winter), written as the subtitle writes dates.
    static func labelText(of item: MapPlace, map: BriefingMap) -> String {
        guard let date = item.date, date != map.date else { return item.label }
        return "\(item.label) · \(date.replacingOccurrences(of: "/", with: " – "))"
    }

    /// For an unlabelled line that shares an end with another line, the words that say which pair its
    /// distance belongs to: "to Zaporizhzhia" for Belgorod–Zaporizhzhia beside Belgorod–Kharkiv,
    /// whose "324 km" alone read as Kharkiv–Zaporizhzhia. Ends are named as the map labels them.
    static func farEnd(of line: MapLine, in map: BriefingMap) -> String? {
        func name(_ end: Endpoint) -> String {
            end.place.flatMap { place in map.places.first { $0.place.coordinate == place.coordinate }?.label } ?? end.name
        }
        let others = map.lines.filter { $0.start != line.start || $0.end != line.end }
        let sharesStart = others.contains { $0.start == line.start || $0.end == line.start }
        let sharesEnd = others.contains { $0.start == line.end || $0.end == line.end }
        switch (sharesStart, sharesEnd) {
        case (true, false): return "to \(name(line.to))"
        case (false, true): return "from \(name(line.from))"
        case (true, true): return "\(name(line.from))–\(name(line.to))"
        case (false, false): return nil
        }
    }

    /// Where along a ring its label may sit, best first: 30° and then ever farther from it, every
    /// 15°; for a sector, from its middle outwards, only within its azimuths.
    static func labelAzimuths(for ring: MapRing) -> [Double] {
        guard let sector = ring.azimuths else {
            var azimuths: [Double] = [30]
            for step in 1...12 {
                azimuths.append(30 + 15 * Double(step))
                azimuths.append(30 - 15 * Double(step))
            }
            return azimuths
        }
        let sweep = Azimuth.normalized(sector.toDegrees - sector.fromDegrees)
        let width: Double = sweep == 0 ? 360 : sweep
        let middle: Double = sector.fromDegrees + width / 2
        let steps = max(Int(width / 10), 0)
        var azimuths: [Double] = [middle]
        for step in 0...steps {
            azimuths.append(middle + 5 * Double(step))
            azimuths.append(middle - 5 * Double(step))
        }
        return azimuths
    }

    // MARK: Furniture

    /// Legend (bottom left), scale bar true at the map centre (bottom right), north arrow (top right);
    /// returns their boxes, which labels avoid.
    private func drawFurniture(
        _ svg: inout SVGWriter, map: BriefingMap, shown: Legend.Shown, frame: MapFrame, mapRect: PageRect
    ) -> [PageRect] {
        var boxes: [PageRect] = []
        if let legend = Legend.draw(&svg, map: map, shown: shown, mapRect: mapRect, widths: widths) { boxes.append(legend) }
        let centerPixel = PagePoint(x: (mapRect.minX + mapRect.maxX) / 2, y: (mapRect.minY + mapRect.maxY) / 2)
        let centerProjected = ProjectedPoint(
            x: frame.visibleRect.minX + (centerPixel.x - mapRect.minX) / frame.scale,
            y: frame.visibleRect.maxY - (centerPixel.y - mapRect.minY) / frame.scale)
        guard let center = frame.projection.inverse(x: centerProjected.x, y: centerProjected.y) else { return boxes }
        // A bar and an arrow only where they hold across the map (within 10% and 10°); world and polar
        // views say "scale varies" instead.
        let distortion = MapDistortion(frame: frame, center: center)
        if distortion.scaleHolds,
            let bar = ScaleBar.make(frame: frame, center: center, unit: map.labelUnit, targetPixels: mapRect.width * 0.18)
        {
            boxes.append(bar.draw(&svg, mapRect: mapRect, widths: widths))
        } else {
            boxes.append(ScaleBar.drawVaries(&svg, mapRect: mapRect, widths: widths))
        }
        if distortion.northHolds, let arrow = NorthArrow.draw(&svg, frame: frame, center: center, mapRect: mapRect) { boxes.append(arrow) }
        return boxes
    }
}

extension Optional where Wrapped == [(String, String)] {
    /// The attributes, or none.
    fileprivate var orEmpty: [(String, String)] { self ?? [] }
}
