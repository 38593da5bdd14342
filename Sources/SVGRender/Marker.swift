import Geodesy
import MapModel

/// A place's symbol on the map. Impact: red disc; launch: black triangle; reference: white disc with
/// a dark rim.
struct Marker {
    let item: MapPlace
    /// The marker's centre on the page.
    let at: PagePoint
    /// The page area the marker covers, which labels must avoid.
    let box: PageRect

    /// Draws every place that is on the page; returns the markers drawn.
    static func draw(_ svg: inout SVGWriter, map: BriefingMap, frame: MapFrame) -> [Marker] {
        svg.open("g", [("id", "places")])
        var markers: [Marker] = []
        // A sea named as a reference is water, not a town: its name is set in it, with no dot.
        for item in map.places where !(item.place.kind == .sea && item.role == .reference) {
            guard let at = frame.visiblePixel(item.place.coordinate) else { continue }
            let size = item.role == .reference ? 4.5 : 6.5
            switch item.role {
            case .launch:
                let points = [(0.0, -size * 1.25), (size * 1.1, size * 0.8), (-size * 1.1, size * 0.8)]
                    .map { "\(SVGWriter.number(at.x + $0.0)),\(SVGWriter.number(at.y + $0.1))" }.joined(separator: " ")
                svg.element("polygon", [("class", "launch"), ("points", points)])
            case .impact, .reference:
                svg.element(
                    "circle",
                    [
                        ("class", item.role.rawValue), ("cx", SVGWriter.number(at.x)), ("cy", SVGWriter.number(at.y)),
                        ("r", SVGWriter.number(size)),
                    ])
            }
            markers.append(
                Marker(
                    item: item, at: at,
                    box: PageRect(minX: at.x - size - 1, minY: at.y - size * 1.3 - 1, maxX: at.x + size + 1, maxY: at.y + size + 1)))
        }
        svg.close("g")
        return markers
    }
}
