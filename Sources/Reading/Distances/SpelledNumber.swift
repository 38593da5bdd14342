import Foundation

/// Numbers written in words, as reports sometimes give distances: "three hundred kilometres",
/// "one thousand km", "twenty-five miles", "a hundred meters", "half a mile", "thirty yards". Whole numbers below a
/// million, and a half.
enum SpelledNumber {
    private static let units: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    /// "three hundred kilometres" and the like, with an optional hedge: group 1 the number words,
    /// group 2 the unit; never a model designation ("four Mi-35 helicopters"). Built from fixed words,
    /// so it always compiles.
    static let pattern: NSRegularExpression = {
        let word = "(?:" + units.keys.filter { $0 != "a" }.sorted { $0.count > $1.count }.joined(separator: "|") + "|hundred|thousand)"
        let number = "(half(?:\\s+an?)?|(?:a|" + word + ")(?:(?:[ -]|\\s+and\\s+)" + word + ")*)"
        let unit =
            "(kilometres|kilometers|kilometre|kilometer|km|nautical miles|nautical mile|miles|mile|mi|nmi|metres|meters|metre|meter"
            + "|feet|foot|yards|yard)"
        return try! NSRegularExpression(pattern: "\\b" + number + "\\s+" + unit + "\\b(?!-\\d)", options: [.caseInsensitive])
    }()

    /// 1 for "a mile", "a kilometre", "a nautical mile" ("about a mile from the scene"): a length of its
    /// own, unlike "a metre" or "a foot", which more often give a size; nil for anything else, and before
    /// a hyphen ("a mile-long convoy").
    static func single(_ words: String, _ unit: String, hyphenAfter: Bool) -> Double? {
        guard !hyphenAfter, words.lowercased() == "a",
            ["mile", "kilometre", "kilometer", "nautical mile"].contains(unit.lowercased())
        else { return nil }
        return 1
    }

    /// The value of "three hundred", "one thousand", "twenty-five", "half a"; nil for anything else
    /// ("a" alone).
    static func value(_ text: String) -> Double? {
        let lowered = text.lowercased()
        if lowered == "half" || lowered.hasPrefix("half ") { return 0.5 }
        var total = 0, current = 0, sawNumber = false
        for word in text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) where word != "and" {
            if let unit = units[String(word)] {
                current += unit
                sawNumber = sawNumber || word != "a"
            } else if word == "hundred" {
                current = max(current, 1) * 100
                sawNumber = true
            } else if word == "thousand" {
                total += max(current, 1) * 1000
                current = 0
                sawNumber = true
            } else {
                return nil
            }
        }
        return sawNumber ? Double(total + current) : nil
    }
}
