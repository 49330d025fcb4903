import CLibXML2

/// A page or feed parsed by libxml2 into its tree, freed with this object.
///
/// Why libxml2: its HTML parser reads broken markup the way browsers do and honours the
/// charset a page declares (`<meta charset>`, `http-equiv`); its XML parser, in recovery mode,
/// still gives the items of a feed that is not well-formed. Foundation's `XMLParser` on Linux is a
/// thin layer over the same library without the recovery, so feeds use libxml2 directly too.
/// Neither loads anything from the network nor expands external entities.
final class MarkupDocument {
    /// Something libxml2 reported while parsing: a 1-based line and its message.
    struct Problem: Sendable, Hashable {
        var line: Int
        var message: String
        /// libxml2's error number (`xmlParserErrors`).
        var code: Int
    }

    private let document: xmlDocPtr
    /// The problems in the order met, at most ``problemLimit``.
    let problems: [Problem]
    static let problemLimit = 50

    private init(document: xmlDocPtr, problems: [Problem]) {
        self.document = document
        self.problems = problems
    }

    deinit { xmlFreeDoc(document) }

    /// The root element (`<html>`, `<rss>`, `<feed>`, `<rdf:RDF>`).
    var root: MarkupNode? {
        xmlDocGetRootElement(document).map(MarkupNode.init)
    }

    /// The 1-based line of the first NUL byte in the first 8 KB, if any: binary data, not markup.
    /// UTF-16 text, which holds NULs too, is let through when a byte order mark announces it.
    static func binaryLine(_ bytes: [UInt8]) -> Int? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        guard let index = bytes.prefix(8192).firstIndex(of: 0) else { return nil }
        return bytes[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Whether a problem is about bytes that do not fit the document's character set.
    static func isEncodingProblem(_ problem: Problem) -> Bool {
        // XML_ERR_INVALID_CHAR (9), XML_ERR_INVALID_ENCODING (81), or libxml2's words for them.
        problem.code == 9 || problem.code == 81 || problem.message.contains("not proper UTF-8") || problem.message.contains("encoding")
    }

    /// Parses an HTML page; nil only when libxml2 builds no tree at all.
    static func html(_ bytes: [UInt8]) -> MarkupDocument? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        return parse(bytes, html: true, options: options)
    }

    /// Parses a feed or any XML, recovering what it can from a document that is not well-formed.
    static func xml(_ bytes: [UInt8]) -> MarkupDocument? {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
            | XML_PARSE_HUGE.rawValue | XML_PARSE_BIG_LINES.rawValue)
        return parse(bytes, html: false, options: options)
    }

    /// An HTML fragment (a feed item's `content:encoded`), read as UTF-8 text.
    static func htmlFragment(_ text: String) -> MarkupDocument? {
        // The declaration makes libxml2 read the text as UTF-8 whatever the fragment claims.
        html(Array("<html><head><meta charset=\"utf-8\"></head><body>".utf8) + Array(text.utf8) + Array("</body></html>".utf8))
    }

    /// libxml2 sets up its global state (the mutex its dictionaries take) once: two threads making
    /// their first parser at the same moment can deadlock inside it, so it is set up here, once, first.
    private static let libraryReady: Void = xmlInitParser()

    private static func parse(_ bytes: [UInt8], html: Bool, options: Int32) -> MarkupDocument? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        _ = libraryReady
        let context: xmlParserCtxtPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                html ? htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count))
                    : xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count))
            }
        }
        guard let context else { return nil }
        defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }
        // libxml2 keeps the structured error handler per thread, and a parse runs on one thread:
        // set for this parse, reset after it, it sees this parse's problems only.
        let collector = ProblemCollector()
        let box = Unmanaged.passRetained(collector)
        xmlSetStructuredErrorFunc(box.toOpaque()) { userData, error in
            guard let userData, let error else { return }
            Unmanaged<ProblemCollector>.fromOpaque(userData).takeUnretainedValue().add(error.pointee)
        }
        defer {
            xmlSetStructuredErrorFunc(nil, nil)
            box.release()
        }
        if html {
            _ = htmlCtxtUseOptions(context, options)
            _ = htmlParseDocument(context)
        } else {
            _ = xmlCtxtUseOptions(context, options)
            _ = xmlParseDocument(context)
        }
        guard let document = context.pointee.myDoc else { return nil }
        context.pointee.myDoc = nil
        return MarkupDocument(document: document, problems: collector.problems)
    }
}

/// Gathers libxml2's reports for one parse; used from that parse's thread only.
private final class ProblemCollector {
    var problems: [MarkupDocument.Problem] = []

    func add(_ error: xmlError) {
        guard problems.count < MarkupDocument.problemLimit, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "malformed markup"
        while message.last?.isWhitespace == true { message.removeLast() }
        problems.append(.init(line: Int(error.line), message: message, code: Int(error.code)))
    }
}
