import Claims
import Foundation
import Gazetteer
import Geodesy
import MapModel

/// Draws a `BriefingMap` as an SVG 1.1 document: basemap, graticule, rings, geodesic lines, markers,
/// collision-free labels, and the furniture a briefing needs (title, legend, scale bar, north arrow,
/// source and attribution). Deterministic: the same map gives the same bytes.
public struct SVGRenderer: Sendable {
    public let basemap: Basemap
    /// First-level region boundaries as lines of (longitude, latitude), drawn on regional maps only.
    public let admin1Lines: [[GeographicPoint]]

    public init(basemap: Basemap, admin1Lines: [[GeographicPoint]] = []) {
        self.basemap = basemap
        self.admin1Lines = admin1Lines
    }

    public func render(_ map: BriefingMap) throws -> String {
        let width = Double(map.widthPixels), height = Double(map.heightPixels)
        let mapRect = PageRect(
            minX: MapStyle.margin, minY: MapStyle.headerHeight,
            maxX: width - MapStyle.margin, maxY: height - MapStyle.footerHeight)
        let frame = try MapFrame(map: map, pixelRect: mapRect)
        let geometry = MapGeometry(frame: frame, planar: PlanarGeometry())
        var svg = SVGWriter()
        svg.raw(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        svg.raw(#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"#)
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("xmlns:xlink", "http://www.w3.org/1999/xlink"), ("version", "1.1"),
                ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)),
                ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
            ])
        svg.raw("<title>\(SVGWriter.escape(map.title))</title>")
        svg.raw("<desc>\(SVGWriter.escape([map.subtitle, map.source].compactMap { $0 }.joined(separator: " — ")))</desc>")
        svg.open("defs")
        svg.raw("<style type=\"text/css\"><![CDATA[\n\(MapStyle.stylesheet)\n]]></style>")
        svg.open("clipPath", [("id", "map-clip")])
        svg.element("rect", SVGWriter.rectAttributes(mapRect))
        svg.close("clipPath")
        svg.close("defs")
        svg.element(
            "rect", [("x", "0"), ("y", "0"), ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)), ("fill", "#ffffff")])

        svg.open("g", [("id", "map"), ("clip-path", "url(#map-clip)")])
        svg.element("rect", [("class", "sea")] + SVGWriter.rectAttributes(mapRect))
        let countries = drawCountries(&svg, geometry: geometry)
        let areaLabels = AreaLayer.draw(&svg, map: map, geometry: geometry)
        drawAdmin1Lines(&svg, geometry: geometry, frame: frame)
        let graticuleLabels = Graticule.draw(&svg, geometry: geometry, frame: frame)
        drawRings(&svg, map: map, geometry: geometry)
        drawLines(&svg, map: map, geometry: geometry)
        let markers = Marker.draw(&svg, map: map, frame: frame)
        svg.close("g")
        svg.element("rect", [("class", "frame")] + SVGWriter.rectAttributes(mapRect))

        var furniture = drawFurniture(&svg, map: map, frame: frame, mapRect: mapRect)
        if map.inset, let box = LocatorInset.box(for: frame, in: mapRect) {
            try LocatorInset.draw(&svg, basemap: basemap, frame: frame, box: box)
            furniture.append(box)
        }
        var placer = LabelPlacer(bounds: mapRect, obstacles: markers.map(\.box) + furniture)
        let requests =
            placeLabels(map: map, frame: frame, markers: markers, countries: countries)
            + areaLabels.map { anchor in
                LabelPlacer.Request(
                    text: anchor.text, anchor: anchor.at, fontSize: MapStyle.labelSize, priority: anchor.isOccupied ? 600 : 850, offset: 0,
                    className: "label area-label")
            }
        svg.open("g", [("id", "labels")])
        for label in placer.place(requests) {
            svg.text(
                label.request.text,
                [
                    ("class", label.request.className), ("x", SVGWriter.number(label.x)),
                    ("y", SVGWriter.number(label.y)), ("text-anchor", label.textAnchor),
                ])
        }
        svg.close("g")
        for label in graticuleLabels {
            svg.text(
                label.text,
                [
                    ("class", "graticule-label"), ("x", SVGWriter.number(label.at.x)), ("y", SVGWriter.number(label.at.y)),
                    ("text-anchor", label.anchor),
                ])
        }
        drawHeaderAndFooter(&svg, map: map, width: width, height: height)
        svg.close("svg")
        return svg.text
    }

    // MARK: Layers

    private struct CountryShape {
        let name: String
        let polygons: [PlanarPolygon<Page>]
    }

    private func drawCountries(_ svg: inout SVGWriter, geometry: MapGeometry) -> [CountryShape] {
        svg.open("g", [("id", "land")])
        var shapes: [CountryShape] = []
        for country in basemap.countries {
            let polygons = geometry.areas(country.polygons)
            guard !polygons.isEmpty else { continue }
            svg.element(
                "path", [("class", "land"), ("d", SVGWriter.pathData(polygons.flatMap { [$0.exterior] + $0.holes }, closed: true))])
            shapes.append(CountryShape(name: country.name, polygons: polygons))
        }
        svg.close("g")
        return shapes
    }

    /// Region (oblast, province) boundaries on regional maps, where they help locate places; on wider
    /// views they would only clutter. "Regional" means the visible area spans at most 40° of longitude.
    static let admin1MaximumSpanDegrees = 40.0

    private func drawAdmin1Lines(_ svg: inout SVGWriter, geometry: MapGeometry, frame: MapFrame) {
        guard frame.window.width - 20 <= Self.admin1MaximumSpanDegrees else { return }
        let lines = geometry.lines(admin1Lines)
        guard !lines.isEmpty else { return }
        svg.element("path", [("class", "admin1"), ("d", SVGWriter.pathData(lines, closed: false))])
    }

    private func drawRings(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) {
        svg.open("g", [("id", "rings")])
        for ring in map.rings {
            let lonLat = ring.area.polygons.map { polygon in
                ([polygon.exterior] + polygon.holes).map { $0.coordinates.map(\.geographicPoint) }
            }
            // Pieces split at ±180° are merged again once projected side by side, so no seam is stroked.
            let pieces = geometry.planar.union(geometry.areas(lonLat))
            guard !pieces.isEmpty else { continue }
            svg.element("path", [("class", "ring"), ("d", SVGWriter.pathData(pieces.flatMap { [$0.exterior] + $0.holes }, closed: true))])
        }
        svg.close("g")
    }

    private func drawLines(_ svg: inout SVGWriter, map: BriefingMap, geometry: MapGeometry) {
        svg.open("g", [("id", "lines")])
        for line in map.lines {
            let pieces = geometry.lines(line.path.lines.map { $0.coordinates.map(\.geographicPoint) })
            guard !pieces.isEmpty else { continue }
            svg.element("path", [("class", "line"), ("d", SVGWriter.pathData(pieces, closed: false))])
        }
        svg.close("g")
    }

    // MARK: Labels

    private func placeLabels(map: BriefingMap, frame: MapFrame, markers: [Marker], countries: [CountryShape]) -> [LabelPlacer.Request] {
        var requests: [LabelPlacer.Request] = []
        for marker in markers {
            let important = marker.item.role != .reference
            requests.append(
                LabelPlacer.Request(
                    text: marker.item.label, anchor: marker.at, fontSize: MapStyle.labelSize,
                    priority: (important ? 1000 : 500) + log10(Double(max(marker.item.place.population, 1))),
                    offset: 9, className: important ? "label-strong" : "label"))
        }
        for line in map.lines {
            let half = Geodesic.wgs84.inverse(from: line.start, to: line.end)
            let middle = Geodesic.wgs84.direct(
                from: line.start, azimuthDegrees: half.initialAzimuthDegrees, distanceMeters: half.distanceMeters / 2
            ).destination
            guard let at = frame.visiblePixel(middle) else { continue }
            let base =
                line.label.map { "\($0): \(Length(meters: line.distanceMeters).rounded(in: map.labelUnit))" }
                ?? Length(meters: line.distanceMeters).rounded(in: map.labelUnit)
            requests.append(
                LabelPlacer.Request(text: base, anchor: at, fontSize: MapStyle.labelSize, priority: 900, offset: 6, className: "label"))
            if let claim = line.verification {
                let text =
                    "stated \(claim.stated.length.formatted(in: claim.stated.unit)) · computed "
                    + "\(Length(meters: claim.computedMeters).rounded(in: claim.stated.unit)) · \(claim.verdict.rawValue)"
                requests.append(
                    LabelPlacer.Request(
                        text: text, anchor: PagePoint(x: at.x, y: at.y + 16), fontSize: MapStyle.labelSize,
                        priority: 950, offset: 6, className: "label claim-\(claim.verdict.rawValue)"))
            }
        }
        for ring in map.rings {
            let radius = Length(meters: ring.radiusMeters).rounded(in: map.labelUnit)
            // A ring that covers the Earth has no edge: its label goes by its centre and says so.
            let labelDistance = ring.coversWholeEarth ? 0 : ring.radiusMeters
            let edge = Geodesic.wgs84.direct(from: ring.center.coordinate, azimuthDegrees: 30, distanceMeters: labelDistance).destination
            guard let at = frame.visiblePixel(edge) else { continue }
            let text = (ring.label ?? radius) + (ring.coversWholeEarth ? " (covers the whole Earth)" : "")
            requests.append(
                LabelPlacer.Request(text: text, anchor: at, fontSize: MapStyle.labelSize, priority: 800, offset: 4, className: "label"))
        }
        let planar = PlanarGeometry()
        for country in countries {
            let area = country.polygons.reduce(0) { $0 + abs(PlanarRing.signedArea($1.exterior)) }
            let width = LabelPlacer.width(of: country.name.uppercased(), fontSize: MapStyle.countryLabelSize)
            guard area > width * MapStyle.countryLabelSize * 6, let at = planar.labelPoint(country.polygons) else { continue }
            requests.append(
                LabelPlacer.Request(
                    text: country.name.uppercased(), anchor: at, fontSize: MapStyle.countryLabelSize,
                    priority: log10(area), offset: 0, className: "country"))
        }
        return requests
    }

    // MARK: Furniture

    /// Legend (bottom left), scale bar true at the map centre (bottom right), north arrow (top right);
    /// returns their boxes, which labels avoid.
    private func drawFurniture(_ svg: inout SVGWriter, map: BriefingMap, frame: MapFrame, mapRect: PageRect) -> [PageRect] {
        var boxes: [PageRect] = []
        if let legend = Legend.draw(&svg, map: map, mapRect: mapRect) { boxes.append(legend) }
        let centerPixel = PagePoint(x: (mapRect.minX + mapRect.maxX) / 2, y: (mapRect.minY + mapRect.maxY) / 2)
        let centerProjected = ProjectedPoint(
            x: frame.visibleRect.minX + (centerPixel.x - mapRect.minX) / frame.scale,
            y: frame.visibleRect.maxY - (centerPixel.y - mapRect.minY) / frame.scale)
        guard let center = frame.projection.inverse(x: centerProjected.x, y: centerProjected.y),
            let bar = ScaleBar.make(frame: frame, center: center, unit: map.labelUnit, targetPixels: mapRect.width * 0.18)
        else { return boxes }
        boxes.append(bar.draw(&svg, mapRect: mapRect))
        if let arrow = NorthArrow.draw(&svg, frame: frame, center: center, mapRect: mapRect) { boxes.append(arrow) }
        return boxes
    }

    private func drawHeaderAndFooter(_ svg: inout SVGWriter, map: BriefingMap, width: Double, height: Double) {
        svg.text(map.title, [("class", "title"), ("x", SVGWriter.number(MapStyle.margin)), ("y", "32")])
        let dateText = map.date.map { $0.replacingOccurrences(of: "/", with: " – ") }
        let secondLine = [map.subtitle, dateText].compactMap { $0 }.joined(separator: " · ")
        if !secondLine.isEmpty {
            svg.text(secondLine, [("class", "subtitle"), ("x", SVGWriter.number(MapStyle.margin)), ("y", "56")])
        }
        if let source = map.source {
            svg.text(
                "Source: \(source)", [("class", "small"), ("x", SVGWriter.number(MapStyle.margin)), ("y", SVGWriter.number(height - 26))])
        }
        svg.text(
            "Basemap: Natural Earth (public domain) · Places: GeoNames (geonames.org), CC BY 4.0 · Distances: WGS84 geodesics (PROJ) · "
                + "eventmap",
            [("class", "small"), ("x", SVGWriter.number(MapStyle.margin)), ("y", SVGWriter.number(height - 10))])
    }
}
