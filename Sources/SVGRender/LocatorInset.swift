import Foundation
import Geodesy

/// A small world map (Equal Earth) with the main map's view outlined, so a reader sees where the
/// map lies. Drawn only for maps narrower than a hemisphere, where it adds something.
struct LocatorInset {
    static let widthPixels = 170.0
    static let heightPixels = 88.0
    static let maximumViewDegrees = 150.0

    /// The inset's box on the page, or nil when the map is too wide to need one.
    static func box(for frame: MapFrame, in mapRect: PageRect) -> PageRect? {
        guard frame.window.width - 20 <= maximumViewDegrees else { return nil }
        return PageRect(
            minX: mapRect.minX + 10, minY: mapRect.minY + 10, maxX: mapRect.minX + 10 + widthPixels, maxY: mapRect.minY + 10 + heightPixels)
    }

    static func draw(_ svg: inout SVGWriter, basemap: Basemap, frame: MapFrame, box: PageRect) throws {
        let world = try Projection("+proj=eqearth +lon_0=0")
        guard let east = world.forward(longitudeDegrees: 180, latitudeDegrees: 0),
            let north = world.forward(longitudeDegrees: 0, latitudeDegrees: 90)
        else { return }
        let scale = min((box.width - 8) / (2 * east.x), (box.height - 8) / (2 * north.y))
        let center = PagePoint(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2)
        func page(_ longitude: Double, _ latitude: Double) -> PagePoint? {
            world.forward(longitudeDegrees: longitude, latitudeDegrees: latitude).map {
                PagePoint(x: center.x + $0.x * scale, y: center.y - $0.y * scale)
            }
        }
        // Land: exteriors only, thinned to at most 40 vertices, islands under 8 points left out.
        var rings: [[PagePoint]] = []
        for country in basemap.countries {
            for polygon in country.polygons {
                guard let exterior = polygon.first, exterior.count >= 8 else { continue }
                let step = max(1, exterior.count / 40)
                let thinned = stride(from: 0, to: exterior.count, by: step).compactMap { page(exterior[$0].x, exterior[$0].y) }
                if thinned.count >= 4 { rings.append(thinned) }
            }
        }
        svg.open("g", [("id", "locator")])
        svg.element(
            "rect",
            [
                ("class", "panel"), ("x", SVGWriter.number(box.minX)), ("y", SVGWriter.number(box.minY)),
                ("width", SVGWriter.number(box.width)), ("height", SVGWriter.number(box.height)),
            ])
        svg.element("path", [("class", "inset-land"), ("d", SVGWriter.pathData(rings, closed: true))])
        // The view: the main map's frame taken back to longitude/latitude, split where it wraps.
        var pieces: [[PagePoint]] = [[]]
        for point in viewOutline(frame) {
            guard let onInset = page(point.longitudeDegrees, point.latitudeDegrees) else { continue }
            if let last = pieces[pieces.count - 1].last, abs(last.x - onInset.x) > box.width / 2 { pieces.append([]) }
            pieces[pieces.count - 1].append(onInset)
        }
        svg.element(
            "path", [("class", "inset-view"), ("d", SVGWriter.pathData(pieces.filter { $0.count >= 2 }, closed: pieces.count == 1))])
        svg.close("g")
    }

    /// The visible rectangle's edges, 30 points each, as coordinates.
    private static func viewOutline(_ frame: MapFrame) -> [GeographicPoint] {
        let rect = frame.visibleRect
        let corners = [
            (rect.minX, rect.minY), (rect.maxX, rect.minY), (rect.maxX, rect.maxY), (rect.minX, rect.maxY), (rect.minX, rect.minY),
        ]
        return zip(corners, corners.dropFirst()).flatMap { start, end in
            (0..<30).compactMap { step -> GeographicPoint? in
                let t = Double(step) / 30
                return frame.projection.inverse(x: start.0 + (end.0 - start.0) * t, y: start.1 + (end.1 - start.1) * t)
                    .map(\.geographicPoint)
            }
        }
    }
}
