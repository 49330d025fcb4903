"""Checks an evex export with the library its format is for; see scripts/check-export."""
import json
import sys


def check_ftm(path):
    from followthemoney import model
    ids, refs, schemata = set(), [], {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            data = json.loads(line)
            proxy = model.get_proxy(data, cleaned=False)
            for prop, values in data["properties"].items():
                if proxy.schema.get(prop) is None:
                    raise SystemExit(f"line {number}: {proxy.schema.name} has no property {prop}")
                cleaned = [proxy.schema.get(prop).type.clean(v) for v in values]
                if any(c is None for c in cleaned):
                    raise SystemExit(f"line {number}: a value of {prop} is not a valid {proxy.schema.get(prop).type.name}")
                if proxy.schema.get(prop).type.name == "entity":
                    refs += [(number, v) for v in values]
            if data["id"] in ids:
                raise SystemExit(f"line {number}: id {data['id']} appears twice")
            ids.add(data["id"])
            schemata[proxy.schema.name] = schemata.get(proxy.schema.name, 0) + 1
    dangling = [(n, v) for n, v in refs if v not in ids]
    if dangling:
        raise SystemExit(f"line {dangling[0][0]}: refers to {dangling[0][1]}, which is not in the file")
    print("ftm: " + ", ".join(f"{name} {count}" for name, count in sorted(schemata.items())))


def check_graph(path, reader):
    graph = reader(path)
    node_types = {"name": str, "kind": str, "label": str, "mentions": int, "confirmed": bool}
    edge_types = {"predicate": str, "origin": str, "role": str, "weight": float, "evidence": int, "sentence": str, "label": str, "id": str}
    for node, attrs in graph.nodes(data=True):
        for key, value in attrs.items():
            expected = node_types.get(key)
            if expected is not None and type(value) is not expected:
                raise SystemExit(f"node {node}: {key} is {type(value).__name__}, not {expected.__name__}")
        if "kind" not in attrs:
            raise SystemExit(f"node {node} has no kind")
    for source, target, attrs in graph.edges(data=True):
        for key, value in attrs.items():
            expected = edge_types.get(key)
            if expected is not None and type(value) is not expected:
                raise SystemExit(f"edge {source}->{target}: {key} is {type(value).__name__}, not {expected.__name__}")
        for key in ("predicate", "origin", "weight", "evidence"):
            if key not in attrs:
                raise SystemExit(f"edge {source}->{target} has no {key}")
    print(f"{type(graph).__name__}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


def check_csv(path):
    """RFC 4180 as Python's csv module reads it: strict quoting, CRLF line ends, UTF-8, one width."""
    import csv
    import io
    with open(path, encoding="utf-8", newline="") as data:
        text = data.read()
    if text and not text.endswith("\r\n"):
        raise SystemExit("the last record does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows:
        raise SystemExit("no header")
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(rows[0]):
            raise SystemExit(f"record {number} has {len(row)} fields, the header {len(rows[0])}")
    print(f"csv: {len(rows) - 1} rows of {', '.join(rows[0])}")


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "ftm":
        check_ftm(path)
    elif fmt == "graphml":
        import networkx
        check_graph(path, networkx.read_graphml)
    elif fmt == "gexf":
        import networkx
        check_graph(path, networkx.read_gexf)
    elif fmt == "csv":
        check_csv(path)
    else:
        raise SystemExit(f"unknown format {fmt}")


main()
