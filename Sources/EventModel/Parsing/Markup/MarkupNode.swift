import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Strings libxml2 returns are released with free(): its default allocator, which evex never
// changes (the `xmlFree` variable itself is global mutable state to Swift 6).

/// A node of a ``MarkupDocument``'s tree. Valid only while its document lives.
struct MarkupNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lowercased (HTML names are case-insensitive; feed names are compared lowercased).
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace URI of an element, if any.
    var namespace: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// 1-based line where the node starts in its file.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The child nodes, in order.
    var children: ChildSequence { ChildSequence(first: pointer.pointee.children) }

    /// The child elements, in order.
    var elements: [MarkupNode] { children.filter(\.isElement) }

    /// The first child element with this (lowercased) name, and when given, namespace.
    func child(_ name: String, namespace: String? = nil) -> MarkupNode? {
        children.first { $0.isElement && $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// The text of a text node, or all the text under an element.
    var text: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    /// The base URI in effect at this node (`xml:base`, as Atom feeds use it), if any.
    var base: String? {
        guard let value = xmlNodeGetBase(pointer.pointee.doc, pointer) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// An attribute's value by (case-insensitive) name, without namespace.
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                guard let value = xmlNodeListGetString(pointer.pointee.doc, current.pointee.children, 1) else { return "" }
                defer { free(value) }
                return String(cString: value)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    struct ChildSequence: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?
        init(first: xmlNodePtr?) { upcoming = first }
        mutating func next() -> MarkupNode? {
            guard let node = upcoming else { return nil }
            upcoming = node.pointee.next
            return MarkupNode(pointer: node)
        }
    }
}
