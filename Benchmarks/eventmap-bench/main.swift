import Foundation
import Geodesy

// In-process measurements that a command-line run cannot isolate: the bare cost of the geodesic
// calls (the floor batch mode is measured against), and library throughput after loading.
// Usage: eventmap-bench floor PAIRS_FILE

/// Reads "lat1 lon1 lat2 lon2" lines into one flat array before timing, so no I/O is measured.
func loadPairs(_ path: String) throws -> [Double] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var values: [Double] = []
    values.reserveCapacity(text.utf8.count / 10)
    for line in text.split(separator: "\n") {
        let fields = line.split(separator: " ").compactMap { Double($0) }
        if fields.count == 4 { values.append(contentsOf: fields) }
    }
    return values
}

/// Solves the inverse problem for every pair; prints seconds and a checksum (so the loop is not elided).
func measureFloor(_ path: String) throws {
    let values = try loadPairs(path)
    let geodesic = Geodesic.wgs84
    let start = DispatchTime.now()
    var checksum = 0.0
    var index = 0
    while index + 3 < values.count {
        checksum += geodesic.inverse(
            latitude1Degrees: values[index], longitude1Degrees: values[index + 1],
            latitude2Degrees: values[index + 2], longitude2Degrees: values[index + 3]).distanceMeters
        index += 4
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(String(format: "%.3f s for %d pairs (checksum %.0f m)", seconds, values.count / 4, checksum))
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch (arguments.first, arguments.dropFirst().first) {
    case let ("floor", path?): try measureFloor(path)
    default:
        FileHandle.standardError.write(Data("usage: eventmap-bench floor PAIRS_FILE\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("eventmap-bench: \(error)\n".utf8))
    exit(3)
}
