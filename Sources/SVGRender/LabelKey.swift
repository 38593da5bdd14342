import Foundation

/// Labels that must never be lost (impact and launch sites, claims) but find no room beside their
/// marker: each gets a number there, and a key panel in the top-left corner lists the numbers.
enum LabelKey {
    static let rowHeight = 16.0

    /// Whether a label may not be dropped: an impact or launch site's, or a claim's verdict.
    static func isEssential(_ request: LabelPlacer.Request) -> Bool {
        request.className == "label-strong" || request.className.contains("claim-")
    }

    /// Where the key for `count` entries goes: the top-left corner of the map, under `above` (the
    /// inset) when there is one; nil for none.
    static func box(widths: TextWidths, entries: [String], mapRect: PageRect, above: PageRect?) -> PageRect? {
        guard !entries.isEmpty else { return nil }
        let widest = entries.map { widths.width(of: $0, fontSize: MapStyle.smallSize) }.max() ?? 0
        let width = min(widest + 40, mapRect.width / 2), height = Double(entries.count) * rowHeight + 10
        let top = (above?.maxY ?? mapRect.minY) + 8
        return PageRect(minX: mapRect.minX + 10, minY: top, maxX: mapRect.minX + 10 + width, maxY: top + height)
    }

    /// Draws the numbers next to their anchors (where the placer finds room, else just beside the
    /// anchor) and the key; returns nothing, the panel's box having been reserved before placing.
    static func draw(_ svg: inout SVGWriter, missing: [LabelPlacer.Request], box: PageRect, placer: inout LabelPlacer) {
        svg.open("g", [("id", "label-key")])
        for (index, request) in missing.enumerated() {
            let number = "\(index + 1)"
            let numbered = LabelPlacer.Request(
                text: number, anchor: request.anchor, fontSize: MapStyle.smallSize, priority: 10_000, offset: max(request.offset, 6),
                className: "label-strong")
            let spot = placer.place([numbered]).first
            svg.text(
                number,
                [
                    ("class", "label-strong"), ("x", SVGWriter.number(spot?.x ?? request.anchor.x + 7)),
                    ("y", SVGWriter.number(spot?.y ?? request.anchor.y - 5)), ("text-anchor", spot?.textAnchor ?? "start"),
                ])
        }
        svg.element("rect", [("class", "panel")] + SVGWriter.rectAttributes(box))
        for (index, request) in missing.enumerated() {
            let y = box.minY + 17 + Double(index) * rowHeight
            svg.text("\(index + 1)", [("class", "small"), ("x", SVGWriter.number(box.minX + 10)), ("y", SVGWriter.number(y))])
            svg.text(request.text, [("class", "small"), ("x", SVGWriter.number(box.minX + 28)), ("y", SVGWriter.number(y))])
        }
        svg.close("g")
    }
}
