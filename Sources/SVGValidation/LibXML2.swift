import CLibXML2
import Foundation

// The one file that talks to libxml2. It owns every document, DTD and validation context it creates,
// and keeps libxml2 off the network and off every file but the SVG 1.1 DTD's own.

/// One problem libxml2 found, with where it is in the SVG.
public struct SVGValidationIssue: Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String

    public var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }
}

/// Validates SVG documents against the SVG 1.1 DTD with libxml2, offline.
///
/// The document is parsed with `XML_PARSE_NONET` and without entity substitution or DTD loading,
/// so nothing it names (a DOCTYPE URL, an external entity such as `file:///etc/passwd`) is fetched or
/// read; an SVG that declares entities is refused outright, because eventmap never writes one. The DTD
/// is parsed from `dtdURL`, and a process-wide external entity loader lets libxml2 open files inside
/// that DTD's folder only (its 37 modules), nothing else.
public final class SVGValidator {
    public let dtdURL: URL
    private let dtd: xmlDtdPtr

    /// Where Debian's w3c-sgml-lib (which scripts/setup installs) puts the SVG 1.1 DTD.
    public static let debianDTD = URL(fileURLWithPath: "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd")

    /// Parses the DTD at `dtdURL` once; the validator then checks any number of documents.
    public init(dtdURL: URL) throws {
        self.dtdURL = dtdURL
        xmlInitParser()
        EntityGate.allow(directory: dtdURL.deletingLastPathComponent().standardizedFileURL.path)
        let collector = IssueCollector()
        let parsed = collector.collecting { xmlParseDTD(nil, dtdURL.path) }
        guard let dtd = parsed else {
            throw SVGValidationError.dtdUnreadable(
                path: dtdURL.path, reason: collector.issues.first?.message ?? "libxml2 could not parse it")
        }
        self.dtd = dtd
    }

    deinit {
        xmlFreeDtd(dtd)
    }

    /// Every well-formedness and validity problem in `data`; empty when the SVG is valid.
    public func validate(_ data: Data) -> [SVGValidationIssue] {
        if let excess = SVGShapeLimits.firstExcess(in: [UInt8](data)) { return [excess] }
        let collector = IssueCollector()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document = collector.collecting {
            data.withUnsafeBytes { buffer in
                xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), "map.svg", "UTF-8", options)
            }
        }
        guard let document else {
            return collector.issues.isEmpty ? [SVGValidationIssue(line: 0, column: 0, message: "not well-formed XML")] : collector.issues
        }
        defer { xmlFreeDoc(document) }
        if let subset = document.pointee.intSubset, subset.pointee.entities != nil || subset.pointee.pentities != nil {
            return [
                SVGValidationIssue(
                    line: 0, column: 0,
                    message: "the SVG declares entities (<!ENTITY …>); eventmap refuses them rather than expand or fetch them")
            ]
        }
        guard let context = xmlNewValidCtxt() else {
            return [SVGValidationIssue(line: 0, column: 0, message: "libxml2 could not create a validation context")]
        }
        defer { xmlFreeValidCtxt(context) }
        let valid = collector.collecting { xmlValidateDtd(context, document, dtd) }
        if valid == 1 { return [] }
        return collector.issues.isEmpty
            ? [SVGValidationIssue(line: 0, column: 0, message: "not valid against the SVG 1.1 DTD")] : collector.issues
    }
}

/// Gathers libxml2's structured errors while one call runs (libxml2 keeps the handler per thread).
private final class IssueCollector {
    var issues: [SVGValidationIssue] = []
    /// Issues kept; past it, one line says how many more there were (a reader fixes the first few).
    static let maximumIssues = 1_000
    var dropped = 0

    func collecting<T>(_ body: () -> T) -> T {
        let pointer = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(pointer) { userData, error in
            guard let userData, let error else { return }
            let collector = Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue()
            let message =
                error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "unknown libxml2 error"
            guard collector.issues.count < IssueCollector.maximumIssues else {
                collector.dropped += 1
                return
            }
            collector.issues.append(SVGValidationIssue(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message))
        }
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            if dropped > 0 {
                issues.append(
                    SVGValidationIssue(line: 0, column: 0, message: "and \(dropped) more problems after the first \(issues.count)"))
                dropped = 0
            }
        }
        return body()
    }
}

/// The process-wide external entity loader: files inside the allowed DTD folder load through
/// libxml2's default loader; everything else (network URLs, other files) is refused.
private enum EntityGate {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var allowedDirectory: String?
    nonisolated(unsafe) private static var defaultLoader: xmlExternalEntityLoader?

    static func allow(directory: String) {
        lock.lock()
        defer { lock.unlock() }
        if defaultLoader == nil {
            defaultLoader = xmlGetExternalEntityLoader()
            xmlSetExternalEntityLoader { url, id, context in
                EntityGate.load(url: url, id: id, context: context)
            }
        }
        allowedDirectory = directory
    }

    private static func load(url: UnsafePointer<CChar>?, id: UnsafePointer<CChar>?, context: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
        lock.lock()
        let directory = allowedDirectory, loader = defaultLoader
        lock.unlock()
        guard let url, let directory, let loader else { return nil }
        let text = String(cString: url)
        let path = text.hasPrefix("file://") ? String(text.dropFirst("file://".count)) : text
        guard !path.contains("://"), URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(directory + "/") else {
            return nil
        }
        return loader(url, id, context)
    }
}

/// Why validation could not run at all.
public enum SVGValidationError: Error, Equatable, CustomStringConvertible {
    case dtdUnreadable(path: String, reason: String)
    case dtdMissing

    public var description: String {
        switch self {
        case let .dtdUnreadable(path, reason):
            return "Cannot read the SVG 1.1 DTD at \(path): \(reason); reinstall w3c-sgml-lib (scripts/setup)."
        case .dtdMissing:
            return "The SVG 1.1 DTD is missing: install w3c-sgml-lib (scripts/setup) or restore maps/svg11-dtd."
        }
    }
}

/// Facts about the linked libxml2 library, read at run time.
public enum LibXML2Library {
    /// For example "2.9.14", decoded from libxml2's run-time `xmlParserVersion` ("20914"), which the
    /// thread-safe build exposes through the accessor `__xmlParserVersion()`.
    public static var version: String {
        guard let raw = __xmlParserVersion()?.pointee, let number = Int(String(cString: raw)) else { return "unknown" }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
