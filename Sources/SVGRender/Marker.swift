import Geodesy
import MapModel

/// A place's symbol on the map. Impact: red disc; launch: black triangle; reference: white disc with
/// a dark rim, larger for larger towns.
struct Marker {
    let item: MapPlace
    /// The marker's centre on the page.
    let at: PagePoint
    /// The page area the marker covers, which labels must avoid.
    let box: PageRect

    /// A reference marker's radius in pixels by the town's population: under 100,000, under a million,
    /// and a million or more (a capital beside a village reads as one).
    static func referenceRadius(population: Int) -> Double {
        population >= 1_000_000 ? 5.5 : population >= 100_000 ? 4.5 : 3.5
    }

    static func radius(of item: MapPlace) -> Double {
        item.role == .reference ? referenceRadius(population: item.place.population) : 6.5
    }

    /// Every place on the page that gets a marker, where it goes. A sea named as a reference is water,
    /// not a town: its name is set in it, with no dot (`SVGRenderer.waterLabels`).
    static func layout(map: BriefingMap, frame: MapFrame) -> [Marker] {
        map.places.compactMap { item in
            guard !(item.place.kind == .sea && item.role == .reference), let at = frame.visiblePixel(item.place.coordinate) else {
                return nil
            }
            let size = radius(of: item)
            return Marker(
                item: item, at: at,
                box: PageRect(minX: at.x - size - 1, minY: at.y - size * 1.3 - 1, maxX: at.x + size + 1, maxY: at.y + size + 1))
        }
    }

    /// Draws `markers` in one group.
    static func draw(_ svg: inout SVGWriter, markers: [Marker]) {
        svg.open("g", [("id", "places")])
        for marker in markers {
            let at = marker.at, size = radius(of: marker.item)
            switch marker.item.role {
            case .launch:
                let points = [(0.0, -size * 1.25), (size * 1.1, size * 0.8), (-size * 1.1, size * 0.8)]
                    .map { "\(SVGWriter.number(at.x + $0.0)),\(SVGWriter.number(at.y + $0.1))" }.joined(separator: " ")
                svg.element("polygon", [("class", "launch"), ("points", points)])
            case .impact, .reference:
                svg.element(
                    "circle",
                    [
                        ("class", marker.item.role.rawValue), ("cx", SVGWriter.number(at.x)), ("cy", SVGWriter.number(at.y)),
                        ("r", SVGWriter.number(size)),
                    ])
            }
        }
        svg.close("g")
    }
}
