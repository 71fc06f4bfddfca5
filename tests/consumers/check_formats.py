#!/usr/bin/python3
"""check_formats.py: the real consumers read relgraph's exchange formats.

  check_formats.py hostile OUT.json
      writes a graph JSON whose ids, labels, aliases, roles and evidence
      carry everything hostile (quotes, backslashes, < > &, "]]>", newline,
      tab, carriage return, C0 controls, DEL, a C1 control, U+2028,
      U+FFFE/U+FFFF, a 4-byte character, commas, '|', leading and trailing
      spaces), for relgraph export to turn into every format.

  check_formats.py check GRAPH.json DIR
      checks the files that formats.sh exported from GRAPH.json into DIR
      (g.graphml, g.gexf, g12.gexf, csv/nodes.csv + csv/edges.csv,
      neo4j/nodes.csv + neo4j/edges.csv, g.jsonl) against GRAPH.json,
      which relgraph's own reader and networkx already trust:
        - networkx.read_graphml and python-igraph's Graph.Read_GraphML load
          the GraphML: an undirected simple graph with the same node ids
          and links, every attribute present with the declared type
          (counts int, weight float) and value (text exactly, except what
          XML 1.0 cannot carry, which is U+FFFD as documented);
        - networkx.read_gexf loads the GEXF 1.2draft file with the same
          checks plus type, an integer community on every node and the
          weight as edge weight; the GEXF 1.3 file is read natively by
          networkx >= 3.6, and with older networkx (Debian 12 has 2.8,
          which knows only 1.1draft and 1.2draft) after registering the
          1.3 namespace the way networkx 3.6 does; both readings must be
          equal;
        - Python's csv module reads nodes.csv and edges.csv (UTF-8, no BOM,
          CRLF) with exactly the declared headers, one row per node and
          link, values equal to the graph's (C0 controls other than tab,
          LF and CR are U+FFFD); the neo4j dialect has neo4j-admin's
          headers and the same rows;
        - every line of the JSON Lines parses with json.loads, has exactly
          the documented keys in order, and the lines are the graph's
          evidence in order.
      Prints one "ok - ..." or "not ok - ..." line per check; exits 1
      when any failed.
"""
import copy
import csv
import io
import json
import os
import re
import sys

PLOVER = [
    "agree", "consult", "support", "concede", "cooperate", "aid", "retreat",
    "investigate", "demand", "accuse", "reject", "threaten", "sanction",
    "protest", "crime", "mobilize", "coerce", "assault",
]
NODE_HEADER = ["id", "label", "type", "code", "affiliation", "aliases", "roles",
               "mentions", "documents"]
EDGE_HEADER = ["source", "target", "weight", "cooccurrence", "documents",
               "interactions", "evidence_count"]
NEO4J_NODE_HEADER = ["id:ID", "label", "type", "code", "affiliation", "aliases", "roles",
                     "mentions:long", "documents:long", ":LABEL"]
NEO4J_EDGE_HEADER = [":START_ID", ":END_ID", ":TYPE", "weight:long", "cooccurrence:long",
                     "documents:long", "interactions", "evidence_count:long"]
JSONL_KEYS = ["source", "target", "kind", "actor", "recipient", "doc", "date", "sentence", "text"]

# What each format cannot carry, replaced by U+FFFD (export/escape_private.h).
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CSV_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

HOSTILE = ('"A\\B" <Co> & Sons\nLtd\t\u2014 Z\u00fcrich &amp; ]]> \r\x01\x0b\x1f\x7f\x85 '
           '\u2028 \ufffe\uffff \U0001F600, x|y \\')


def xml_text(s):
    return XML_BAD.sub("\ufffd", s)


def csv_text(s):
    return CSV_BAD.sub("\ufffd", s)


def joined(items):
    return "|".join(i.replace("|", "\u00a6") for i in items)


def kinds_text(inter):
    return "|".join("%s:%d" % (k, inter[k]) for k in PLOVER if inter.get(k, 0) > 0)


# ------------------------------------------------------------ reporting

RESULTS = {"pass": 0, "fail": 0}


def report(name, errors):
    if errors:
        RESULTS["fail"] += 1
        print("not ok - %s" % name)
        for e in errors[:15]:
            print("#   %s" % e)
    else:
        RESULTS["pass"] += 1
        print("ok - %s" % name)


class Errors(list):
    def check(self, cond, msg):
        if not cond:
            self.append(msg)

    def eq(self, got, want, what):
        if got != want or type(got) is not type(want):
            self.append("%s: got %r (%s), want %r (%s)" % (
                what, got, type(got).__name__, want, type(want).__name__))


def run(name, fn, *args):
    errors = Errors()
    try:
        fn(errors, *args)
    except Exception as e:  # a consumer that raises is the finding
        errors.append("%s: %s" % (type(e).__name__, e))
    report(name, errors)


# ----------------------------------------------------------- the truth

class Truth:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.data = data
        self.nodes = data["nodes"]
        self.links = data["links"]
        self.ids = [n["id"] for n in self.nodes]
        self.node = {n["id"]: n for n in self.nodes}
        self.kinds_used = [k for k in PLOVER
                           if any(l.get("interactions", {}).get(k, 0) > 0 for l in self.links)]

    def link_key(self, a, b):
        return (a, b) if a < b else (b, a)

    def links_by_pair(self):
        return {self.link_key(l["source"], l["target"]): l for l in self.links}


def check_node_attrs(e, t, nid, attrs, where, counts_type=int):
    """attrs: the attributes a reader gives node nid."""
    n = t.node[nid]
    e.eq(attrs.get("label"), xml_text(n.get("label", nid)), "%s %r label" % (where, nid))
    e.eq(attrs.get("type"), n["type"], "%s %r type" % (where, nid))
    for k in ("mentions", "documents"):
        e.eq(attrs.get(k), counts_type(n.get(k, 0)), "%s %r %s" % (where, nid, k))
    if n["type"] == "country" and n.get("code"):
        e.eq(attrs.get("code"), xml_text(n["code"]), "%s %r code" % (where, nid))
    if n.get("affiliation"):
        e.eq(attrs.get("affiliation"), xml_text(n["affiliation"]), "%s %r affiliation" % (where, nid))
    if n.get("aliases"):
        e.eq(attrs.get("aliases"), xml_text(joined(n["aliases"])), "%s %r aliases" % (where, nid))
    if n.get("roles"):
        e.eq(attrs.get("roles"), xml_text(joined(n["roles"])), "%s %r roles" % (where, nid))


def check_edge_attrs(e, t, l, attrs, where, counts_type=int):
    pair = "%s %r -- %r" % (where, l["source"], l["target"])
    e.eq(attrs.get("weight"), float(l["weight"]), pair + " weight")
    e.eq(attrs.get("cooccurrence"), counts_type(l.get("cooccurrence", 0)), pair + " cooccurrence")
    e.eq(attrs.get("documents"), counts_type(l.get("documents", 0)), pair + " documents")
    e.eq(attrs.get("evidence_count"), counts_type(len(l.get("evidence", []))), pair + " evidence_count")
    inter = l.get("interactions", {})
    for k in t.kinds_used:
        e.eq(attrs.get("interactions_" + k), counts_type(inter.get(k, 0)), pair + " interactions_" + k)
    if inter:
        e.eq(attrs.get("interactions"), kinds_text(inter), pair + " interactions")


# -------------------------------------------------------------- GraphML

def check_graphml_networkx(e, t, path):
    import networkx as nx
    g = nx.read_graphml(path)
    e.check(not g.is_directed() and not g.is_multigraph(), "not an undirected simple graph")
    e.eq(sorted(g.nodes()), sorted(t.ids), "node ids")
    e.eq(g.number_of_edges(), len(t.links), "edge count")
    e.check(str(g.graph.get("generator", "")).startswith("relgraph "), "graph generator %r" % g.graph.get("generator"))
    e.eq(g.graph.get("documents"), t.data["graph"]["documents"], "graph documents")
    e.eq(g.graph.get("window"), t.data["graph"]["window"], "graph window")
    for nid, attrs in g.nodes(data=True):
        check_node_attrs(e, t, nid, attrs, "node")
    for l in t.links:
        if not g.has_edge(l["source"], l["target"]):
            e.append("no edge %r -- %r" % (l["source"], l["target"]))
            continue
        check_edge_attrs(e, t, l, g[l["source"]][l["target"]], "edge")


def igraph_id(s):
    """A node id as igraph's GraphML reader gives it back. igraph 0.10
    parses with libxml2's SAX2 interface without entity substitution, and
    libxml2 then hands over an '&' inside an attribute value (our node id)
    as "&#38;"; element text (labels and every other attribute) is decoded
    in full. Ids made by relgraph build never hold '&'."""
    return s.replace("&", "&#38;")


def check_graphml_igraph(e, t, path):
    import igraph
    g = igraph.Graph.Read_GraphML(path)
    e.check(not g.is_directed(), "igraph reads a directed graph")
    e.eq(g.vcount(), len(t.nodes), "vertex count")
    e.eq(g.ecount(), len(t.links), "edge count")
    if g.vcount() == 0:
        return
    ids = g.vs["id"]
    if ids != t.ids and ids == [igraph_id(i) for i in t.ids]:
        ids = t.ids  # the '&' quirk above, and nothing else
        print("#   igraph %s gives '&' in node ids back as '&#38;' (a libxml2 SAX2 quirk)"
              % igraph.__version__)
    e.eq(ids, t.ids, "vertex ids in file order")
    if ids != t.ids:
        return
    for v, vid in zip(g.vs, ids):
        n = t.node[vid]
        e.eq(v["label"], xml_text(n.get("label", vid)), "vertex %r label" % vid)
        e.eq(v["type"], n["type"], "vertex %r type" % vid)
        e.eq(v["mentions"], float(n.get("mentions", 0)), "vertex %r mentions" % vid)
        if n.get("aliases"):
            e.eq(v["aliases"], xml_text(joined(n["aliases"])), "vertex %r aliases" % vid)
    by_pair = t.links_by_pair()
    for ed in g.es:
        a, b = ids[ed.source], ids[ed.target]
        l = by_pair.get(t.link_key(a, b))
        if l is None:
            e.append("igraph edge %r -- %r is not a link" % (a, b))
            continue
        e.eq(ed["weight"], float(l["weight"]), "edge %r -- %r weight" % (a, b))
        e.eq(ed["cooccurrence"], float(l.get("cooccurrence", 0)), "edge %r -- %r cooccurrence" % (a, b))
        for k in t.kinds_used:
            e.eq(ed["interactions_" + k], float(l.get("interactions", {}).get(k, 0)),
                 "edge %r -- %r interactions_%s" % (a, b, k))


# ----------------------------------------------------------------- GEXF

def read_gexf_1_3(path):
    """networkx's read_gexf on a GEXF 1.3 file: natively where networkx
    knows 1.3 (3.6 and later), else after registering the namespace as
    networkx 3.6 does. Returns (graph, how)."""
    import networkx as nx
    from networkx.readwrite import gexf as nxgexf
    if "1.3" in nxgexf.GEXF.versions:
        return nx.read_gexf(path, version="1.3"), "native"
    saved = dict(nxgexf.GEXF.versions)
    try:
        d = dict(nxgexf.GEXF.versions["1.2draft"])
        d.update({"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
                  "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
                  "VERSION": "1.3"})
        nxgexf.GEXF.versions["1.3"] = d
        return nx.read_gexf(path, version="1.3"), "1.3 namespace registered (networkx %s)" % nx.__version__
    finally:
        nxgexf.GEXF.versions.clear()
        nxgexf.GEXF.versions.update(saved)


def check_gexf_graph(e, t, g):
    e.check(not g.is_directed() and not g.is_multigraph(), "not an undirected simple graph")
    e.eq(sorted(g.nodes()), sorted(t.ids), "node ids")
    e.eq(g.number_of_edges(), len(t.links), "edge count")
    communities = set()
    for nid, attrs in g.nodes(data=True):
        check_node_attrs(e, t, nid, attrs, "node")
        c = attrs.get("community")
        e.check(isinstance(c, int) and c >= 0, "node %r community %r" % (nid, c))
        communities.add(c)
    if communities:
        e.check(communities == set(range(len(communities))),
                "communities are not 0..k-1: %r" % sorted(communities, key=str))
    for l in t.links:
        if not g.has_edge(l["source"], l["target"]):
            e.append("no edge %r -- %r" % (l["source"], l["target"]))
            continue
        check_edge_attrs(e, t, l, g[l["source"]][l["target"]], "edge")


def check_gexf_1_2(e, t, path):
    import networkx as nx
    check_gexf_graph(e, t, nx.read_gexf(path))


def check_gexf_1_3(e, t, path, path12, how):
    import networkx as nx
    g, how[0] = read_gexf_1_3(path)
    check_gexf_graph(e, t, g)
    g12 = nx.read_gexf(path12)
    e.check(list(g.nodes(data=True)) == list(g12.nodes(data=True)), "1.3 and 1.2draft nodes differ")
    e.check(list(g.edges(data=True)) == list(g12.edges(data=True)), "1.3 and 1.2draft edges differ")


# ------------------------------------------------------------------ CSV

def read_csv(e, path, header):
    with open(path, "rb") as f:
        raw = f.read()
    e.check(not raw.startswith(b"\xef\xbb\xbf"), "%s starts with a BOM" % path)
    e.check(raw == b"" or raw.endswith(b"\r\n"), "%s does not end with CRLF" % path)
    text = raw.decode("utf-8")  # raises on anything that is not UTF-8
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    e.eq(rows[0] if rows else None, header, "%s header" % os.path.basename(path))
    dict_rows = list(csv.DictReader(io.StringIO(text, newline=""), strict=True))
    for i, r in enumerate(rows[1:]):
        e.check(len(r) == len(header), "%s row %d has %d fields" % (path, i + 1, len(r)))
    return dict_rows


def check_csv(e, t, d):
    nodes = read_csv(e, os.path.join(d, "nodes.csv"), NODE_HEADER)
    edges = read_csv(e, os.path.join(d, "edges.csv"), EDGE_HEADER)
    e.eq([r["id"] for r in nodes], t.ids, "nodes.csv ids in order")
    for r in nodes:
        n = t.node.get(r["id"])
        if n is None:
            continue
        e.eq(r["label"], csv_text(n.get("label", r["id"])), "node %r label" % r["id"])
        e.eq(r["type"], n["type"], "node %r type" % r["id"])
        e.eq(r["code"], csv_text(n.get("code") or "") if n["type"] == "country" else "", "node %r code" % r["id"])
        e.eq(r["affiliation"], csv_text(n.get("affiliation") or ""), "node %r affiliation" % r["id"])
        e.eq(r["aliases"], csv_text(joined(n.get("aliases", []))), "node %r aliases" % r["id"])
        e.eq(r["roles"], csv_text(joined(n.get("roles", []))), "node %r roles" % r["id"])
        e.eq(int(r["mentions"]), n.get("mentions", 0), "node %r mentions" % r["id"])
        e.eq(int(r["documents"]), n.get("documents", 0), "node %r documents" % r["id"])
    e.eq(len(edges), len(t.links), "edges.csv rows")
    for r, l in zip(edges, t.links):
        pair = "edge %r -- %r" % (l["source"], l["target"])
        e.eq((r["source"], r["target"]), (csv_text(l["source"]), csv_text(l["target"])), pair + " ends")
        e.eq(int(r["weight"]), l["weight"], pair + " weight")
        e.eq(int(r["cooccurrence"]), l.get("cooccurrence", 0), pair + " cooccurrence")
        e.eq(int(r["documents"]), l.get("documents", 0), pair + " documents")
        e.eq(r["interactions"], kinds_text(l.get("interactions", {})), pair + " interactions")
        e.eq(int(r["evidence_count"]), len(l.get("evidence", [])), pair + " evidence_count")


def check_csv_neo4j(e, t, d, plain):
    nodes = read_csv(e, os.path.join(d, "nodes.csv"), NEO4J_NODE_HEADER)
    edges = read_csv(e, os.path.join(d, "edges.csv"), NEO4J_EDGE_HEADER)
    labels = {"person": "Person", "country": "Country", "group": "Group", "place": "Place"}
    with open(os.path.join(plain, "nodes.csv"), encoding="utf-8", newline="") as f:
        pnodes = list(csv.reader(f))[1:]
    with open(os.path.join(plain, "edges.csv"), encoding="utf-8", newline="") as f:
        pedges = list(csv.reader(f))[1:]
    e.eq(len(nodes), len(pnodes), "neo4j nodes.csv rows")
    e.eq(len(edges), len(pedges), "neo4j edges.csv rows")
    for r, p in zip(nodes, pnodes):
        e.eq([r[h] for h in NEO4J_NODE_HEADER[:9]], p, "neo4j node %r" % r["id:ID"])
        e.eq(r[":LABEL"], labels.get(r["type"]), "neo4j node %r :LABEL" % r["id:ID"])
    for r, p in zip(edges, pedges):
        e.eq(r[":TYPE"], "LINK", "neo4j :TYPE")
        e.eq([r[h] for h in NEO4J_EDGE_HEADER if h != ":TYPE"], p, "neo4j edge %r" % r[":START_ID"])


# ------------------------------------------------------------ JSON Lines

def check_jsonl(e, t, path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    e.eq(lines[-1], "", "the last line ends with a newline (or the file is empty)")
    lines = lines[:-1]
    want = [(l, ev) for l in t.links for ev in l.get("evidence", [])]
    e.eq(len(lines), len(want), "one line per evidence item")
    for i, (line, (l, ev)) in enumerate(zip(lines, want)):
        where = "line %d" % (i + 1)
        item = json.loads(line, object_pairs_hook=list)
        e.eq([k for k, _ in item], JSONL_KEYS, where + " keys")
        item = dict(item)
        e.eq(item["source"], l["source"], where + " source")
        e.eq(item["target"], l["target"], where + " target")
        e.eq(item["kind"], ev["kind"], where + " kind")
        actor = ev.get("source")
        e.eq(item["actor"], actor, where + " actor")
        recipient = None
        if actor == l["source"]:
            recipient = l["target"]
        elif actor == l["target"]:
            recipient = l["source"]
        e.eq(item["recipient"], recipient, where + " recipient")
        e.eq(item["doc"], ev["doc"], where + " doc")
        e.eq(item["date"], ev.get("date"), where + " date")
        e.eq(item["sentence"], ev["sentence"], where + " sentence")
        e.eq(item["text"], ev["text"], where + " text")


# ---------------------------------------------------------------- hostile

def write_hostile(path):
    hid = 'group:h<&"\'> ,x|y'
    nodes = [
        {"id": hid, "label": HOSTILE, "type": "group",
         "aliases": ["a|b", " lead", "trail ", 'q"uote,comma', "tab\there", "line\nbreak"],
         "roles": ['Role, "X"', "C:\\new\\dir"], "mentions": 3, "documents": 2,
         "affiliation": "country:RUS"},
        {"id": "country:RUS", "label": "Russia", "type": "country", "code": "RUS",
         "aliases": ["Russian Federation"], "mentions": 5, "documents": 2},
        {"id": "person:zo\u00eb", "label": "Zo\u00eb \u00dcnal \u0417\u043e\u044f", "type": "person",
         "mentions": 1, "documents": 1, "roles": ["Envoy"]},
        {"id": "place:gen\u00e8ve", "label": " Gen\u00e8ve ", "type": "place", "mentions": 2, "documents": 1},
        {"id": "person:lonely", "label": "=cmd|' /C calc'!A0", "type": "person", "mentions": 1, "documents": 1},
    ]
    links = [
        {"source": "country:RUS", "target": hid, "weight": 7, "cooccurrence": 2, "documents": 1,
         "interactions": {"accuse": 1, "consult": 2, "assault": 2},
         "evidence": [
             {"doc": 'd"1\\.txt', "sentence": 0, "kind": "accuse", "source": hid, "text": HOSTILE},
             {"doc": "d2", "sentence": 4, "kind": "cooccurrence", "text": "plain </data> text"},
             {"doc": "d3", "sentence": 9, "kind": "consult", "source": "country:RUS",
              "text": "Tab\tand \u2029 para"}]},
        {"source": "country:RUS", "target": "person:zo\u00eb", "weight": 1, "cooccurrence": 1,
         "documents": 1, "interactions": {}, "evidence": []},
        {"source": "person:zo\u00eb", "target": "place:gen\u00e8ve", "weight": 2, "cooccurrence": 1,
         "documents": 1, "interactions": {"agree": 1},
         "evidence": [{"doc": "d4", "sentence": 1, "kind": "agree", "text": "They agreed."}]},
    ]
    data = {"directed": False, "multigraph": False,
            "graph": {"documents": 4, "window": "sentence"}, "nodes": nodes, "links": links}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


# ------------------------------------------------------------------ main

def main(argv):
    if len(argv) == 3 and argv[1] == "hostile":
        write_hostile(argv[2])
        return 0
    if len(argv) != 4 or argv[1] != "check":
        print(__doc__, file=sys.stderr)
        return 2
    t = Truth(argv[2])
    d = argv[3]
    name = os.path.basename(argv[2])
    f = lambda n: os.path.join(d, n)
    run("networkx.read_graphml %s" % name, check_graphml_networkx, t, f("g.graphml"))
    run("igraph.Graph.Read_GraphML %s" % name, check_graphml_igraph, t, f("g.graphml"))
    run("networkx.read_gexf %s (GEXF 1.2draft)" % name, check_gexf_1_2, t, f("g12.gexf"))
    how = ["?"]
    errors = Errors()
    try:
        check_gexf_1_3(errors, t, f("g.gexf"), f("g12.gexf"), how)
    except Exception as ex:
        errors.append("%s: %s" % (type(ex).__name__, ex))
    report("networkx.read_gexf %s (GEXF 1.3, %s)" % (name, how[0]), errors)
    run("csv nodes.csv, edges.csv %s" % name, check_csv, t, f("csv"))
    run("csv neo4j dialect %s" % name, check_csv_neo4j, t, f("neo4j"), f("csv"))
    run("json.loads evidence JSON Lines %s" % name, check_jsonl, t, f("g.jsonl"))
    return 1 if RESULTS["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
