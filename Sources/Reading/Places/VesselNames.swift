import Gazetteer

/// The ships a report names, found in one pass over its capitalised runs before any place is read:
/// a name after a ship prefix or a kind of ship ("USS Carney", "the cruiser Moskva"), and the next
/// names of a list that starts so ("the cutters BRP Cabra, Sindangan and Melchora Aquino", "the
/// destroyers USS Carney and Mason"). A name once given to a ship stays a ship's when the report
/// comes back to it bare ("the Carney shot down a drone"), which is why it is read before places.
///
/// Linear in the runs: each run is looked at once, against the run before it; lookups of a
/// candidate are a binary search over the ships' ranges and a set of their names.
struct VesselNames: Sendable {
    /// Where each ship's name stands (its prefix left out), in text order.
    private(set) var ranges: [Range<Int>] = []
    /// The ships' names, folded, and the last word of each longer one ("melchora aquino", "aquino").
    private(set) var names: Set<String> = []
    /// The word that made each range a ship's ("cutters", "BRP", or the list it continues).
    private(set) var reasons: [String] = []

    static let empty = VesselNames()

    private init() {}

    init(runs: [ReportText.CapitalisedRun], in report: ReportText, lexicon: Lexicon) {
        var listEnd: Int?
        var listReason = ""
        for run in runs {
            let start = run.range.lowerBound
            var words = run.words
            var reason: String?
            if words.count > 1, let prefix = words.first, Self.isPrefix(prefix, lexicon: lexicon) {
                words.removeFirst()
                reason = "after '\(prefix)'"
            } else if Self.isShipWord(report.previousWord(before: start), lexicon: lexicon) {
                reason = "after '\(report.previousWord(before: start))'"
            } else if let end = listEnd, Self.isListSeparator(report.substring(end..<start)) {
                reason = listReason
            }
            guard let reason, !words.isEmpty else {
                listEnd = nil
                continue
            }
            let name = words.map(PlaceCandidate.withoutPossessive).joined(separator: " ")
            ranges.append(run.range.upperBound - words.joined(separator: " ").unicodeScalars.count..<run.range.upperBound)
            names.insert(NameFolding.fold(name))
            // "the Aquino" for the Melchora Aquino, "the Ford" for the Gerald R. Ford.
            if words.count > 1, let last = words.last { names.insert(NameFolding.fold(PlaceCandidate.withoutPossessive(last))) }
            reasons.append(reason)
            listEnd = run.range.upperBound
            listReason = reason.hasPrefix("listed") ? reason : "listed \(reason)"
        }
    }

    /// Why the span at `offset` names a ship, when it lies inside a ship's name as the report gives it.
    func reason(at offset: Int) -> String? {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < ranges.count, ranges[low].contains(offset) else { return nil }
        return reasons[low]
    }

    /// A ship's prefix written in capitals ("USS", "BRP", "ML"), never an everyday word in capitals.
    static func isPrefix(_ word: String, lexicon: Lexicon) -> Bool {
        word.count <= 6 && word.unicodeScalars.allSatisfy { Scalars.isUpper($0) } && lexicon.vesselWords.contains(word.lowercased())
    }

    /// A ship prefix or kind of ship, singular or plural ("destroyer", "cutters", "uss").
    static func isShipWord(_ word: String, lexicon: Lexicon) -> Bool {
        lexicon.vesselWords.contains(word)
            || (word.count > 4 && word.hasSuffix("s") && lexicon.vesselWords.contains(String(word.dropLast())))
    }

    /// What stands between two names of one list: a comma, "and", "or", each maybe with "the".
    static func isListSeparator(_ text: String) -> Bool {
        guard text.count <= 12 else { return false }
        let tokens = text.replacingOccurrences(of: ",", with: " , ").split(separator: " ").filter { $0 != "the" }
        return [[","], ["and"], [",", "and"], ["or"], [",", "or"]].contains(tokens.map(String.init))
    }
}
