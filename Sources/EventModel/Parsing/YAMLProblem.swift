import Yams

/// The message and line of a Yams error.
struct YAMLProblem {
    var message: String
    var line: Int?
    /// libyaml's limit (MAX_NESTING_LEVEL in Yams's copy).
    static let maximumNesting = 1_000

    init(_ error: any Error) {
        guard let yaml = error as? YamlError else {
            message = "\(error)"
            return
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            message = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            line = mark.line
            // libyaml's own words name a C function; say what the file does instead.
            if problem.contains("nesting level") || problem.contains("yaml_set_max_nest_level") {
                message = "lists or mappings are nested more than \(Self.maximumNesting) levels deep; no evex file needs more than a few"
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            message = "the key \(duplicates.joined(separator: ", ")) appears twice"
            line = context.mark.line
        case .reader(let problem, _, _, _):
            message = problem
        default:
            message = "\(yaml)"
        }
    }
}
