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

  check_overlap.py --self-test
      The checker can fail: a hand-made layout with two overlapping
      labels must be reported (that pair and no other), the same layout
      with one label moved clear must pass, two boxes that only touch
      (within TOL) must pass, and a node whose label was not drawn must
      be reported.

Exits 1 when any check failed. Standard library only.
"""
import json
import os
import sys

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


def text_boxes(ops, owner):
    """The box of every T op in ops (an xdot op list), sized by the last
    F op before it."""
    out = []
    size = 14.0  # Graphviz's default, should an F op ever be missing
    for op in ops or []:
        kind = op.get("op")
        if kind == "F":
            size = float(op["size"])
        elif kind == "T":
            x, y = float(op["pt"][0]), float(op["pt"][1])
            w = float(op["width"])
            align = op.get("align", "c")
            if align == "l":
                x0 = x
            elif align == "r":
                x0 = x - w
            else:
                x0 = x - w / 2.0
            out.append(Box(owner, op.get("text", ""), x0, y - DESCENT * size,
                           x0 + w, y + ASCENT * size))
    return out


def node_name(layout, gvid):
    objs = layout.get("objects", [])
    if isinstance(gvid, int) and 0 <= gvid < len(objs):
        return objs[gvid].get("name", str(gvid))
    return str(gvid)


def collect(layout):
    """(boxes, missing): every label box, and the owners whose non-empty
    label drew no text."""
    boxes, missing = [], []
    label_ops = ("_ldraw_", "_hldraw_", "_tldraw_")

    def take(obj, owner, needs_label):
        found = []
        for key in label_ops:
            found += text_boxes(obj.get(key), owner)
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


def check_layout(layout, name):
    """One "ok" / "not ok" line and its detail lines; True when ok."""
    engine = layout.get("layout") or name
    boxes, missing = collect(layout)
    bad = overlaps(boxes)
    if not boxes:
        print("not ok - %s: no labels found in %s" % (engine, name))
        return False
    if not bad and not missing:
        print("ok - %s: %d labels, no overlaps" % (engine, len(boxes)))
        return True
    print("not ok - %s: %d labels, %d overlapping pairs, %d labels not drawn (%s)"
          % (engine, len(boxes), len(bad), len(missing), name))
    for owner in missing:
        print("#   %s: label not drawn" % owner)
    for a, b, dx, dy in bad:
        print("#   %s overlaps %s by %.1f x %.1f pt" % (a.describe(), b.describe(), dx, dy))
    return False


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
    finally:
        sys.stdout = real_stdout
        devnull.close()
    if failures:
        for f in failures:
            print("not ok - self-test: %s" % f)
        return False
    print("ok - self-test: overlapping, touching, clear and missing labels are told apart")
    return True


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return 0 if self_test() else 1
    if len(argv) < 2 or argv[1].startswith("-"):
        print("usage: check_overlap.py LAYOUT.json... | --self-test", file=sys.stderr)
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
