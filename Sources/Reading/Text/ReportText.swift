import Foundation

/// A report's text with sentence boundaries and capitalised-word runs, all as Unicode code point
/// offsets (what most JSON consumers index by).
public struct ReportText: Sendable {
    public let text: String
    let scalars: [Unicode.Scalar]
    /// Code point ranges of sentences, in order.
    let sentences: [Range<Int>]
    /// For each sentence, whether it has no lower-case letter.
    private let capitalSentences: [Bool]
    /// Where the dateline's line starts and where its place names end (within its first 60 code
    /// points: the first digit of its date, or the agency's bracket or the dash of a dateline without
    /// one, "BAMAKO (Reuters) —", "MAPUTO —"): the first line, or the second when the first is a
    /// headline without a digit.
    private let datelineDigit: (lineStart: Int, digit: Int)?
    /// For each UTF-16 offset (NSRegularExpression's unit), the code point offset; built once.
    private let scalarOffsetAtUTF16: [Int]
    /// The stretches of the text around its digits (UTF-16 ranges, in order, disjoint): where a
    /// pattern that needs a digit can match (`matches(_:nearDigits:)`).
    private let digitWindows: [NSRange]

    /// How far (code points) before and after a digit `digitWindows` reach: more than any hedge,
    /// month name or unit between a match's edge and its nearest digit ("approximately  460
    /// kilometres", "September 3, 2024 (…)").
    static let digitWindowMargin = 100

    /// Abbreviations whose trailing period does not end a sentence.
    static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
        "gen", "col", "lt", "sgt", "st", "no", "vs", "approx", "c", "u.s", "u.k", "e.g", "i.e", "km", "mi", "nm",
    ]

    public init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        sentences = ReportText.splitSentences(scalars)
        datelineDigit = Self.datelineDigit(scalars)
        capitalSentences = sentences.map { [scalars] range in !scalars[range].contains(where: Scalars.isLower) }
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf16.count + 1)
        for (index, scalar) in scalars.enumerated() {
            offsets.append(contentsOf: repeatElement(index, count: scalar.utf16.count))
        }
        offsets.append(scalars.count)
        scalarOffsetAtUTF16 = offsets
        digitWindows = Self.digitWindows(scalars, scalarOffsetAtUTF16: offsets)
    }

    /// The UTF-16 ranges within `digitWindowMargin` code points of a digit, overlapping ones merged.
    private static func digitWindows(_ scalars: [Unicode.Scalar], scalarOffsetAtUTF16: [Int]) -> [NSRange] {
        var windows: [Range<Int>] = []
        for (index, scalar) in scalars.enumerated() where Scalars.isDigit(scalar) {
            let window = max(0, index - digitWindowMargin)..<min(scalars.count, index + 1 + digitWindowMargin)
            if let last = windows.last, last.upperBound >= window.lowerBound {
                windows[windows.count - 1] = last.lowerBound..<window.upperBound
            } else {
                windows.append(window)
            }
        }
        // Where a code point starts in UTF-16: the first UTF-16 offset that maps to it.
        let utf16 = { (scalar: Int) in scalarOffsetAtUTF16.firstIndex(atOrAfter: scalar) { $0 } }
        return windows.map { window in
            let start = utf16(window.lowerBound)
            return NSRange(location: start, length: utf16(window.upperBound) - start)
        }
    }

    /// The text of a code point range, built from UTF-8 bytes (appending scalars to a string view
    /// cost an eighth of an extraction's time); `lowercased` lower-cases ASCII in the same pass
    /// (most words of most reports) and the rest through Foundation.
    func substring(_ range: Range<Int>, lowercased: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var isASCII = true
        for scalar in scalars[range] {
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                bytes.append(lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            } else {
                isASCII = false
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return lowercased && !isASCII ? text.lowercased() : text
    }

    /// The sentence around `offset`, by binary search (sentences are in order and do not overlap).
    func sentence(containing offset: Int) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(offset) ? sentences[low] : 0..<scalars.count
    }

    private static func splitSentences(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let isBreak = scalar == "\n" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isBreak || ".!?".unicodeScalars.contains(scalar) {
                var end = index + 1
                while end < scalars.count, "\"”’)".unicodeScalars.contains(scalars[end]) { end += 1 }
                let followedBySpace = end >= scalars.count || Scalars.isSpace(scalars[end])
                if isBreak || (followedBySpace && !endsWithAbbreviation(scalars, at: index)) {
                    ranges.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges.flatMap { bounded($0, in: scalars) }.filter { range in scalars[range].contains { !Scalars.isSpace($0) } }
    }

    /// Longest sentence read as one, in code points. Wire sentences stay under about 700; text with
    /// no sentence ends ("460 km " a megabyte long, a list of a thousand towns) is read in pieces of
    /// at most this length, cut at a space, so that the per-sentence work (claims pair with the places
    /// around them) keeps a whole extraction linear in the text's length.
    static let maximumSentenceScalars = 2_000

    /// `range` cut at spaces into pieces of at most `maximumSentenceScalars` (a piece with no space
    /// is cut where it reaches the limit).
    private static func bounded(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard range.count > maximumSentenceScalars else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > maximumSentenceScalars {
            let limit = start + maximumSentenceScalars
            var cut = limit
            while cut > start + maximumSentenceScalars / 2, !Scalars.isSpace(scalars[cut]) { cut -= 1 }
            if !Scalars.isSpace(scalars[cut]) { cut = limit }
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    private static func endsWithAbbreviation(_ scalars: [Unicode.Scalar], at period: Int) -> Bool {
        guard scalars[period] == "." else { return false }
        var start = period
        while start > 0, Scalars.isLetter(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<period])).lowercased()
        return abbreviations.contains(word)
    }

    /// A run of words, each starting with a capital letter (joined by spaces, hyphens or apostrophes),
    /// up to `maximumWords` long: the candidates for place names.
    struct CapitalisedRun {
        let range: Range<Int>
        let words: [String]

        /// `length` words from word `from`, with their range (words are joined by single spaces).
        func part(from: Int, length: Int) -> CapitalisedRun? {
            guard from >= 0, length > 0, from + length <= words.count else { return nil }
            let start = range.lowerBound + words.prefix(from).reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            let slice = Array(words[from..<from + length])
            return CapitalisedRun(range: start..<start + slice.joined(separator: " ").unicodeScalars.count, words: slice)
        }

        /// Whether the run starts with a joining word or article, or ends with a joining word ("of"),
        /// which no name does; a name may end with an article and its word ("Bab al-Mandab").
        var isConnectorEdged: Bool {
            words.first.map { ReportText.isConnector($0) || $0 == "and" } == true
                || words.last.map { ReportText.joiningWords.contains($0) || $0 == "and" } == true
        }
    }

    /// Lower-case words between two capitalised words of one name: "Sea of Japan", "Mocimboa da
    /// Praia", "Santander de Quilichao", "Dar es Salaam".
    static let joiningWords: Set<String> = ["of", "da", "de", "do", "dos", "das", "del", "di", "du", "es"]

    /// The suffixes of a compound that say where something is based or bound ("the Seoul-based Yonhap",
    /// "a Mumbai-bound express"): one ends the name and its run, so the place is read apart from what is
    /// based there or heads there.
    static let placeSuffixes = ["-based", "-bound"]

    /// The place suffix (`placeSuffixes`) that `word` ends with after a name, if any.
    static func placeSuffix(of word: String) -> String? {
        placeSuffixes.first { word.hasSuffix($0) && word.count > $0.count }
    }

    /// Articles that follow "de" inside a Spanish or French name: "San Cristobal de las Casas", "Santa
    /// Cruz de la Sierra"; the two words join the name as one.
    static let articlesAfterDe: Set<String> = ["la", "las", "los", "le", "les"]

    /// "de las" and the like: a joining word and its article, read as one joining word.
    static func isJoiningPair(_ word: String) -> Bool {
        let parts = word.split(separator: " ")
        return parts.count == 2 && parts[0] == "de" && articlesAfterDe.contains(String(parts[1]))
    }

    /// Lower-case words that join the capitalised words of one name: "Sea of Japan", "Ain al-Asad".
    static func isConnector(_ word: String) -> Bool {
        joiningWords.contains(word) || isJoiningPair(word)
            || ["al-", "el-", "ad-", "ar-", "as-", "ash-", "an-", "at-", "az-"].contains { word.hasPrefix($0) && word.count > $0.count }
                && word.first?.isLowercase == true
    }

    func capitalisedRuns(maximumWords: Int = 4) -> [CapitalisedRun] {
        var runs: [CapitalisedRun] = []
        var index = 0
        while index < scalars.count {
            guard Scalars.isUpper(scalars[index]), index == 0 || !Scalars.isLetter(scalars[index - 1])
            else {
                index += 1
                continue
            }
            var words: [String] = []
            var end = index
            var cursor = index
            while cursor < scalars.count, words.count < maximumWords, Scalars.isUpper(scalars[cursor]) {
                var wordEnd = cursor
                while wordEnd < scalars.count,
                    Scalars.isLetter(scalars[wordEnd]) || "'’-".unicodeScalars.contains(scalars[wordEnd])
                {
                    wordEnd += 1
                }
                while wordEnd > cursor, "'’-".unicodeScalars.contains(scalars[wordEnd - 1]) { wordEnd -= 1 }
                let word = substring(cursor..<wordEnd)
                if let suffix = Self.placeSuffix(of: word) {
                    let name = String(word.dropLast(suffix.count))
                    words.append(name)
                    end = cursor + name.unicodeScalars.count
                    break
                }
                words.append(word)
                end = wordEnd
                guard wordEnd + 1 < scalars.count, scalars[wordEnd] == " " else { break }
                if Scalars.isUpper(scalars[wordEnd + 1]) {
                    cursor = wordEnd + 1
                    continue
                }
                // A joining word ("of", "al-…") between two capitalised words stays in the run.
                guard let joined = connector(at: wordEnd + 1), words.count + 1 < maximumWords else { break }
                words.append(joined.word)
                if Self.joiningWords.contains(joined.word) || Self.isJoiningPair(joined.word) {
                    cursor = joined.next
                } else {
                    end = joined.next - 1
                    guard joined.next < scalars.count, scalars[joined.next - 1] == " ",
                        Scalars.isUpper(scalars[joined.next])
                    else { break }
                    cursor = joined.next
                }
            }
            runs.append(CapitalisedRun(range: index..<end, words: words))
            index = max(end, index + 1)
        }
        return runs
    }

    /// The joining word at `offset` and where the next word starts: "of" when a capitalised word
    /// follows it; "al-Asad" (an article joined to a capitalised word), whose end is its own.
    private func connector(at offset: Int) -> (word: String, next: Int)? {
        var end = offset
        while end < scalars.count, Scalars.isLetter(scalars[end]) || scalars[end] == "-" { end += 1 }
        let word = substring(offset..<end)
        if Self.joiningWords.contains(word), end + 1 < scalars.count, scalars[end] == " ", Scalars.isUpper(scalars[end + 1]) {
            return (word, end + 1)
        }
        // "de las Casas": the article after "de", then the capitalised word.
        if word == "de", end + 1 < scalars.count, scalars[end] == " " {
            var articleEnd = end + 1
            while articleEnd < scalars.count, Scalars.isLetter(scalars[articleEnd]) { articleEnd += 1 }
            let article = substring((end + 1)..<articleEnd)
            if Self.articlesAfterDe.contains(article), articleEnd + 1 < scalars.count, scalars[articleEnd] == " ",
                Scalars.isUpper(scalars[articleEnd + 1])
            {
                return ("de " + article, articleEnd + 1)
            }
        }
        guard Self.isConnector(word), !Self.joiningWords.contains(word), let hyphen = word.firstIndex(of: "-"),
            word[word.index(after: hyphen)...].first?.isUppercase == true
        else { return nil }
        return (word, end + 1)
    }

    /// Whether a hyphen and a model number follow `offset` ("Hwasong-17", "Tu-95", "Iskander-M"): a
    /// designation, not a place.
    func isDesignation(after offset: Int) -> Bool {
        guard offset + 1 < scalars.count, scalars[offset] == "-" else { return false }
        return Scalars.isDigit(scalars[offset + 1]) || Scalars.isUpper(scalars[offset + 1])
    }

    /// Whether `offset` lies in the report's dateline: the capitalised place names before the first
    /// date on the first line ("KYIV, May 25, 2024 -", "MOSCOW, TOKYO, May 29 (Wire) -"), each
    /// followed by a comma, or before the agency or the dash of an undated one ("BAMAKO (Reuters) —",
    /// "JERUSALEM/CAIRO —").
    /// Whether `offset` lies inside the brackets that end a dateline: the agency's name ("ERBIL
    /// (Kurdistan 24) –", "ANKARA (Anadolu) -"), never a place of the report.
    func isInDatelineAgency(_ offset: Int) -> Bool {
        guard let (_, end) = datelineDigit, end < scalars.count, scalars[end] == "(", offset > end,
            let close = scalars[end...].prefix(60).firstIndex(of: ")")
        else { return false }
        return offset < close
    }

    func isInDateline(_ offset: Int) -> Bool {
        guard let (lineStart, firstDigit) = datelineDigit, offset >= lineStart, offset < firstDigit else { return false }
        // Only capitals, commas, slashes and spaces before it (or nothing): "KYIV, …", "MOSCOW, TOKYO,
        // …", "MANILA/BEIJING, …", "Kyiv, …".
        guard !scalars[lineStart..<offset].contains(where: { Scalars.isLower($0) }) else { return false }
        var end = offset
        while end < firstDigit, Scalars.isLetter(scalars[end]) || " -'".unicodeScalars.contains(scalars[end]) { end += 1 }
        if end + 1 < firstDigit, scalars[end] == "/" { return Scalars.isUpper(scalars[end + 1]) }
        // An undated dateline: the names run up to the agency's bracket or the dash.
        if end == firstDigit, !Scalars.isDigit(scalars[firstDigit]) { return true }
        guard end < firstDigit, scalars[end] == ",", end + 2 < scalars.count else { return false }
        // A date or another dateline city follows the comma, not running text ("Pivdennyi, about 40 km").
        let after = scalars[end + 2]
        return Scalars.isUpper(after) || Scalars.isDigit(after)
    }

    /// Whether a date at `offset` is the dateline's own, after its place names and a comma ("BAMAKO,
    /// July 28 (Reuters)"), whatever its year.
    func isDatelineDate(at offset: Int) -> Bool {
        guard let (lineStart, digit) = datelineDigit, offset >= lineStart + 3, offset <= digit, scalars[offset - 2] == ",",
            scalars[offset - 1] == " ", !scalars[lineStart..<offset].contains(where: Scalars.isLower)
        else { return false }
        return isInDateline(lineStart)
    }

    private static func datelineDigit(_ scalars: [Unicode.Scalar]) -> (lineStart: Int, digit: Int)? {
        let firstBreak = scalars.prefix(200).firstIndex(of: "\n")
        var lineStarts = [0]
        // A headline: a first line under 200 code points with no digit in it.
        if let firstBreak, !scalars[0..<firstBreak].contains(where: Scalars.isDigit) { lineStarts.append(firstBreak + 1) }
        for start in lineStarts {
            if let bracketed = bracketedDateline(scalars, from: start) { return bracketed }
            if let stop = fullStopDateline(scalars, from: start) { return (start, stop) }
            let window = scalars[start..<min(scalars.count, start + 60)]
            // "KYIV:" opens a report as a dateline does in South Asian and Gulf papers; a hyphen or two
            // between spaces is the dash of wires typed in ASCII ("MANILA, Philippines - ", "CAIRO - 7
            // July", "BANGKOK -- A bomb").
            let end = window.indices.first { index in
                let scalar = scalars[index]
                guard scalar == "-" else {
                    return Scalars.isDigit(scalar) || scalar == "(" || scalar == "—" || scalar == "–" || scalar == ":"
                }
                guard index > start, scalars[index - 1] == " " else { return false }
                let after = index + 1 < scalars.count && scalars[index + 1] == "-" ? index + 2 : index + 1
                return after < scalars.count && scalars[after] == " "
            }
            guard let end, !scalars[start..<end].contains("\n") else { continue }
            // Before a bracket, a dash or a colon, only an undated dateline's capitals, or the city in
            // capitals and its country or state ("MANILA, Philippines —", "DEIR AL-BALAH, Gaza Strip
            // (AP) —"): no running text.
            if !Scalars.isDigit(scalars[end]), scalars[start..<end].contains(where: Scalars.isLower),
                !Self.isCityAndCountry(scalars[start..<end]), !(scalars[end] == ":" && Self.isTitleCaseName(scalars[start..<end]))
            {
                continue
            }
            return (start, end)
        }
        return nil
    }

    /// "Bangkok. Helicopters …": a city's name alone before a full stop, as some papers open a report,
    /// with a capitalised word after it; returns where the stop is. Only capitalised words and the
    /// joining words a capitalised run keeps ("Dar es Salaam"), so the name is read whole.
    private static func fullStopDateline(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var cursor = start, words = 0
        while cursor < scalars.count, words < 4 {
            var end = cursor
            while end < scalars.count, Scalars.isLetter(scalars[end]) || "'’-".unicodeScalars.contains(scalars[end]) { end += 1 }
            let length = end - cursor
            // A joining word may stand between two capitalised words ("Dar es Salaam.").
            let joins = words > 0 && joiningWords.contains(String(String.UnicodeScalarView(scalars[cursor..<end])))
            guard length > 0, Scalars.isUpper(scalars[cursor]) || joins else { return nil }
            words += 1
            guard end < scalars.count else { return nil }
            if scalars[end] == "." {
                guard end + 2 < scalars.count, scalars[end + 1] == " ", Scalars.isUpper(scalars[end + 2])
                else { return nil }
                return end
            }
            guard scalars[end] == " " else { return nil }
            cursor = end + 1
        }
        return nil
    }

    /// "(LONDON) — ": a city in capitals, in brackets, then a dash or a colon (as TIME and some papers
    /// open a report): the names run from after the bracket up to its close.
    private static func bracketedDateline(_ scalars: [Unicode.Scalar], from start: Int) -> (lineStart: Int, digit: Int)? {
        guard start < scalars.count, scalars[start] == "(",
            let close = scalars[start..<min(scalars.count, start + 40)].firstIndex(of: ")")
        else { return nil }
        let names = scalars[(start + 1)..<close]
        // Four letters at least: "(AP)" and "(UN)" open reports too, as agencies, not places.
        guard names.filter(Scalars.isUpper).count >= 4, !names.contains(where: { Scalars.isLower($0) || Scalars.isDigit($0) }),
            names.allSatisfy({ Scalars.isUpper($0) || " -'/,".unicodeScalars.contains($0) })
        else { return nil }
        let after = scalars[(close + 1)..<min(scalars.count, close + 4)].drop { $0 == " " }
        guard let mark = after.first, ["—", "–", "-", ":"].contains(mark) else { return nil }
        return (start + 1, close)
    }

    /// Whether no word of its sentence comes before `offset` (an opening quote may).
    func opensSentence(_ offset: Int) -> Bool {
        let first = sentence(containing: offset).lowerBound
        return !scalars[first..<max(first, offset)].contains(where: Scalars.isLetter)
    }

    /// Whether `word` is a verb in -ing doing something ("accusing", "setting"), not "being" nor a short
    /// word that only ends so ("king", "ring").
    static func isGerund(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ing") && word != "being"
    }

    /// One to three words, each a capital and lower-case letters: the city of a "Dubai:" or "New Delhi:"
    /// dateline, as South Asian and Gulf papers and AFP's copies write it.
    private static func isTitleCaseName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = String(String.UnicodeScalarView(text)).split(separator: " ")
        return (1...3).contains(words.count)
            && words.allSatisfy { word in
                word.unicodeScalars.first.map(Scalars.isUpper) == true && word.unicodeScalars.dropFirst().allSatisfy(Scalars.isLower)
            }
    }

    /// "MANILA, Philippines ": a city in capitals, a comma, then only capitalised words.
    private static func isCityAndCountry(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let comma = text.firstIndex(of: ","), text[text.startIndex..<comma].filter(Scalars.isUpper).count >= 2,
            !text[text.startIndex..<comma].contains(where: Scalars.isLower)
        else { return false }
        let words = String(String.UnicodeScalarView(text[(comma + 1)...])).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.unicodeScalars.first.map(Scalars.isUpper) ?? false }
    }

    /// Whether a sentence has no lower-case letter (a paragraph in capitals); worked out once per
    /// sentence, since every candidate word asks.
    func isAllCapitals(_ range: Range<Int>) -> Bool {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low] == range else { return !scalars[range].contains(where: Scalars.isLower) }
        return capitalSentences[low]
    }

    /// Whether `range` holds `needle` (lower-case ASCII) in any letter case, anywhere ("launch" in
    /// "launched") or, with `wholeWords`, between non-letters ("in all", not "in allied"): a scan of
    /// the scalars, without building and lower-casing the sentence's string (asked of every sentence).
    func contains(_ needle: String, in range: Range<Int>, wholeWords: Bool = false) -> Bool {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, range.count >= pattern.count else { return false }
        func lowered(_ scalar: Unicode.Scalar) -> UInt32 { ("A"..."Z").contains(scalar) ? scalar.value + 32 : scalar.value }
        for start in range.lowerBound...(range.upperBound - pattern.count)
        where pattern.indices.allSatisfy({ lowered(scalars[start + $0]) == pattern[$0].value }) {
            let end = start + pattern.count
            if wholeWords, (start > 0 && Scalars.isLetter(scalars[start - 1])) || (end < scalars.count && Scalars.isLetter(scalars[end])) {
                continue
            }
            return true
        }
        return false
    }

    /// Whether a space and a lower-case word or a number follow `offset` ("Engels air base", "Tower 22").
    func startsLowerCaseWord(after offset: Int) -> Bool {
        offset + 1 < scalars.count && scalars[offset] == " "
            && (Scalars.isLower(scalars[offset + 1]) || Scalars.isDigit(scalars[offset + 1]))
    }

    /// Where the word before `offset` starts (spaces skipped).
    func startOfWord(before offset: Int) -> Int {
        var position = offset
        while position > 0, scalars[position - 1] == " " { position -= 1 }
        while position > 0, Scalars.isLetter(scalars[position - 1]) { position -= 1 }
        return position
    }

    /// The lower-cased words after `offset` in its clause, at most `count`.
    func nextWords(after offset: Int, count: Int) -> [String] {
        clauseWords(after: offset, count: count).map { $0.word.lowercased() }
    }

    /// The word before `offset`, past an article when asked ("in the Black Sea" → "in").
    func previousWord(before offset: Int, skippingArticles: Bool) -> String {
        let word = previousWord(before: offset)
        guard skippingArticles, ["the", "a", "an"].contains(word) else { return word }
        return previousWord(before: startOfWord(before: offset))
    }

    /// The lower-cased word just before `offset` (skipping spaces), e.g. "in" for "… in Kharkiv".
    func previousWord(before offset: Int) -> String {
        var end = offset
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, Scalars.isLetter(scalars[start - 1]) { start -= 1 }
        return substring(start..<end, lowercased: true)
    }

    /// The lower-cased words before `offset`, nearest first ("launched from near Belgorod" → near, from).
    func previousWords(before offset: Int, count: Int) -> [String] {
        var words: [String] = []
        var position = offset
        while words.count < count, position > 0 {
            while position > 0, scalars[position - 1] == " " { position -= 1 }
            let word = previousWord(before: position)
            guard !word.isEmpty else { break }
            words.append(word)
            position -= word.unicodeScalars.count
            while position > 0, scalars[position - 1] == " " { position -= 1 }
        }
        return words
    }

    /// The tokens before `offset` as written, nearest first, each what stands between two spaces
    /// ("A." and "Gen." before "Burhan" in "Gen. A. Burhan"; "dela" and "Edwin" before "Peña").
    func previousTokens(before offset: Int, count: Int) -> [String] {
        var tokens: [String] = []
        var end = offset
        while tokens.count < count {
            while end > 0, scalars[end - 1] == " " { end -= 1 }
            var start = end
            while start > 0, !Scalars.isSpace(scalars[start - 1]) { start -= 1 }
            guard start < end else { break }
            tokens.append(substring(start..<end))
            end = start
        }
        return tokens
    }

    /// The capitalised word (as written) after one space at `offset`, the end of a capitalised run:
    /// a run stops there only when its word limit cut a longer name ("Secretary of State Marco" and
    /// "Rubio"); nil when anything else follows.
    func capitalisedWord(after offset: Int) -> String? {
        guard offset + 1 < scalars.count, scalars[offset] == " ", Scalars.isUpper(scalars[offset + 1]) else { return nil }
        return clauseWords(after: offset + 1, count: 1).first?.word
    }

    /// The capitalised words (as written, in text order, at most `count`) joined by single spaces
    /// right before `offset`, the start of a capitalised run: a run starts right after another only
    /// when the word limit cut a longer name ("Defence Minister Vladimir Padrino" and "López").
    func capitalisedWords(before offset: Int, count: Int) -> [String] {
        var words: [String] = []
        var end = offset
        while words.count < count, end >= 2, scalars[end - 1] == " " {
            var start = end - 1
            while start > 0, Scalars.isLetter(scalars[start - 1]) || scalars[start - 1] == "-" { start -= 1 }
            guard start < end - 1, Scalars.isUpper(scalars[start]) else { break }
            words.append(substring(start..<(end - 1)))
            end = start
        }
        return words.reversed()
    }

    /// The lower-cased word just after `offset`.
    func nextWord(after offset: Int) -> String {
        var start = offset
        while start < scalars.count, scalars[start] == " " || scalars[start] == "," { start += 1 }
        var end = start
        while end < scalars.count, Scalars.isLetter(scalars[end]) { end += 1 }
        return substring(start..<end, lowercased: true)
    }

    /// The words from `offset` up to the next comma, semicolon, bracket or sentence end, at most
    /// `count`, with their code point ranges; hyphens, dashes and apostrophes stay inside a word
    /// ("Ukraine–Russia", "Russia's"). With `acrossClauses`, every word to the end of the text.
    func clauseWords(after offset: Int, count: Int, acrossClauses: Bool = false) -> [(word: String, range: Range<Int>)] {
        var words: [(word: String, range: Range<Int>)] = []
        var position = offset
        // Hyphen, en and em dash, apostrophes (a switch: a set built per call cost a sixth of a claim).
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "-", "\u{2013}", "\u{2014}", "'", "\u{2019}": return true
            default: return Scalars.isLetterOrDigit(scalar)
            }
        }
        while words.count < count, position < scalars.count {
            while position < scalars.count, acrossClauses ? !isWordScalar(scalars[position]) : scalars[position] == " " { position += 1 }
            var end = position
            while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
            guard end > position else { break }
            words.append((substring(position..<end), position..<end))
            position = end
        }
        return words
    }

    /// Every match of `pattern` as (code point range, capture groups as strings). A pattern that
    /// `nearDigits` (every match holds a digit: numbers, dates) is run only around the text's digits,
    /// so prose without numbers costs it nothing.
    func matches(_ pattern: NSRegularExpression, nearDigits: Bool = false) -> [(range: Range<Int>, groups: [String?])] {
        let found =
            nearDigits
            // Transparent bounds: \b and look-arounds see the text beyond a window's edge.
            ? digitWindows.flatMap { pattern.matches(in: text, options: [.withTransparentBounds, .withoutAnchoringBounds], range: $0) }
            : pattern.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
        return
            found
            .map { match in
                // Groups are cut from the code points, so they are native Swift strings, not bridged ones.
                let groups = (0..<match.numberOfRanges).map { index -> String? in
                    let range = match.range(at: index)
                    return range.location == NSNotFound ? nil : substring(scalarRange(range))
                }
                return (scalarRange(match.range), groups)
            }
    }

    /// Converts a UTF-16 range (NSRegularExpression's) to code point offsets, in constant time.
    func scalarRange(_ range: NSRange) -> Range<Int> {
        let last = scalarOffsetAtUTF16.count - 1
        return scalarOffsetAtUTF16[min(range.location, last)]..<scalarOffsetAtUTF16[min(range.location + range.length, last)]
    }
}

/// Character classes of single code points through Unicode properties: Foundation's `CharacterSet`
/// costs a lookup structure per call on Linux, a fifth of an extraction's time.
/// ASCII, most of any report, is answered by comparison; the property lookup is for the rest.
enum Scalars {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIIUpper(scalar) || isASCIILower(scalar) : scalar.properties.isAlphabetic
    }
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x80 ? isASCIIUpper(scalar) : scalar.properties.isUppercase }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x80 ? isASCIILower(scalar) : scalar.properties.isLowercase }
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? ("0"..."9").contains(scalar) : scalar.properties.numericType == .decimal
    }
    /// ASCII first: the Unicode property lookup was a thirtieth of an extraction.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isLetter(scalar) || isDigit(scalar) : isLetter(scalar) || scalar.properties.numericType != nil
    }
    private static func isASCIIUpper(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
    private static func isASCIILower(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
}
