import Geodesy

/// Places labels so that none overlaps another label, a marker, or the map furniture.
///
/// Labels are taken in priority order (launch and impact sites, then lines and rings, then reference
/// places by population, then countries); each tries eight positions around its anchor, nearest
/// first, and is dropped when none is free. Text size is estimated from the character count: an
/// average glyph is 0.6 em wide in the sans-serif fonts the SVG names.
struct LabelPlacer {
    struct Request {
        let text: String
        let anchor: PagePoint
        let fontSize: Double
        let priority: Double
        /// Clearance from the anchor (a marker's radius plus a gap); 0 centres the label on it.
        let offset: Double
        let className: String
    }

    struct Placed {
        let request: Request
        /// Baseline position of the text.
        let x: Double
        let y: Double
        let textAnchor: String
        let box: PageRect
    }

    /// Obstacles placed labels must avoid (markers, legend, scale bar, inset).
    private(set) var occupied: [PageRect]
    let bounds: PageRect
    let widths: TextWidths

    init(widths: TextWidths, bounds: PageRect, obstacles: [PageRect]) {
        self.widths = widths
        self.bounds = bounds
        self.occupied = obstacles
    }

    /// Marks `box` as taken, for text placed outside `place` (graticule labels).
    mutating func reserve(_ box: PageRect) {
        occupied.append(box)
    }

    /// A label's width in pixels, bold for the strong labels of impact and launch sites, plus a pixel
    /// each side for the halo.
    func width(of request: Request) -> Double {
        widths.width(of: request.text, fontSize: request.fontSize, bold: request.className.hasPrefix("label-strong")) + 2
    }

    mutating func place(_ requests: [Request]) -> [Placed] {
        var placed: [Placed] = []
        for request in requests.sorted(by: { ($0.priority, $1.text) > ($1.priority, $0.text) }) {
            if let position = candidates(for: request).first(where: { candidate in
                bounds.contains(candidate.box) && !occupied.contains { $0.intersects(candidate.box) }
            }) {
                occupied.append(position.box)
                placed.append(position)
            }
        }
        return placed
    }

    private func candidates(for request: Request) -> [Placed] {
        let width = width(of: request), height = request.fontSize * 1.15
        let gap = request.offset, x = request.anchor.x, y = request.anchor.y
        // (left edge, top edge, text-anchor, baseline x) for each position around the anchor.
        let options: [(Double, Double, String, Double)] =
            request.offset == 0
            ? [
                (x - width / 2, y - height / 2, "middle", x), (x - width / 2, y - height * 1.6, "middle", x),
                (x - width / 2, y + height * 0.6, "middle", x),
            ]
            : [
                (x + gap, y - height / 2, "start", x + gap), (x - gap - width, y - height / 2, "end", x - gap),
                (x + gap * 0.7, y - gap * 0.7 - height, "start", x + gap * 0.7), (x + gap * 0.7, y + gap * 0.7, "start", x + gap * 0.7),
                (x - gap * 0.7 - width, y - gap * 0.7 - height, "end", x - gap * 0.7),
                (x - gap * 0.7 - width, y + gap * 0.7, "end", x - gap * 0.7),
                (x - width / 2, y - gap - height, "middle", x), (x - width / 2, y + gap, "middle", x),
            ]
        return options.map { left, top, anchor, baselineX in
            let box = PageRect(minX: left, minY: top, maxX: left + width, maxY: top + height)
            return Placed(request: request, x: baselineX, y: top + height * 0.8, textAnchor: anchor, box: box)
        }
    }
}
