/// `evex search DIR -Shoigu` is a query that excludes a word, not a bundle of short options (whose
/// `-h` would print the help): the words after `search` that are none of its options are moved
/// behind `--`, where the argument parser takes them as they are.
enum SearchArguments {
    /// `search`'s options that take a value, and its flags; everything else is the folder or the query.
    static let valued: Set<String> = ["--index", "--limit"]
    static let flags: Set<String> = ["--json", "-h", "--help"]

    static func normalized(_ arguments: [String]) -> [String] {
        guard arguments.first == "search" else { return arguments }
        var options: [String] = []
        var positionals: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                positionals += arguments[(index + 1)...]
                break
            } else if valued.contains(argument) {
                options.append(argument)
                if index + 1 < arguments.count { options.append(arguments[index + 1]) }
                index += 1
            } else if flags.contains(argument) || valued.contains(where: { argument.hasPrefix($0 + "=") }) {
                options.append(argument)
            } else {
                positionals.append(argument)
            }
            index += 1
        }
        guard positionals.contains(where: { $0.hasPrefix("-") }) else { return arguments }
        return ["search"] + options + ["--"] + positionals
    }
}
