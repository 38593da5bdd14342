/// How a page of any size is laid out: on a page of about 1200 × 800 layout pixels, scaled to the
/// requested size. Pages near the standard size are drawn 1 : 1; a large page is drawn at most twice
/// as large and uses the rest of its room for more of the map (a 4000 × 3000 page is laid out at
/// 2000 × 1500: labels 25 px, and room for the labels a smaller page leaves off, not one blown up
/// 3.3×); a 400 × 300 page is laid out at 667 × 500 and drawn at 0.6× (labels 7.5 px, the smallest
/// that stays legible).
struct PageScale {
    /// Layout pixels to page pixels.
    let factor: Double
    let layoutWidth: Double
    let layoutHeight: Double

    init(widthPixels: Int, heightPixels: Int) {
        let width = Double(widthPixels), height = Double(heightPixels)
        let fit = min(width / 1200, height / 800)
        // Pages from three quarters to one and a half times the standard size keep 1 : 1.
        let factor = (0.75...1.5).contains(fit) ? 1 : min(max(fit, 0.6), 2)
        self.factor = factor
        layoutWidth = width / factor
        layoutHeight = height / factor
    }

    /// On a small map the locator inset goes first: it would cover the features.
    func roomForInset(_ mapRect: PageRect) -> Bool {
        mapRect.width >= 700 && mapRect.height >= 450
    }
}
