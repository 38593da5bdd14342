import Foundation
import Geodesy

/// Places labels so that none overlaps another label, a marker, the map furniture or a drawn line.
///
/// Labels are taken in priority order (launch and impact sites, then lines and rings, then reference
/// places by population, then countries, those of the map's own places first); each tries eight
/// positions around its anchor, nearest first, clear of drawn lines, and is dropped when none is free.
/// A subject's or a line's own label crosses a line rather than be lost. Widths come from the label font's advance widths
/// (`TextWidths`, DejaVu Sans through FreeType).
struct LabelPlacer {
    struct Request {
        let text: String
        let anchor: PagePoint
        let fontSize: Double
        let priority: Double
        /// Clearance from the anchor (a marker's radius plus a gap); 0 centres the label on it.
        let offset: Double
        let className: String
        /// A subject's or a line's label that finds no spot clear of the drawn lines may cross one
        /// rather than be numbered or lost (only lines: never a label or a marker).
        var crossesLinesIfNeeded = false
        /// Where the label's box must lie whole (a country's name inside that country); nil anywhere.
        var container: ((PageRect) -> Bool)?
        /// Further anchors tried, in order, once every position around `anchor` is taken: a line's
        /// label slides along its line before it would cross it.
        var laterAnchors: [PagePoint] = []
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

    /// Small boxes along the drawn geodesic lines, which labels other than the lines' own avoid.
    let lineBoxes: [PageRect]

    init(widths: TextWidths, bounds: PageRect, obstacles: [PageRect], lines: [[PagePoint]] = []) {
        self.widths = widths
        self.bounds = bounds
        self.occupied = obstacles
        self.lineBoxes = lines.flatMap { line in
            zip(line, line.dropFirst()).flatMap { a, b -> [PageRect] in
                let steps = max(1, Int((hypot(b.x - a.x, b.y - a.y) / 4).rounded(.up)))
                return (0...steps).map { step in
                    let t = Double(step) / Double(steps)
                    let x = a.x + t * (b.x - a.x), y = a.y + t * (b.y - a.y)
                    return PageRect(minX: x - 1.5, minY: y - 1.5, maxX: x + 1.5, maxY: y + 1.5)
                }
            }
        }
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
            // Lazily: most labels take their first free spot, so the rest are never tested.
            let (bounds, taken, lineBoxes) = (self.bounds, occupied, self.lineBoxes)
            let free = candidates(for: request).lazy.filter { candidate in
                bounds.contains(candidate.box) && !taken.contains { $0.intersects(candidate.box) }
                    && request.container.map { $0(candidate.box) } ?? true
            }
            let clear = free.first { candidate in !lineBoxes.contains { $0.intersects(candidate.box) } }
            if let position = clear ?? (request.crossesLinesIfNeeded ? free.first : nil) {
                occupied.append(position.box)
                placed.append(position)
            }
        }
        return placed
    }

    /// Steps (in thirds of the width, and heights) from a centred label's anchor, nearest first.
    static let centredShifts: [(Double, Double)] = {
        let steps = (-2...2).flatMap { dx in (-2...2).map { dy in (Double(dx), Double(dy)) } }
        return steps.sorted { ($0.0 * $0.0 / 4 + $0.1 * $0.1, $0.0, $0.1) < ($1.0 * $1.0 / 4 + $1.1 * $1.1, $1.0, $1.1) }
    }()

    private func candidates(for request: Request) -> [Placed] {
        ([request.anchor] + request.laterAnchors).flatMap { candidates(for: request, around: $0) }
    }

    private func candidates(for request: Request, around point: PagePoint) -> [Placed] {
        let width = width(of: request), height = request.fontSize * 1.15
        let gap = request.offset, x = point.x, y = point.y
        // (left edge, top edge, text-anchor, baseline x) for each position around the anchor.
        let options: [(Double, Double, String, Double)] =
            request.offset == 0
            // Centred labels (countries, areas) try the anchor, then spots ever farther from it in
            // steps of a third of their width and 1.1 times their height, nearest first.
            ? Self.centredShifts.map { dx, dy in
                (x - width / 2 + dx * width / 3, y - height / 2 + dy * height * 1.1, "middle", x + dx * width / 3)
            }
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
