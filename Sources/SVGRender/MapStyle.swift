import MapModel

/// Every size, colour and font the SVG uses, in one place; the features' colours and widths come from
/// `MapPalette`, which the GeoJSON and KML styles share.
enum MapStyle {
    private typealias P = MapPalette

    /// DejaVu Sans first (its metrics are what labels are measured with), then Noto Sans CJK for Hangul,
    /// Chinese and Japanese, which DejaVu lacks (Debian fonts-noto-cjk, installed by scripts/setup).
    static let fontFamily =
        "'DejaVu Sans', 'Noto Sans CJK KR', 'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Helvetica Neue', Helvetica, Arial, "
        + "'Liberation Sans', sans-serif"
    static let headerHeight = 74.0
    static let footerHeight = 44.0
    static let margin = 12.0
    static let titleSize = 22.0
    static let subtitleSize = 14.0
    static let labelSize = 12.5
    static let countryLabelSize = 11.0
    static let smallSize = 10.5
    static let graticuleSize = 9.5

    /// Stylesheet: classes keep per-element markup short. `paint-order` sits in CSS, where the SVG 1.1
    /// DTD allows it, to draw the white halo under label text.
    static let stylesheet = """
        .page{fill:#ffffff}
        .sea{fill:#dbe7f0}
        .globe{fill:none;stroke:#7f97ad;stroke-width:0.8}
        .land{fill:#efebe2;stroke:none}
        .land-subject{fill:#fbfaf6}
        .land-edge{fill:none;stroke:#958d7e;stroke-width:0.9;stroke-linejoin:round}
        .admin1{fill:none;stroke:#b3aa99;stroke-width:0.5;stroke-dasharray:3 2}
        .lake{fill:#dbe7f0;stroke:#a9c3d8;stroke-width:0.4}
        .river{fill:none;stroke:#9cbcd6;stroke-width:0.8;stroke-linejoin:round;stroke-linecap:round}
        .graticule{fill:none;stroke:#9db4c8;stroke-width:0.5;stroke-dasharray:3 3}
        .area{fill:\(P.area);fill-opacity:\(P.areaFillOpacity);stroke:\(P.area);stroke-width:\(P.areaWidthPixels)}
        .occupied{fill:\(P.occupied);fill-opacity:\(P.occupiedFillOpacity);stroke:\(P.occupied);\
        stroke-width:\(P.occupiedWidthPixels);stroke-dasharray:2 2}
        .area-line{fill:none;stroke:\(P.area);stroke-width:\(P.boundaryWidthPixels);stroke-linejoin:round}
        .area-label{fill:#4a2a6b}
        .ring-fill{fill:\(P.ring);fill-opacity:\(P.ringFillOpacity);stroke:none}
        .ring{fill:none;stroke:\(P.ring);stroke-width:\(P.ringWidthPixels);stroke-dasharray:6 3}
        .ring-key{fill:\(P.ring);fill-opacity:\(P.ringFillOpacity);stroke:\(P.ring);stroke-width:\(P.ringWidthPixels);stroke-dasharray:6 3}
        .line{fill:none;stroke:\(P.line);stroke-width:\(P.lineWidthPixels);stroke-linecap:round}
        .impact{fill:\(P.impact);stroke:\(P.markerRim);stroke-width:\(P.markerRimWidthPixels)}
        .launch{fill:\(P.launch);stroke:\(P.markerRim);stroke-width:\(P.markerRimWidthPixels)}
        .reference{fill:\(P.reference);stroke:\(P.referenceRim);stroke-width:\(P.markerRimWidthPixels)}
        .inset-land{fill:#d9d3c4;stroke:none}
        .inset-view{fill:#c0392b;fill-opacity:0.25;stroke:#c0392b;stroke-width:1.2}
        .frame{fill:none;stroke:#4d4d4d;stroke-width:1}
        .panel{fill:#ffffff;fill-opacity:0.92;stroke:#8c8c8c;stroke-width:0.6}
        text{font-family:\(fontFamily);fill:#1a1a1a}
        .label{font-size:\(labelSize)px;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
        .label-strong{font-size:\(labelSize)px;font-weight:bold;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round;paint-order:stroke}
        .water{font-size:\(smallSize)px;font-style:italic;fill:#3f6f96;letter-spacing:0.5px;stroke:#dbe7f0;stroke-width:2px;\
        paint-order:stroke}
        .water-place{font-style:italic;fill:#2f5f86}
        .country{font-size:\(countryLabelSize)px;fill:#6b6459;letter-spacing:0.5px;stroke:#efebe2;stroke-width:2px;paint-order:stroke}
        .claim-consistent{fill:\(P.verdict(.consistent))}
        .claim-plausible{fill:\(P.verdict(.plausible))}
        .claim-inconsistent{fill:\(P.verdict(.inconsistent))}
        .title{font-size:\(titleSize)px;font-weight:bold}
        .subtitle{font-size:\(subtitleSize)px;fill:#444444}
        .small{font-size:\(smallSize)px;fill:#555555}
        .graticule-label{font-size:\(graticuleSize)px;fill:#3d5873}
        .bar{fill:#1a1a1a}
        .bar-light{fill:#ffffff;stroke:#1a1a1a;stroke-width:0.8}
        """

    /// Rules after the stylesheet that restyle it (a later CSS rule wins): none for `light`. A colour
    /// the spec gives a ring or line (`color:`) is the spec's and stays.
    static func overrides(for style: MapSpec.Style) -> String {
        switch style {
        case .light: return ""
        case .dark: return "\n" + darkStylesheet
        case .print: return "\n" + printStylesheet
        }
    }

    /// For screens and slides: dark land and sea, light text, the same feature colours brightened
    /// where they would sink into the dark (lines, reference markers).
    static let darkStylesheet = """
        .page{fill:#15171a}
        .sea{fill:#1c2a38}
        .lake{fill:#1c2a38;stroke:#3b5670}
        .river{stroke:#3b5f80}
        .land{fill:#2c2f34}
        .land-subject{fill:#3a3e45}
        .land-edge{stroke:#7a8089}
        .admin1{stroke:#5d636b}
        .graticule{stroke:#3b4f63}
        .globe{stroke:#5d7a96}
        text{fill:#ececec}
        .label,.label-strong{stroke:#15171a}
        .country{fill:#a9aeb6;stroke:#2c2f34}
        .water{fill:#8fb3d1;stroke:#1c2a38}
        .water-place{fill:#a9c8e2}
        .area-label{fill:#d9c2f0}
        .subtitle{fill:#cfcfcf}
        .small{fill:#c8c8c8}
        .graticule-label{fill:#9db4c8}
        .panel{fill:#202328;fill-opacity:0.92;stroke:#5a5f66}
        .frame{stroke:#8a8f96}
        .bar{fill:#ececec}
        .bar-light{fill:#202328;stroke:#ececec}
        .inset-land{fill:#4a4f57}
        .reference{fill:#202328;stroke:#ececec}
        .line{stroke:#7fb6ea}
        .ring-fill{fill-opacity:0.22}
        .claim-consistent{fill:#8cc4f2}
        .claim-plausible{fill:#f0c060}
        .claim-inconsistent{fill:#ff8f70}
        """

    /// For black-and-white printing: greys only, features told apart by shape and dash (impact disc,
    /// launch triangle, dashed ring), verdicts by their words.
    static let printStylesheet = """
        .sea{fill:#e6e6e6}
        .lake{fill:#e6e6e6;stroke:#9a9a9a}
        .river{stroke:#9a9a9a}
        .land{fill:#f4f4f4}
        .land-subject{fill:#ffffff}
        .land-edge{stroke:#4d4d4d}
        .admin1{stroke:#9a9a9a}
        .graticule{stroke:#bdbdbd}
        .globe{stroke:#4d4d4d}
        .country{fill:#5c5c5c;stroke:#ffffff}
        .water{fill:#4d4d4d;stroke:#e6e6e6}
        .water-place{fill:#333333}
        .area{fill:#000000;fill-opacity:0.12;stroke:#000000}
        .area-line{stroke:#000000}
        .area-label{fill:#1a1a1a}
        .occupied{fill:#000000;fill-opacity:0.2;stroke:#000000}
        .ring-fill{fill:#000000;fill-opacity:0.07}
        .ring{stroke:#000000}
        .ring-key{fill:#000000;fill-opacity:0.07;stroke:#000000}
        .line{stroke:#000000}
        .impact{fill:#000000}
        .launch{fill:#000000}
        .reference{fill:#ffffff;stroke:#000000}
        .claim-consistent,.claim-plausible,.claim-inconsistent{fill:#000000}
        .inset-land{fill:#bdbdbd}
        .inset-view{fill:#000000;stroke:#000000}
        .graticule-label{fill:#4d4d4d}
        """

    /// The classes of users' layers (`layers:`), added to the stylesheet only on maps that have some.
    static let layerStylesheet = """
        .layer-occupied{fill:\(P.layer(.occupied));fill-opacity:\(P.occupiedFillOpacity);stroke:\(P.layer(.occupied));\
        stroke-width:\(P.occupiedWidthPixels);stroke-dasharray:2 2}
        .layer-front-line{fill:none;stroke:\(P.layer(.frontLine));stroke-width:\(P.frontLineWidthPixels);stroke-linejoin:round}
        .layer-area{fill:\(P.layer(.area));fill-opacity:\(P.layerAreaFillOpacity);stroke:\(P.layer(.area));\
        stroke-width:\(P.layerAreaWidthPixels)}
        .layer-other{fill:\(P.layer(.other));fill-opacity:\(P.layerOtherFillOpacity);stroke:\(P.layer(.other));\
        stroke-width:\(P.layerAreaWidthPixels)}
        .layer-occupied-line{fill:none;stroke:\(P.layer(.occupied));stroke-width:\(P.layerLineWidthPixels)}
        .layer-front-line-line{fill:none;stroke:\(P.layer(.frontLine));stroke-width:\(P.frontLineWidthPixels);stroke-linejoin:round}
        .layer-area-line{fill:none;stroke:\(P.layer(.area));stroke-width:\(P.layerLineWidthPixels)}
        .layer-other-line{fill:none;stroke:\(P.layer(.other));stroke-width:\(P.layerLineWidthPixels)}
        .layer-occupied-point{fill:\(P.layer(.occupied));stroke:#ffffff;stroke-width:0.8}
        .layer-front-line-point{fill:\(P.layer(.frontLine));stroke:#ffffff;stroke-width:0.8}
        .layer-area-point{fill:\(P.layer(.area));stroke:#ffffff;stroke-width:0.8}
        .layer-other-point{fill:\(P.layer(.other));stroke:#ffffff;stroke-width:0.8}
        .layer-label{fill:#333333}
        """
}
