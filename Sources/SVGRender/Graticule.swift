import Geodesy

/// Meridians and parallels at a round step giving about six lines across, labelled where they meet
/// the frame's bottom and left edges.
enum Graticule {
    struct EdgeLabel {
        let text: String
        let at: PagePoint
        let anchor: String
    }

    /// Draws the lines; returns the labels, which are drawn last, above everything.
    static func draw(_ svg: inout SVGWriter, geometry: MapGeometry, frame: MapFrame) -> [EdgeLabel] {
        let window = frame.window
        let span = max(window.width - 20, window.height - 20, 1)
        let step = [1.0, 2, 5, 10, 15, 30, 45].first { span / $0 <= 8 } ?? 60
        var meridians: [(Double, [GeographicPoint])] = []
        var longitude = (window.minX / step).rounded(.up) * step
        while longitude <= window.maxX {
            meridians.append((longitude, stride(from: -89.0, through: 89, by: 1).map { GeographicPoint(x: longitude, y: $0) }))
            longitude += step
        }
        var parallels: [(Double, [GeographicPoint])] = []
        var latitude = (max(window.minY, -85) / step).rounded(.up) * step
        while latitude <= min(window.maxY, 85) {
            parallels.append((latitude, stride(from: window.minX, through: window.maxX, by: 1).map { GeographicPoint(x: $0, y: latitude) }))
            latitude += step
        }
        var labels: [EdgeLabel] = []
        svg.open("g", [("id", "graticule")])
        let rect = frame.pixelRect
        for (value, line) in meridians {
            let pieces = geometry.lines([line])
            guard !pieces.isEmpty else { continue }
            svg.element("path", [("class", "graticule"), ("d", SVGWriter.pathData(pieces, closed: false))])
            if let bottom = pieces.flatMap({ [$0.first!, $0.last!] }).first(where: { abs($0.y - rect.maxY) < 1 }) {
                labels.append(
                    EdgeLabel(
                        text: Self.degrees(value, positive: "E", negative: "W"), at: PagePoint(x: bottom.x, y: rect.maxY - 4),
                        anchor: "middle"))
            }
        }
        for (value, line) in parallels {
            let pieces = geometry.lines([line])
            guard !pieces.isEmpty else { continue }
            svg.element("path", [("class", "graticule"), ("d", SVGWriter.pathData(pieces, closed: false))])
            if let left = pieces.flatMap({ [$0.first!, $0.last!] }).first(where: { abs($0.x - rect.minX) < 1 }) {
                labels.append(
                    EdgeLabel(
                        text: Self.degrees(value, positive: "N", negative: "S"), at: PagePoint(x: rect.minX + 3, y: left.y - 3),
                        anchor: "start"))
            }
        }
        svg.close("g")
        return labels
    }

    static func degrees(_ value: Double, positive: String, negative: String) -> String {
        let normalized = positive == "E" ? Coordinate.normalizedLongitude(value) : value
        // 0° and 180° are neither east nor west.
        if normalized == 0 || abs(normalized) == 180 { return "\(Int(abs(normalized)))°" }
        return "\(Length.plainNumber(abs(normalized), maximumDecimals: 1))°\(normalized > 0 ? positive : negative)"
    }
}
