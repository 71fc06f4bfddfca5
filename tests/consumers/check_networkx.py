#!/usr/bin/python3
"""check_networkx.py GRAPH.json...: loads each relgraph graph JSON with
networkx's node_link_graph, the reader DESIGN.md promises, and checks the
invariants of the format:

  - it loads as an undirected simple graph (directed and multigraph false);
  - the networkx node count equals len(nodes), the edge count len(links)
    (no link is given twice), and node ids are unique;
  - every link's source and target is a node id, and no link is a loop;
  - weights, co-occurrence and document counts are positive integers, and
    weight = cooccurrence + the sum of the interaction counts (graph.h);
  - interaction kinds, and the kinds of evidence items, are PLOVER names
    in lower case (evidence may also say "cooccurrence");
  - node types are person, country, group or place, and countries carry a
    three-letter code;
  - networkx can work with the result (degrees, connected components).

networkx renamed node_link_graph's keyword for the links list from
link= (networkx 2.x and 3.0-3.3, default "links") to edges= (3.4, whose
default will become "edges"), so the keyword is chosen by version.
Prints one line per file and exits 1 when any check failed.
"""
import json
import sys

import networkx as nx

PLOVER = {
    "agree", "consult", "support", "concede", "cooperate", "aid", "retreat",
    "investigate", "demand", "accuse", "reject", "threaten", "sanction",
    "protest", "crime", "mobilize", "coerce", "assault",
}
TYPES = {"person", "country", "group", "place"}


def version_tuple(v):
    out = []
    for part in v.split(".")[:2]:
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


NX_VERSION = version_tuple(nx.__version__)


def load_networkx(data):
    if NX_VERSION >= (3, 4):
        return nx.node_link_graph(data, edges="links")
    return nx.node_link_graph(data)


def is_pos_int(v):
    return isinstance(v, int) and not isinstance(v, bool) and v > 0


def check(path):
    errors = []

    def err(msg):
        if len(errors) < 20:
            errors.append(msg)

    with open(path, "rb") as f:
        raw = f.read()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return ["not valid UTF-8 JSON: %s" % e]
    if not isinstance(data, dict):
        return ["the top level is not an object"]
    for key in ("directed", "multigraph", "graph", "nodes", "links"):
        if key not in data:
            err('no "%s" key' % key)
    if errors:
        return errors
    if data["directed"] is not False or data["multigraph"] is not False:
        err("directed/multigraph are not false")

    try:
        g = load_networkx(data)
    except Exception as e:  # any failure of the consumer is the finding
        return ["networkx.node_link_graph failed: %s: %s" % (type(e).__name__, e)]
    if g.is_directed() or g.is_multigraph():
        err("networkx built a directed or multi graph")

    nodes, links = data["nodes"], data["links"]
    ids = [n.get("id") for n in nodes]
    idset = set(ids)
    if len(idset) != len(ids):
        err("duplicate node ids")
    if g.number_of_nodes() != len(nodes):
        err("networkx has %d nodes, the file %d" % (g.number_of_nodes(), len(nodes)))
    if g.number_of_edges() != len(links):
        err("networkx has %d edges, the file %d links" % (g.number_of_edges(), len(links)))

    for n in nodes:
        nid = n.get("id")
        if not isinstance(nid, str) or not nid:
            err("node without an id: %r" % n)
            continue
        if n.get("type") not in TYPES:
            err("node %s: type %r" % (nid, n.get("type")))
        if not isinstance(n.get("label"), str) or not n["label"]:
            err("node %s: no label" % nid)
        if n.get("type") == "country":
            code = n.get("code")
            if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
                err("country %s: code %r" % (nid, code))
        for k in ("mentions", "documents"):
            if k in n and not is_pos_int(n[k]):
                err("node %s: %s = %r" % (nid, k, n[k]))

    for i, l in enumerate(links):
        s, t = l.get("source"), l.get("target")
        where = "links[%d] %s -- %s" % (i, s, t)
        if s not in idset or t not in idset:
            err("%s: an end is not a node id" % where)
        if s == t:
            err("%s: a loop" % where)
        w = l.get("weight")
        if not is_pos_int(w):
            err("%s: weight %r is not a positive integer" % (where, w))
        co = l.get("cooccurrence", 0)
        if not (isinstance(co, int) and co >= 0):
            err("%s: cooccurrence %r" % (where, co))
        if "documents" in l and not is_pos_int(l["documents"]):
            err("%s: documents %r" % (where, l["documents"]))
        inter = l.get("interactions", {})
        if not isinstance(inter, dict):
            err("%s: interactions is not an object" % where)
            inter = {}
        for kind, count in inter.items():
            if kind not in PLOVER:
                err("%s: interaction kind %r is not a PLOVER name" % (where, kind))
            if not is_pos_int(count):
                err("%s: interaction %s count %r" % (where, kind, count))
        if is_pos_int(w) and isinstance(co, int):
            total = co + sum(c for c in inter.values() if isinstance(c, int))
            if w != total:
                err("%s: weight %d != cooccurrence + interactions = %d" % (where, w, total))
        for ev in l.get("evidence", []):
            if ev.get("kind") not in PLOVER | {"cooccurrence"}:
                err("%s: evidence kind %r" % (where, ev.get("kind")))
            if not isinstance(ev.get("text"), str):
                err("%s: evidence without text" % where)
        if s in idset and t in idset and g.has_edge(s, t):
            if g[s][t].get("weight") != w:
                err("%s: networkx edge weight %r" % (where, g[s][t].get("weight")))

    # networkx can use it.
    try:
        degrees = dict(g.degree(weight="weight"))
        comps = list(nx.connected_components(g))
        if sum(len(c) for c in comps) != g.number_of_nodes():
            err("connected components do not cover the nodes")
        if len(degrees) != g.number_of_nodes():
            err("degree view is incomplete")
    except Exception as e:
        err("networkx analysis failed: %s: %s" % (type(e).__name__, e))
    return errors


def main(argv):
    if len(argv) < 2:
        print("usage: check_networkx.py GRAPH.json...", file=sys.stderr)
        return 2
    bad = 0
    for path in argv[1:]:
        errors = check(path)
        if errors:
            bad += 1
            print("not ok - networkx %s" % path)
            for e in errors:
                print("#   %s" % e)
        else:
            print("ok - networkx %s (networkx %s)" % (path, nx.__version__))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
