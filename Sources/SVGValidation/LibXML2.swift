import CLibXML2

// The one file that talks to libxml2. It owns every document, DTD and context it creates.

/// Facts about the linked libxml2 library, read at run time.
public enum LibXML2Library {
    /// For example "2.9.14", decoded from libxml2's run-time `xmlParserVersion` ("20914"), which the
    /// thread-safe build exposes through the accessor `__xmlParserVersion()`.
    public static var version: String {
        guard let raw = __xmlParserVersion()?.pointee, let number = Int(String(cString: raw)) else { return "unknown" }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}
