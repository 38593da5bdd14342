import MapModel

/// The title, subtitle and date above the map and the source and credits below it, wrapped to the
/// page's width with the font's real advance widths; the header and footer grow with their lines.
struct PageText {
    let titleLines: [String]
    let subtitleLines: [String]
    let footerLines: [String]

    static let titleLineHeight = 26.0
    static let subtitleLineHeight = 18.0
    static let footerLineHeight = 14.0

    /// - Parameter scaleNote: a sentence for the footer when the basemap is too coarse for the frame.
    init(map: BriefingMap, projection: String, pageWidth: Double, widths: TextWidths, scaleNote: String? = nil) {
        let available = pageWidth - 2 * MapStyle.margin
        titleLines = widths.wrap(map.title, fontSize: MapStyle.titleSize, maximumWidth: available, bold: true)
        let dateText = map.date.map { $0.replacingOccurrences(of: "/", with: " – ") }
        let second = [map.subtitle, dateText].compactMap { $0 }.joined(separator: " · ")
        subtitleLines = second.isEmpty ? [] : widths.wrap(second, fontSize: MapStyle.subtitleSize, maximumWidth: available)
        let credits =
            "\(projection) · Basemap: Natural Earth (public domain) · Places: GeoNames (geonames.org), CC BY 4.0 · "
            + "Distances: WGS84 geodesics (PROJ) · eventmap"
        let layerSources = map.layers.compactMap { layer in layer.source.map { "\(layer.label): \($0)" } }
        let layerCredit = layerSources.isEmpty ? nil : "Layers: " + layerSources.joined(separator: " · ")
        footerLines =
            (map.source.map { widths.wrap("Source: \($0)", fontSize: MapStyle.smallSize, maximumWidth: available) } ?? [])
            + (layerCredit.map { widths.wrap($0, fontSize: MapStyle.smallSize, maximumWidth: available) } ?? [])
            + (scaleNote.map { widths.wrap($0, fontSize: MapStyle.smallSize, maximumWidth: available) } ?? [])
            + widths.wrap(credits, fontSize: MapStyle.smallSize, maximumWidth: available)
    }

    /// From the page's top to the map: 74 px for one line each of title and subtitle, more for more.
    var headerHeight: Double {
        let titles = 32 + Self.titleLineHeight * Double(titleLines.count - 1)
        let subtitles = subtitleLines.isEmpty ? 0 : 24 + Self.subtitleLineHeight * Double(subtitleLines.count - 1)
        return max(MapStyle.headerHeight, titles + subtitles + 18)
    }

    /// From the map to the page's bottom: 44 px for two lines, more for more.
    var footerHeight: Double {
        max(MapStyle.footerHeight, Self.footerLineHeight * Double(footerLines.count) + 16)
    }

    func draw(_ svg: inout SVGWriter, pageHeight: Double) {
        let x = SVGWriter.number(MapStyle.margin)
        for (index, line) in titleLines.enumerated() {
            svg.text(line, [("class", "title"), ("x", x), ("y", SVGWriter.number(32 + Self.titleLineHeight * Double(index)))])
        }
        let subtitleTop = 32 + Self.titleLineHeight * Double(titleLines.count - 1) + 24
        for (index, line) in subtitleLines.enumerated() {
            svg.text(
                line, [("class", "subtitle"), ("x", x), ("y", SVGWriter.number(subtitleTop + Self.subtitleLineHeight * Double(index)))])
        }
        for (index, line) in footerLines.enumerated() {
            let fromBottom = Double(footerLines.count - 1 - index)
            svg.text(line, [("class", "small"), ("x", x), ("y", SVGWriter.number(pageHeight - 10 - Self.footerLineHeight * fromBottom))])
        }
    }
}
