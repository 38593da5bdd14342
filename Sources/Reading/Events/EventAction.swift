/// What happened in a reported event; the lexicon's [event-actions] list maps words to these.
public enum EventAction: String, Sendable, Codable, CaseIterable {
    case launch, strike, attack, shelling, explosion
    case debrisFound = "debris found"
}
