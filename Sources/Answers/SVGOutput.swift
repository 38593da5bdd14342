import Foundation
import Gazetteer
import SVGRender
import SVGValidation

/// Finds the SVG 1.1 DTD (Debian's w3c-sgml-lib, else the project's copy) and builds a validator.
public enum SVGValidatorFactory {
    public static func make() throws -> SVGValidator {
        try SVGValidator(dtdURL: try DataFiles.svgDTD())
    }
}

/// The basemap layers an SVG is drawn on, loaded from the bundled packed files.
public enum BasemapFiles {
    public static func renderer() throws -> SVGRenderer {
        guard let widths = TextWidths(regular: TextWidths.debianRegular, bold: TextWidths.debianBold) else {
            throw IOFailure(
                description:
                    "Cannot read the label font \(TextWidths.debianRegular.path) with FreeType; install fonts-dejavu-core (scripts/setup).")
        }
        return SVGRenderer(
            basemap: try Basemap.load(packed: try DataFiles.basemapCountries()),
            admin1Lines: try Basemap.lines(packed: try DataFiles.basemapAdmin1Lines()), widths: widths,
            detailedOutlines: DetailedOutlines(load: BundledAreas.countryAtlas), waterNames: try waterNames(),
            rivers: try Basemap.lines(packed: try DataFiles.basemapRivers()),
            lakes: try Basemap.load(packed: try DataFiles.basemapLakes()).countries.flatMap(\.polygons))
    }

    /// The seas, gulfs and straits of gazetteer/seas.tsv, named on maps at their scale.
    static func waterNames() throws -> [WaterName] {
        let url = try DataFiles.locate("gazetteer/seas.tsv")
        return try WaterName.parse(seasTSV: try InputFile.text(url.path, limit: .report), path: url.path)
    }
}

/// Turns an SVG into a PNG with rsvg-convert (Debian librsvg2-bin).
public enum PNGConverter {
    public static let tool = "/usr/bin/rsvg-convert"
    /// 50 million pixels (about 7,000 × 7,000): rsvg-convert needs about 4 bytes a pixel and a few
    /// seconds for this many; a 32,500-pixel square took 52 s and 4 GB.
    public static let maximumPixels = 50_000_000

    /// Refuses a PNG larger than `maximumPixels` before any work.
    public static func checkSize(widthPixels: Int, heightPixels: Int, dpi: Int) throws {
        let zoom = Double(dpi) / 96
        let pixels = (Double(widthPixels) * zoom).rounded(.up) * (Double(heightPixels) * zoom).rounded(.up)
        guard pixels <= Double(maximumPixels) else {
            throw InputError(
                description:
                    "A \(widthPixels) × \(heightPixels) map at --dpi \(dpi) would be a PNG of \(Int(pixels)) pixels, over the limit of "
                    + "\(maximumPixels); lower --dpi or the spec's size.")
        }
    }

    /// Longest a conversion may take: a map at `maximumPixels` takes a few seconds; a helper that
    /// waits on something (a FIFO as its font configuration) is stopped here instead of hanging the run.
    public static let timeLimitSeconds = 120.0

    /// The PNG of an SVG held in memory (the server's answers), made in a private temporary folder
    /// that is removed afterwards whatever happens.
    public static func png(svg: Data, dpi: Int) throws -> Data {
        var template = Array((NSTemporaryDirectory() + "/eventmap-png.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw IOFailure(description: "Cannot create a temporary folder for a PNG: \(String(cString: strerror(errno))).")
        }
        let folder = URL(fileURLWithPath: String(cString: made))
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("map.svg"), target = folder.appendingPathComponent("map.png")
        try svg.write(to: source)
        guard FileManager.default.createFile(atPath: target.path, contents: nil) else {
            throw IOFailure(description: "Cannot create \(target.path) for a PNG.")
        }
        try convert(svg: source, to: target, dpi: dpi)
        return try Data(contentsOf: target)
    }

    /// Writes `png` from the SVG file at `svg`; `dpi` scales the pixel-sized SVG (96 dpi = 1:1).
    /// rsvg-convert writes to its standard output, which is `png` opened by us: it creates no file of
    /// its own (with --output, GIO leaves a `.goutputstream-*` file in the folder when stopped).
    public static func convert(svg: URL, to png: URL, dpi: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw IOFailure(description: "PNG output needs rsvg-convert; install the Debian package librsvg2-bin (scripts/setup does).")
        }
        guard let output = FileHandle(forWritingAtPath: png.path) else {
            throw IOFailure(description: "Cannot write \(png.path): \(String(cString: strerror(errno))).")
        }
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--zoom", String(Double(dpi) / 96), "--format", "png", svg.path]
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        TemporaryFiles.rememberChild(process.processIdentifier)
        let timedOut = ManagedFlag()
        let timer = DispatchWorkItem {
            timedOut.set()
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimitSeconds, execute: timer)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        timer.cancel()
        TemporaryFiles.forgetChild(process.processIdentifier)
        guard !timedOut.isSet else {
            throw IOFailure(
                description: "rsvg-convert did not finish \(svg.lastPathComponent) within \(Int(timeLimitSeconds)) s and was stopped; "
                    + "check its font configuration (FONTCONFIG_FILE) or lower --dpi.")
        }
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            throw IOFailure(
                description: "rsvg-convert could not turn \(svg.lastPathComponent) into a PNG: "
                    + "\(message.trimmingCharacters(in: .whitespacesAndNewlines)).")
        }
        // A helper killed by our own signal cleanup (which reaps it first) looks to Foundation like
        // a clean exit; an empty PNG is never a success.
        guard let size = try? output.seekToEnd(), size > 0 else {
            throw IOFailure(description: "rsvg-convert wrote no PNG for \(svg.lastPathComponent); it may have been stopped.")
        }
    }
}

/// A flag one thread sets and another reads.
public final class ManagedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    public func set() { lock.withLock { value = true } }
    public var isSet: Bool { lock.withLock { value } }
}

/// A rendered SVG that fails DTD validation: a bug in eventmap, reported with libxml2's messages.
public struct InvalidSVG: Error, CustomStringConvertible {
    public let issues: [SVGValidationIssue]

    public init(issues: [SVGValidationIssue]) { self.issues = issues }

    public var description: String {
        "The rendered SVG is not valid SVG 1.1 (this is a bug in eventmap; nothing was written): "
            + issues.prefix(5).map(\.description).joined(separator: "; ")
    }
}
