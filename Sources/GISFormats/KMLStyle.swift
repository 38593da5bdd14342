import Foundation
import MapModel

/// A feature's look as an OGR feature style string, which GDAL's LIBKML driver writes as the
/// placemark's KML `<Style>`: a marker per role, and the line, ring and area colours of the SVG.
enum KMLStyle {
    /// Google Earth's stock icons, tinted by the marker colour: a disc for impacts, a triangle for
    /// launches, a ring for reference places (the SVG's red disc, black triangle and white disc).
    static let iconFolder = "https://maps.google.com/mapfiles/kml/shapes/"

    static func string(_ style: FeatureStyle) -> String? {
        var parts: [String] = []
        if let color = style.markerColor {
            let icon: String
            switch style.markerSymbol {
            case "triangle": icon = "triangle.png"
            case "circle-stroked": icon = "donut.png"
            default: icon = "placemark_circle.png"
            }
            parts.append("SYMBOL(id:\"\(iconFolder)\(icon)\",c:\(color))")
        }
        if let stroke = style.stroke {
            parts.append("PEN(c:\(stroke),w:\(number(style.strokeWidthPixels ?? 1))px)")
        }
        if let fill = style.fill {
            parts.append("BRUSH(fc:\(fill)\(alpha(style.fillOpacity ?? 1)))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ";")
    }

    /// An opacity as the two hex digits OGR appends to `#rrggbb`.
    private static func alpha(_ opacity: Double) -> String {
        String(format: "%02x", Int((min(max(opacity, 0), 1) * 255).rounded()))
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
