/// GraphML, GEXF and DOT: the entity graph, entities as nodes (kind, name, mentions, confirmed),
/// relations as edges (predicate, origin, role, weight, evidence count and the first sentence).
enum GraphFileExporter {
    static func graphML(_ graph: ExportGraph, to out: ExportOutput) throws {
        out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
              <key id="confirmed" for="node" attr.name="confirmed" attr.type="boolean"/>
              <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
              <key id="origin" for="edge" attr.name="origin" attr.type="string"/>
              <key id="role" for="edge" attr.name="role" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>
              <key id="sentence" for="edge" attr.name="sentence" attr.type="string"/>
              <graph id="evex" edgedefault="directed">

            """)
        for node in graph.nodes {
            out.write("    <node id=\"\(MarkupEscaping.xml(node.id))\">")
            out.write("<data key=\"name\">\(MarkupEscaping.xml(node.name))</data><data key=\"kind\">\(node.kind.rawValue)</data>")
            out.write("<data key=\"mentions\">\(node.mentions)</data><data key=\"confirmed\">\(node.confirmed)</data></node>\n")
        }
        var number = 0
        try graph.forEachRelation { excerpt in
            let relation = excerpt.relation, edge = EdgeFacts(excerpt)
            out.write("    <edge id=\"e\(number)\" source=\"\(MarkupEscaping.xml(relation.subject))\" target=\"\(MarkupEscaping.xml(relation.object))\">")
            out.write("<data key=\"predicate\">\(MarkupEscaping.xml(relation.predicate.rawValue))</data><data key=\"origin\">\(relation.origin.rawValue)</data>")
            if let role = relation.role { out.write("<data key=\"role\">\(MarkupEscaping.xml(role))</data>") }
            out.write("<data key=\"weight\">\(edge.weight)</data><data key=\"evidence\">\(edge.evidenceCount)</data>")
            out.write("<data key=\"sentence\">\(MarkupEscaping.xml(edge.sentence))</data></edge>\n")
            number += 1
        }
        out.write("  </graph>\n</graphml>\n")
    }

    static func gexf(_ graph: ExportGraph, to out: ExportOutput) throws {
        out.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
              <meta><creator>evex</creator></meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                  <attribute id="confirmed" title="confirmed" type="boolean"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="predicate" title="predicate" type="string"/>
                  <attribute id="origin" title="origin" type="string"/>
                  <attribute id="role" title="role" type="string"/>
                  <attribute id="evidence" title="evidence" type="integer"/>
                  <attribute id="sentence" title="sentence" type="string"/>
                </attributes>
                <nodes>

            """)
        for node in graph.nodes {
            out.write("      <node id=\"\(MarkupEscaping.xml(node.id))\" label=\"\(MarkupEscaping.xml(node.name))\"><attvalues>")
            out.write("<attvalue for=\"kind\" value=\"\(node.kind.rawValue)\"/><attvalue for=\"mentions\" value=\"\(node.mentions)\"/>")
            out.write("<attvalue for=\"confirmed\" value=\"\(node.confirmed)\"/></attvalues></node>\n")
        }
        out.write("    </nodes>\n    <edges>\n")
        var number = 0
        try graph.forEachRelation { excerpt in
            let relation = excerpt.relation, edge = EdgeFacts(excerpt)
            out.write("      <edge id=\"\(number)\" source=\"\(MarkupEscaping.xml(relation.subject))\" target=\"\(MarkupEscaping.xml(relation.object))\"")
            out.write(" label=\"\(MarkupEscaping.xml(relation.predicate.label))\" weight=\"\(edge.weight)\"><attvalues>")
            out.write("<attvalue for=\"predicate\" value=\"\(MarkupEscaping.xml(relation.predicate.rawValue))\"/><attvalue for=\"origin\" value=\"\(relation.origin.rawValue)\"/>")
            if let role = relation.role { out.write("<attvalue for=\"role\" value=\"\(MarkupEscaping.xml(role))\"/>") }
            out.write("<attvalue for=\"evidence\" value=\"\(edge.evidenceCount)\"/><attvalue for=\"sentence\" value=\"\(MarkupEscaping.xml(edge.sentence))\"/>")
            out.write("</attvalues></edge>\n")
            number += 1
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    static func dot(_ graph: ExportGraph, to out: ExportOutput) throws {
        out.write("digraph evex {\n  graph [charset=\"UTF-8\", overlap=false];\n  node [fontname=\"sans-serif\"];\n  edge [fontname=\"sans-serif\", fontsize=10];\n")
        for node in graph.nodes {
            let style = node.confirmed ? "solid" : "dashed"
            out.write("  \(MarkupEscaping.dot(node.id)) [label=\(MarkupEscaping.dot(node.name)), shape=\(shape(node.kind)), style=\(style)")
            out.write(", kind=\(node.kind.rawValue), mentions=\(node.mentions)];\n")
        }
        try graph.forEachRelation { excerpt in
            let relation = excerpt.relation, edge = EdgeFacts(excerpt)
            let label = relation.predicate.label + (relation.role.map { " (\($0))" } ?? "")
            let style = relation.origin == .cooccurrence ? ", style=dotted" : ""
            out.write("  \(MarkupEscaping.dot(relation.subject)) -> \(MarkupEscaping.dot(relation.object)) [label=\(MarkupEscaping.dot(label))")
            out.write(", origin=\(relation.origin.rawValue), weight=\(max(1, Int(edge.weight.rounded()))), evidence=\(edge.evidenceCount)\(style)];\n")
        }
        out.write("}\n")
    }

    private static func shape(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "ellipse"
        case .organisation: return "box"
        case .country: return "hexagon"
        case .place: return "house"
        case .event: return "diamond"
        case .other: return "plaintext"
        }
    }
}

/// What every export says of a relation besides its ends.
struct EdgeFacts {
    var weight: Double
    var evidenceCount: Int
    /// The first supporting sentence (or knowledge-file line), on one line.
    var sentence: String

    init(_ excerpt: RelationExcerpt) {
        weight = excerpt.relation.weight
        evidenceCount = excerpt.evidenceCount
        sentence = (excerpt.relation.evidence.first?.text ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
