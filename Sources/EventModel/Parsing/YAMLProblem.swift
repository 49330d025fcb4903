import Yams

/// The message and line of a Yams error.
struct YAMLProblem {
    var message: String
    var line: Int?

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
