// Where things go in the picture: a deterministic layout (the same graph is
// drawn the same way on every load), labels placed so that none overlaps
// another, and the view's zoom and pan. No drawing of its own: app.js draws,
// then asks placeLabels to move or hide labels.
"use strict";

const Layout = (() => {
  const RING = 230; // distance between rings of a radial picture
  const STEP = 250; // distance between entities of a path, left to right

  // tierOf ranks an edge as kg does: curated, extracted, open relation,
  // co-mention.
  function tierOf(e) {
    if (e.predicate === "mentionedWith") return 3;
    if (!e.evidence || e.evidence.length === 0) return 0;
    return e.evidence.some((ev) => ev.origin !== "extracted") ? 0 : 1;
  }

  // radial places the centre in the middle and every other node on a ring
  // by its distance in hops, ordered by its best link and name, so that the
  // same answer always gives the same picture.
  function radial(nodes, edges, center) {
    const adj = new Map(nodes.map((n) => [n.iri, []]));
    for (const e of edges) {
      adj.get(e.from.iri)?.push({ other: e.to.iri, e });
      adj.get(e.to.iri)?.push({ other: e.from.iri, e });
    }
    const hop = new Map([[center, 0]]), parent = new Map(), best = new Map();
    let frontier = [center];
    while (frontier.length) {
      const next = [];
      for (const v of frontier) {
        const steps = [...(adj.get(v) || [])].sort((a, b) => tierOf(a.e) - tierOf(b.e));
        for (const { other, e } of steps) {
          if (hop.has(other)) continue;
          hop.set(other, hop.get(v) + 1); parent.set(other, v); best.set(other, tierOf(e));
          next.push(other);
        }
      }
      frontier = next;
    }
    const angle = new Map([[center, 0]]);
    const rings = new Map();
    for (const n of nodes) {
      const h = hop.has(n.iri) ? hop.get(n.iri) : Math.max(0, ...hop.values()) + 1;
      if (!rings.has(h)) rings.set(h, []);
      rings.get(h).push(n);
    }
    for (const h of [...rings.keys()].sort((a, b) => a - b)) {
      const ring = rings.get(h);
      if (h === 0) { for (const n of ring) { n.x = 0; n.y = 0; } continue; }
      ring.sort((a, b) => (angle.get(parent.get(a.iri)) ?? 0) - (angle.get(parent.get(b.iri)) ?? 0) ||
        (best.get(a.iri) ?? 9) - (best.get(b.iri) ?? 9) || a.name.localeCompare(b.name));
      // A ring wide enough for its names: about 90 units of arc each.
      const r = Math.max(h * RING, (ring.length * 90) / (2 * Math.PI));
      ring.forEach((n, i) => {
        const a = -Math.PI / 2 + (2 * Math.PI * i) / ring.length + (h % 2 ? 0 : Math.PI / ring.length);
        angle.set(n.iri, a);
        if (!n.pinned) { n.x = r * Math.cos(a); n.y = r * Math.sin(a); }
      });
    }
  }

  // line lays a path out left to right in the order of its nodes.
  function line(nodes) {
    nodes.forEach((n, i) => { if (!n.pinned) { n.x = i * STEP; n.y = 0; } });
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  // placeLabels tries each label's candidate positions in priority order
  // and keeps the first that overlaps no label placed before it nor a node;
  // a label with no free place is hidden (its edge keeps a tooltip).
  // Each label is {el, priority, candidates: [{x, y}], size: {w, h}}, with
  // el positioned by a translate to the candidate's centre.
  function placeLabels(labels, nodeBoxes) {
    const placed = [...nodeBoxes];
    labels.sort((a, b) => a.priority - b.priority);
    for (const l of labels) {
      let ok = false;
      for (const c of l.candidates) {
        const box = { x: c.x - l.size.w / 2, y: c.y - l.size.h / 2, w: l.size.w, h: l.size.h };
        if (placed.some((p) => overlaps(p, box))) continue;
        placed.push(box);
        l.el.setAttribute("transform", `translate(${c.x},${c.y})`);
        l.el.removeAttribute("display");
        ok = true;
        break;
      }
      if (!ok) l.el.setAttribute("display", "none");
    }
  }

  // edgeSpots are the places along an edge a label may go: the middle
  // first, then either way along it, then beside it.
  function edgeSpots(a, b) {
    const out = [];
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    const px = -dy / d, py = dx / d;
    for (const off of [0, 14, -14]) {
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
        out.push({ x: a.x + dx * t + px * off, y: a.y + dy * t + py * off });
      }
    }
    return out;
  }

  // nodeSpots put a name right of its node (left on the left half), or
  // above or below; below first when edges run left to right through it.
  function nodeSpots(n, w, below) {
    const right = { x: n.x + 16 + w / 2, y: n.y }, left = { x: n.x - 16 - w / 2, y: n.y };
    const beside = n.x >= 0 ? [right, left] : [left, right];
    const under = [{ x: n.x, y: n.y + 24 }, { x: n.x, y: n.y - 24 }, { x: n.x, y: n.y + 38 }, { x: n.x, y: n.y - 38 }];
    return below ? [...under, ...beside] : [...beside, ...under];
  }

  // View keeps the SVG's viewBox: fit to what is drawn, zoom about a point,
  // pan by a drag.
  class View {
    constructor(svgEl) { this.svg = svgEl; this.box = null; }
    fit(bounds) {
      const pad = 60;
      const r = this.svg.getBoundingClientRect();
      let { x, y, w, h } = { x: bounds.x - pad, y: bounds.y - pad, w: bounds.w + 2 * pad, h: bounds.h + 2 * pad };
      const aspect = (r.width || 800) / (r.height || 500);
      if (w / h < aspect) { const nw = h * aspect; x -= (nw - w) / 2; w = nw; } else { const nh = w / aspect; y -= (nh - h) / 2; h = nh; }
      this.set({ x, y, w, h });
    }
    set(b) { this.box = b; this.svg.setAttribute("viewBox", `${b.x} ${b.y} ${b.w} ${b.h}`); }
    // zoom by factor (>1 zooms in) about the point (px, py) in drawing units.
    zoom(factor, px, py) {
      const b = this.box;
      if (!b) return;
      if (px === undefined) { px = b.x + b.w / 2; py = b.y + b.h / 2; }
      const w = b.w / factor, h = b.h / factor;
      this.set({ x: px - (px - b.x) / factor, y: py - (py - b.y) / factor, w, h });
    }
    // toDrawing maps a mouse event to drawing units.
    toDrawing(ev) {
      const r = this.svg.getBoundingClientRect(), b = this.box;
      return { x: b.x + ((ev.clientX - r.left) / r.width) * b.w, y: b.y + ((ev.clientY - r.top) / r.height) * b.h };
    }
    scale() { return this.box.w / (this.svg.getBoundingClientRect().width || 1); }
  }

  return { radial, line, placeLabels, edgeSpots, nodeSpots, tierOf, View };
})();
