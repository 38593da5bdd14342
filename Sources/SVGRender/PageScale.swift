/// How a page of any size is laid out: on a page of about 1200 × 800 layout pixels, scaled to the
/// requested size. Pages near the standard size are drawn 1 : 1; a 4000 × 3000 page is laid out at
/// 1200 × 900 and drawn 3.3× larger (12.5 px labels become 42 px); a 400 × 300 page is laid out at
/// 667 × 500 and drawn at 0.6× (labels 7.5 px, the smallest that stays legible).
struct PageScale {
    /// Layout pixels to page pixels.
    let factor: Double
    let layoutWidth: Double
    let layoutHeight: Double

    init(widthPixels: Int, heightPixels: Int) {
        let width = Double(widthPixels), height = Double(heightPixels)
        let fit = min(width / 1200, height / 800)
        // Pages from three quarters to one and a half times the standard size keep 1 : 1.
        let factor = (0.75...1.5).contains(fit) ? 1 : min(max(fit, 0.6), 4)
        self.factor = factor
        layoutWidth = width / factor
        layoutHeight = height / factor
    }

    /// On a small map the locator inset goes first: it would cover the features.
    func roomForInset(_ mapRect: PageRect) -> Bool {
        mapRect.width >= 700 && mapRect.height >= 450
    }
}
