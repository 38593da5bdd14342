import Foundation
import Gazetteer
import SVGRender
import SVGValidation

/// Finds the SVG 1.1 DTD (Debian's w3c-sgml-lib, else the project's copy) and builds a validator.
enum SVGValidatorFactory {
    static func make() throws -> SVGValidator {
        try SVGValidator(dtdURL: try DataFiles.svgDTD())
    }
}

/// The basemap layers an SVG is drawn on, loaded from the bundled packed files.
enum BasemapFiles {
    static func renderer() throws -> SVGRenderer {
        SVGRenderer(
            basemap: try Basemap.load(packed: try DataFiles.basemapCountries()),
            admin1Lines: try Basemap.admin1Lines(packed: try DataFiles.basemapAdmin1Lines()))
    }
}

/// Turns an SVG into a PNG with rsvg-convert (Debian librsvg2-bin).
enum PNGConverter {
    static let tool = "/usr/bin/rsvg-convert"

    /// Writes `png` from the SVG file at `svg`; `dpi` scales the pixel-sized SVG (96 dpi = 1:1).
    static func convert(svg: URL, to png: URL, dpi: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw IOFailure(description: "PNG output needs rsvg-convert; install the Debian package librsvg2-bin (scripts/setup does).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--zoom", String(Double(dpi) / 96), "--format", "png", "--output", png.path, svg.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw IOFailure(
                description:
                    "rsvg-convert could not turn \(svg.lastPathComponent) into a PNG: "
                    + "\(message.trimmingCharacters(in: .whitespacesAndNewlines))."
            )
        }
    }
}

/// A rendered SVG that fails DTD validation: a bug in eventmap, reported with libxml2's messages.
struct InvalidSVG: Error, CustomStringConvertible {
    let issues: [SVGValidationIssue]

    var description: String {
        "The rendered SVG is not valid SVG 1.1 (this is a bug in eventmap; nothing was written): "
            + issues.prefix(5).map(\.description).joined(separator: "; ")
    }
}
