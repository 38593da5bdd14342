/// One row of a gazetteer: a place and the other names it is known by.
public struct GazetteerEntry: Sendable, Hashable {
    public let place: Place
    public let alternateNames: [String]

    public init(place: Place, alternateNames: [String] = []) {
        self.place = place
        self.alternateNames = alternateNames
    }
}
