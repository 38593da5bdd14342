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
        guard let widths = TextWidths(regular: TextWidths.debianRegular, bold: TextWidths.debianBold) else {
            throw IOFailure(
                description:
                    "Cannot read the label font \(TextWidths.debianRegular.path) with FreeType; install fonts-dejavu-core (scripts/setup).")
        }
        return SVGRenderer(
            basemap: try Basemap.load(packed: try DataFiles.basemapCountries()),
            admin1Lines: try Basemap.admin1Lines(packed: try DataFiles.basemapAdmin1Lines()), widths: widths)
    }
}

/// Turns an SVG into a PNG with rsvg-convert (Debian librsvg2-bin).
enum PNGConverter {
    static let tool = "/usr/bin/rsvg-convert"
    /// 50 million pixels (about 7,000 × 7,000): rsvg-convert needs about 4 bytes a pixel and a few
    /// seconds for this many; a 32,500-pixel square took 52 s and 4 GB.
    static let maximumPixels = 50_000_000

    /// Refuses a PNG larger than `maximumPixels` before any work.
    static func checkSize(widthPixels: Int, heightPixels: Int, dpi: Int) throws {
        let zoom = Double(dpi) / 96
        let pixels = (Double(widthPixels) * zoom).rounded(.up) * (Double(heightPixels) * zoom).rounded(.up)
        guard pixels <= Double(maximumPixels) else {
            throw InputError(
                description:
                    "A \(widthPixels) × \(heightPixels) map at --dpi \(dpi) would be a PNG of \(Int(pixels)) pixels, over the limit of "
                    + "\(maximumPixels); lower --dpi or the spec's size.")
        }
    }

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
        TemporaryFiles.rememberChild(process.processIdentifier)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        TemporaryFiles.forgetChild(process.processIdentifier)
        guard process.terminationStatus == 0 else {
            throw IOFailure(
                description: "rsvg-convert could not turn \(svg.lastPathComponent) into a PNG: "
                    + "\(message.trimmingCharacters(in: .whitespacesAndNewlines)).")
        }
    }
}

/// The `--out` folder: made (with its parents) when missing, refused when it is a file.
enum OutputFolder {
    static func prepare(_ path: String) throws -> URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw IOFailure(description: "Cannot write into \(path): it is a file, not a folder; give a folder with --out.")
            }
            return URL(fileURLWithPath: path)
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw IOFailure(
                description:
                    "Cannot create the folder \(path): \((error as NSError).localizedDescription); check the path and its permissions.")
        }
        return URL(fileURLWithPath: path)
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
