/// Binary searches over mentions kept in text order (places, dates, statements): the mentions of
/// one sentence in O(log n), so that work per sentence or per claim never scans the whole report
/// and an extraction stays linear in the text's length.
extension Array {
    /// The index of the first element whose `key` is at or after `offset` (the array is sorted by it).
    func firstIndex(atOrAfter offset: Int, key: (Element) -> Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if key(self[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The elements whose `key` lies in `range`.
    func elements(in range: Range<Int>, key: (Element) -> Int) -> ArraySlice<Element> {
        let start = firstIndex(atOrAfter: range.lowerBound, key: key)
        return self[start..<Swift.max(start, firstIndex(atOrAfter: range.upperBound, key: key))]
    }

    /// The last element whose `key` is before `offset`.
    func last(before offset: Int, key: (Element) -> Int) -> Element? {
        let index = firstIndex(atOrAfter: offset, key: key)
        return index > 0 ? self[index - 1] : nil
    }
}
