/// Writes the entity graph (and, for FtM, the articles) of a corpus in one of ``ExportFormat``.
///
/// ```swift
/// let out = ExportOutput(handle: FileHandle.standardOutput)
/// try Exporter.export(store, format: .gexf, filter: ExportFilter(kind: .person), to: out)
/// try out.finish()
/// ```
/// Output is deterministic: the same corpus and filter give the same bytes.
public enum Exporter {
    public static func export(
        _ store: any CorpusStore, format: ExportFormat, filter: ExportFilter = ExportFilter(), table: CSVTable = .relations,
        to out: ExportOutput
    ) throws {
        let graph = try ExportGraph(store: store, filter: filter)
        switch format {
        case .ftm: try FtMExporter.export(graph, store: store, to: out)
        case .graphml: try GraphFileExporter.graphML(graph, to: out)
        case .gexf: try GraphFileExporter.gexf(graph, to: out)
        case .dot: try GraphFileExporter.dot(graph, to: out)
        case .csv: try TableExporter.csv(table, graph: graph, store: store, to: out)
        }
    }
}
