import Foundation
import Gazetteer
import Geodesy

// In-process measurements that a command-line run cannot isolate: the bare cost of the geodesic
// calls (the floor batch mode is measured against), and library throughput after loading.
// Usage: eventmap-bench floor PAIRS_FILE | geocode COUNT | within PLACE RADIUS_METERS

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
        checksum +=
            geodesic.inverse(
                latitude1Degrees: values[index], longitude1Degrees: values[index + 1],
                latitude2Degrees: values[index + 2], longitude2Degrees: values[index + 3]
            ).distanceMeters
        index += 4
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    print(String(format: "%.3f s for %d pairs (checksum %.0f m)", seconds, values.count / 4, checksum))
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// The project's gazetteer: `$EVENTMAP_HOME/gazetteer`, else `gazetteer/` in the current folder
/// (Benchmarks/run starts in the project root).
func bundledGazetteer() throws -> Gazetteer {
    let home = ProcessInfo.processInfo.environment["EVENTMAP_HOME"] ?? FileManager.default.currentDirectoryPath
    return try Gazetteer.load(directory: URL(fileURLWithPath: home).appendingPathComponent("gazetteer"))
}

/// `count` lookups of report spellings after one load: names, alternates and transliterations
/// (one binary search each); names in other scripts, some through ICU transliteration; then typos,
/// which go through the trigram index to a spelling guess.
func measureGeocoding(_ count: Int) throws {
    let gazetteer = try bundledGazetteer()
    let spellings = ["Kharkiv", "Kharkov", "Zaporizhia", "Pusan", "Wonsan", "Kiev", "Odessa", "Charkiw", "Belgorod", "Lemberg"]
    let scripts = ["Харків", "서울", "صنعاء", "ירושלים", "東京", "Суджа"]
    let typos = ["Kharkiff", "Zaporozhie", "Belgorot", "Pyongyan", "Kramatorks", "Tehrna"]
    var parts: [String] = []
    let sets = [
        ("names and alternates", spellings, count), ("other scripts", scripts, max(count / 10, 10)),
        ("typos (spelling guesses)", typos, max(count / 10, 10)),
    ]
    for (label, names, runs) in sets {
        let start = DispatchTime.now()
        var found = 0
        for index in 0..<runs {
            found += (try? gazetteer.geocode(names[index % names.count]).first) == nil ? 0 : 1
        }
        let elapsed = seconds(since: start)
        parts.append(
            String(
                format: "%@: %.1f µs each (%d of %d found)", label, elapsed / Double(runs) * 1e6, found, runs))
    }
    print(parts.joined(separator: "; "))
}

/// Median time of one radius query over the whole gazetteer, after building the index once.
func measureWithin(_ name: String, radiusMeters: Double) throws {
    let gazetteer = try bundledGazetteer()
    let center = try gazetteer.resolve(name).coordinate
    let index = PlaceIndex(places: gazetteer.places.filter { !$0.kind.isArea })
    var times: [Double] = []
    var found = 0
    for _ in 0..<51 {
        let start = DispatchTime.now()
        found = index.within(radiusMeters, of: center).count
        times.append(seconds(since: start))
    }
    times.sort()
    print(String(format: "%.2f ms median (%d places)", times[times.count / 2] * 1000, found))
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch (arguments.first, arguments.dropFirst().first) {
    case let ("floor", path?): try measureFloor(path)
    case let ("geocode", count?): try measureGeocoding(Int(count) ?? 100_000)
    case let ("within", name?):
        try measureWithin(name, radiusMeters: Double(arguments.dropFirst(2).first ?? "") ?? 460_000)
    default:
        FileHandle.standardError.write(Data("usage: eventmap-bench floor PAIRS_FILE | geocode COUNT | within PLACE RADIUS_METERS\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("eventmap-bench: \(error)\n".utf8))
    exit(3)
}
