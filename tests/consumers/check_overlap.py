#!/usr/bin/python3
"""check_overlap.py: no two text labels of a laid-out graph overlap.

  check_overlap.py LAYOUT.json...
      LAYOUT.json is what Graphviz writes for `dot -K ENGINE -Tjson
      G.dot` (xdot 1.7 drawing operations in JSON). Every piece of text
      it draws is collected, with its owner:
        - node labels and xlabels (the node's _ldraw_),
        - edge labels and xlabels (_ldraw_), head and tail labels
          (_hldraw_, _tldraw_),
        - the graph label, which for relgraph is the HTML-like legend
          (the graph's _ldraw_: one text op per table cell),
        - and the same in clusters (subgraph objects), if any.
      A text op ("T") gives the baseline point, the alignment (l, c, r)
      and the width; the font op ("F") before it gives the size. Its box
      is width x size: from the point leftwards, centred or rightwards by
      the alignment, and from 0.25 size below the baseline to 0.75 size
      above it (Helvetica's descent and ascent, and where Graphviz centres
      a line of text on its label position).
      Checks, per file:
        - every node and edge whose label attribute is not empty drew at
          least one text, and the graph label drew some (a label that a
          layout silently dropped is not a label that does not overlap);
        - no two boxes intersect by more than TOL (1 pt) both across and
          down. Texts of one HTML-like label (the legend's cells) are
          checked against each other too: the table keeps them apart.
      Prints "ok - ENGINE: N labels, no overlaps" or "not ok - ENGINE:
      ..." and one "#   " line per overlapping pair (which labels, where,
      by how much). ENGINE is the file's layout attribute, else its name.

  check_overlap.py --svg LAYOUT.json PICTURE.svg
      The same check on a picture: the text elements of an SVG that
      Graphviz drew (relgraph export -f svg), owned by the node, edge or
      graph group they sit in. SVG gives a text's anchor point, anchor
      (start, middle, end) and font size but not its width, so widths come
      from LAYOUT.json, a layout of the same graph: a text's width depends
      on its characters, font size and weight, not on where it is. The
      picture must draw as many texts as LAYOUT.json (none dropped), each
      with a width known from it.

  check_overlap.py --self-test
      The checker can fail: a hand-made layout with two overlapping
      labels must be reported (that pair and no other), the same layout
      with one label moved clear must pass, two boxes that only touch
      (within TOL) must pass, a node whose label was not drawn must be
      reported, and a hand-made SVG drawing the overlapping pair must be
      reported too.

Exits 1 when any check failed. Standard library only.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

TOL = 1.0  # points of overlap forgiven, both ways
ASCENT = 0.75  # of the font size, above the baseline
DESCENT = 0.25  # below it


class Box:
    __slots__ = ("owner", "text", "x0", "y0", "x1", "y1")

    def __init__(self, owner, text, x0, y0, x1, y1):
        self.owner, self.text = owner, text
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1

    def describe(self):
        return "%s %r at (%.1f,%.1f)-(%.1f,%.1f)" % (
            self.owner, self.text, self.x0, self.y0, self.x1, self.y1)



def left_edge(x, w, anchor):
    """Left edge of a text of width w placed at x with an SVG text-anchor
    (start, middle, end); xdot's l/c/r alignments map onto these."""
    if anchor == "start":
        return x
    if anchor == "end":
        return x - w
    return x - w / 2.0

def text_boxes(ops, owner, widths=None):
    """The box of every T op in ops (an xdot op list), sized by the last
    F op before it. With widths (a dict), also records each text's width
    under width_key()."""
    out = []
    size = 14.0  # Graphviz's default, should an F op ever be missing
    bold = False
    for op in ops or []:
        kind = op.get("op")
        if kind == "F":
            size = float(op["size"])
            bold = False
        elif kind == "t":
            bold = bool(int(op.get("fontchar", 0)) & 1)
        elif kind == "T":
            if widths is not None:
                widths[width_key(op.get("text", ""), size, bold)] = float(op["width"])
            x, y = float(op["pt"][0]), float(op["pt"][1])
            w = float(op["width"])
            x0 = left_edge(x, w, {"l": "start", "r": "end"}.get(op.get("align", "c"), "middle"))
            out.append(Box(owner, op.get("text", ""), x0, y - DESCENT * size,
                           x0 + w, y + ASCENT * size))
    return out


def width_key(text, size, bold):
    return (text, round(size, 2), bold)


def node_name(layout, gvid):
    objs = layout.get("objects", [])
    if isinstance(gvid, int) and 0 <= gvid < len(objs):
        return objs[gvid].get("name", str(gvid))
    return str(gvid)


def collect(layout, widths=None):
    """(boxes, missing): every label box, and the owners whose non-empty
    label drew no text. With widths (a dict), also fills it with every
    text's width."""
    boxes, missing = [], []
    label_ops = ("_ldraw_", "_hldraw_", "_tldraw_")

    def take(obj, owner, needs_label):
        found = []
        for key in label_ops:
            found += text_boxes(obj.get(key), owner, widths)
        if needs_label and obj.get("label", "") not in ("", "\\N") and not found:
            missing.append(owner)
        if needs_label and obj.get("label") == "\\N" and not found:
            missing.append(owner)  # the default label is the node's name
        boxes.extend(found)

    take(layout, "graph label", bool(layout.get("label")))
    for obj in layout.get("objects", []):
        if "nodes" in obj or "edges" in obj or "subgraphs" in obj:
            take(obj, "cluster %s" % obj.get("name", "?"), bool(obj.get("label")))
        else:
            take(obj, "node %s" % obj.get("name", "?"), True)
    for e in layout.get("edges", []):
        owner = "edge %s -- %s" % (node_name(layout, e.get("tail")), node_name(layout, e.get("head")))
        take(e, owner, True)
    return boxes, missing


def overlaps(boxes):
    """Every pair of boxes that intersect by more than TOL both ways, as
    (a, b, dx, dy). Sweep over x, so it stays fast on large graphs."""
    order = sorted(boxes, key=lambda b: b.x0)
    out = []
    for i, a in enumerate(order):
        for b in order[i + 1:]:
            if b.x0 >= a.x1 - TOL:
                break
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            if dx > TOL and dy > TOL:
                out.append((a, b, dx, dy))
    return out


SVG = "{http://www.w3.org/2000/svg}"


def svg_boxes(root, widths):
    """(boxes, unknown): the box of every text element under root (y grows
    downwards in SVG: the ascent is above y), and the texts whose width
    widths does not know."""
    boxes, unknown = [], []

    def walk(elem, owner):
        if elem.tag == SVG + "g" and elem.get("class") in ("node", "edge", "cluster"):
            title = elem.find(SVG + "title")
            name = title.text if title is not None and title.text else elem.get("id", "?")
            owner = "%s %s" % (elem.get("class"), name.replace("--", " -- "))
        for child in elem:
            if child.tag != SVG + "text":
                walk(child, owner)
                continue
            text = "".join(child.itertext())
            size = float(child.get("font-size", "14"))
            bold = child.get("font-weight") == "bold"
            w = widths.get(width_key(text, size, bold))
            if w is None:
                unknown.append("%s %r (%.2f pt%s)" % (owner, text, size, ", bold" if bold else ""))
                continue
            x, y = float(child.get("x", "0")), float(child.get("y", "0"))
            x0 = left_edge(x, w, child.get("text-anchor", "start"))
            boxes.append(Box(owner, text, x0, y - ASCENT * size, x0 + w, y + DESCENT * size))

    walk(root, "graph label")
    return boxes, unknown


def report(engine, name, boxes, bad, missing):
    """One "ok" / "not ok" line and its detail lines; True when ok."""
    if not boxes:
        print("not ok - %s: no labels found in %s" % (engine, name))
        return False
    if not bad and not missing:
        print("ok - %s: %d labels, no overlaps" % (engine, len(boxes)))
        return True
    print("not ok - %s: %d labels, %d overlapping pairs, %d labels not drawn or not known (%s)"
          % (engine, len(boxes), len(bad), len(missing), name))
    for what in missing:
        print("#   %s: label not drawn, or its width not known" % what)
    for a, b, dx, dy in bad:
        print("#   %s overlaps %s by %.1f x %.1f pt" % (a.describe(), b.describe(), dx, dy))
    return False


def check_layout(layout, name):
    """Checks a Graphviz JSON layout; True when ok."""
    engine = layout.get("layout") or name
    boxes, missing = collect(layout)
    return report(engine, name, boxes, overlaps(boxes), missing)


def check_svg(layout, svg_root, name):
    """Checks an SVG picture, with the text widths of layout; True when
    ok."""
    engine = (layout.get("layout") or "?") + " (SVG)"
    widths = {}
    expected, _ = collect(layout, widths)
    boxes, unknown = svg_boxes(svg_root, widths)
    if len(boxes) + len(unknown) != len(expected):
        unknown.append("%s draws %d texts, the layout %d" % (name, len(boxes) + len(unknown), len(expected)))
    return report(engine, name, boxes, overlaps(boxes), unknown)


# ------------------------------------------------------------- self-test

def fake_layout(second_x):
    """Two nodes whose 10 pt labels are 40 pt wide, centred at (100,100)
    and (second_x,100); an edge label far away; a legend far away."""
    def text(x, y, w, s, size=10.0, align="c"):
        return [{"op": "F", "size": size, "face": "Helvetica"},
                {"op": "c", "grad": "none", "color": "#000000"},
                {"op": "T", "pt": [x, y], "align": align, "width": w, "text": s}]
    return {
        "name": "selftest", "layout": "selftest", "label": "<legend>",
        "_ldraw_": text(0, 0, 30, "legend", align="l") + text(30, 0, 20, "more", align="l"),
        "objects": [
            {"_gvid": 0, "name": "a", "label": "Alpha", "_ldraw_": text(100, 100, 40, "Alpha")},
            {"_gvid": 1, "name": "b", "label": "Beta", "_ldraw_": text(second_x, 100, 40, "Beta")},
        ],
        "edges": [
            {"_gvid": 0, "tail": 0, "head": 1, "label": "agree 1",
             "_ldraw_": text(300, 300, 32, "agree 1", size=8.0)},
        ],
    }


def fake_svg(second_x):
    """fake_layout() as Graphviz's SVG draws it."""
    def text(x, y, s, size="10.00", anchor="middle", extra=""):
        return ('<text text-anchor="%s" x="%s" y="%s" font-family="Helvetica,sans-Serif"%s '
                'font-size="%s">%s</text>' % (anchor, x, y, extra, size, s))
    return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            '<g id="graph0" class="graph"><title>selftest</title>'
            + text(0, 0, "legend", anchor="start") + text(30, 0, "more", anchor="start")
            + '<g id="node1" class="node"><title>a</title>' + text(100, -100, "Alpha") + '</g>'
            + '<g id="node2" class="node"><title>b</title><g id="a_node2"><a xlink:title="b">'
            + text(second_x, -100, "Beta") + '</a></g></g>'
            + '<g id="edge1" class="edge"><title>a&#45;&#45;b</title>'
            + text(300, -300, "agree 1", size="8.00") + '</g></g></svg>')


def self_test():
    failures = []
    devnull = open(os.devnull, "w")
    real_stdout = sys.stdout
    try:
        sys.stdout = devnull
        # 1. Alpha [80,120] and Beta [110,150]: 10 pt across, 10 pt down.
        bad = overlaps(collect(fake_layout(130))[0])
        if len(bad) != 1 or {bad[0][0].text, bad[0][1].text} != {"Alpha", "Beta"}:
            failures.append("the overlap of Alpha and Beta was not found alone (%d pairs)" % len(bad))
        if check_layout(fake_layout(130), "overlapping"):
            failures.append("check_layout passed a layout with overlapping labels")
        # 2. Beta moved clear.
        if overlaps(collect(fake_layout(200))[0]) or not check_layout(fake_layout(200), "clear"):
            failures.append("a layout without overlaps was reported")
        # 3. Touching within the tolerance: Beta [119.5,159.5] against Alpha's 120.
        if overlaps(collect(fake_layout(139.5))[0]):
            failures.append("labels touching within %.0f pt were reported" % TOL)
        # 4. A node whose label drew nothing.
        lay = fake_layout(200)
        del lay["objects"][1]["_ldraw_"]
        if collect(lay)[1] != ["node b"] or check_layout(lay, "missing"):
            failures.append("a node label that was not drawn went unreported")
        # 5. The SVG of case 1 (y downwards), widths from the layout; then
        #    the same with Beta clear.
        for beta_x, want in ((130, False), (200, True)):
            root = ET.fromstring(fake_svg(beta_x))
            if check_svg(fake_layout(130), root, "selftest.svg") != want:
                failures.append("the SVG with Beta at x=%d was %s" % (beta_x, "failed" if want else "passed"))
        if len(svg_boxes(ET.fromstring(fake_svg(130)), {})[1]) != 5:
            failures.append("SVG texts of unknown width were not all reported")
    finally:
        sys.stdout = real_stdout
        devnull.close()
    if failures:
        for f in failures:
            print("not ok - self-test: %s" % f)
        return False
    print("ok - self-test: overlapping, touching, clear and missing labels, in layouts and SVG, are told apart")
    return True


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return 0 if self_test() else 1
    if len(argv) == 4 and argv[1] == "--svg":
        try:
            with open(argv[2], encoding="utf-8") as f:
                layout = json.load(f)
            root = ET.parse(argv[3]).getroot()
        except (OSError, ValueError, ET.ParseError) as e:
            print("not ok - %s: cannot read: %s" % (os.path.basename(argv[3]), e))
            return 1
        return 0 if check_svg(layout, root, os.path.basename(argv[3])) else 1
    if len(argv) < 2 or argv[1].startswith("-"):
        print("usage: check_overlap.py LAYOUT.json... | --svg LAYOUT.json PICTURE.svg | --self-test",
              file=sys.stderr)
        return 2
    good = True
    for path in argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                layout = json.load(f)
        except (OSError, ValueError) as e:
            print("not ok - %s: cannot read: %s" % (path, e))
            good = False
            continue
        good = check_layout(layout, os.path.basename(path)) and good
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
