/// Which parsing, linking and extraction wrote an index.
///
/// The index is a cache of what linking, relation and event extraction found in the folder; an
/// index written by an evex that finds them differently would go on showing the old findings for
/// every file that has not changed. Bump ``current`` with any change that gives other entities,
/// mentions, relations or events for the same text: indexes written before are then rebuilt.
public enum ExtractionVersion {
    public static let current = "2026-12-04.312"
}
