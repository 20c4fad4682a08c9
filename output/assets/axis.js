/* The time axis above the list: proportional time, drawn as an SVG of our own.
 *
 * Each event sits at its interval: a single day is a dot, a longer date ("April 2022",
 * "the weekend of 8-9 Oct") a band as wide as it lasts, a fuzzy one ("late Nov - early
 * Dec", "around 12 Oct") a band that fades out at its ends; a date the sources disagree
 * on is outlined in red with a "!" above it. Events that don't fit in the lanes are
 * counted ("+12") where they fall; clicking a count zooms in there.
 *
 * Zoom: mouse wheel, pinch, the + and - keys or buttons. Pan: drag (mouse or one finger),
 * Page Up / Page Down. Arrow keys go from event to event; Enter (or a click) hands the
 * event to the page (options.onPick), which scrolls the list to it.
 *
 * Only what is in view is drawn, and only once per animation frame, so a timeline of
 * thousands of events stays quick. Time is in day numbers (days since 1 Jan 1970, UTC;
 * an event covers [t0, t1), end exclusive), computed by output/view.py.
 * Text reaches the SVG only through textContent.
 */
(function () {
  "use strict";

  var NS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var LANE = 15;          // height of one lane of events, px
  var LANES = 8;          // lanes before events are only counted
  var PAD_TOP = 14;       // room for the conflict marks above the first lane
  var COUNT_ROW = 18;     // the row of "+n" counts under the lanes
  var AXIS_ROW = 44;      // tick labels: minor, then major
  var MIN_TICK_PX = 64;   // the closest two labelled ticks may be
  var MIN_SPAN = 6;       // days: the deepest zoom
  var BUCKET_PX = 40;     // width of one "+n" count's column
  var LABEL_MIN_PX = 70;  // room an event needs beside it to be named
  var LONG_SHARE = 0.25;  // an event wider than this share of the view is "long"...
  var LONG_LANES = 2;     // ...and is drawn in the bottom lanes, at most this many
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /* Tick scales from finest to coarsest: a unit and a step, and the step's length in days. */
  var SCALES = [["day", 1], ["day", 2], ["week", 1], ["month", 1], ["month", 3], ["month", 6],
    ["year", 1], ["year", 2], ["year", 5], ["year", 10], ["year", 25], ["year", 50],
    ["year", 100], ["year", 250], ["year", 500], ["year", 1000]].map(function (s) {
    var days = { day: 1, week: 7, month: 30.44, year: 365.25 }[s[0]] * s[1];
    return { unit: s[0], step: s[1], days: days };
  });

  function node(tag, attrs, className) {
    var n = document.createElementNS(NS, tag);
    for (var k in attrs) n.setAttribute(k, attrs[k]);
    if (className) n.setAttribute("class", className);
    return n;
  }

  function ymd(day) {
    var d = new Date(day * DAY_MS);
    return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  }

  function dayOf(y, m, d) {
    var t = new Date(0);
    t.setUTCFullYear(y, m, d);   // not Date.UTC, which reads years 0-99 as 1900-1999
    return Math.round(t.getTime() / DAY_MS);
  }

  /* The ticks between days a and b at a scale: [{day, minor, major}], major labels where a
     month (at day scales) or a year (at month scales) begins. */
  function ticks(scale, a, b) {
    var out = [];
    var first = ymd(Math.floor(a));
    var day, guard = 0;
    if (scale.unit === "day" || scale.unit === "week") {
      var step = scale.unit === "week" ? 7 : scale.step;
      var offset = scale.unit === "week" ? 4 : 0;   // day 0 is a Thursday; weeks start Monday
      day = Math.ceil((a - offset) / step) * step + offset;
      for (; day < b && guard++ < 500; day += step) {
        var p = ymd(day);
        out.push({ day: day, minor: String(p[2]),
          major: p[2] <= step || !out.length ? MONTHS[p[1]] + " " + p[0] : "" });
      }
    } else if (scale.unit === "month") {
      var index = first[0] * 12 + first[1];
      index = Math.ceil(index / scale.step) * scale.step;
      for (; guard++ < 500; index += scale.step) {
        var y = Math.floor(index / 12), m = index - y * 12;
        day = dayOf(y, m, 1);
        if (day < a) continue;
        if (day >= b) break;
        out.push({ day: day, minor: MONTHS[m], major: m < scale.step || !out.length ? String(y) : "" });
      }
    } else {
      var year = Math.ceil(first[0] / scale.step) * scale.step;
      for (; guard++ < 500; year += scale.step) {
        day = dayOf(year, 0, 1);
        if (day < a) continue;
        if (day >= b) break;
        out.push({ day: day, minor: String(year), major: "" });
      }
    }
    return out;
  }

  function TimelineAxis(container, options) {
    this.container = container;
    this.options = options;
    this.items = [];
    this.extent = options.extent;
    this.view = options.initial ? options.initial.slice() : null;
    this.cursor = -1;          // the keyboard's event, an index into this.items
    this.selected = null;
    this.pending = false;
    this.pointers = new Map();
    this.svg = node("svg", { "aria-hidden": "true", focusable: "false" }, "axis-svg");
    container.appendChild(this.svg);
    this.bind();
    var self = this;
    if (window.ResizeObserver) new ResizeObserver(function () { self.render(); }).observe(container);
  }

  TimelineAxis.prototype.width = function () {
    return Math.max(this.container.clientWidth, 100);
  };

  TimelineAxis.prototype.x = function (day) {
    return (day - this.view[0]) / (this.view[1] - this.view[0]) * this.width();
  };

  TimelineAxis.prototype.dayAt = function (px) {
    return this.view[0] + px / this.width() * (this.view[1] - this.view[0]);
  };

  /* The events to draw: [{id, t0, t1, fuzzy, conflict, status, light, key, label, text}]
     in time order (the filtered list's events); label is read out and shown on hover,
     text (the summary) is written beside the event when there is room. */
  TimelineAxis.prototype.setItems = function (items) {
    var current = this.cursor >= 0 ? this.items[this.cursor].id : null;
    this.items = items;
    this.cursor = -1;
    if (current) this.cursor = this.indexOf(current);
    this.render();   // page.css keeps the axis's height until it is drawn
  };

  TimelineAxis.prototype.indexOf = function (id) {
    for (var i = 0; i < this.items.length; i++) if (this.items[i].id === id) return i;
    return -1;
  };

  /* Keep the view inside the extent (with a margin), and no narrower than MIN_SPAN. */
  TimelineAxis.prototype.clamp = function (a, b) {
    var lo = this.extent[0], hi = this.extent[1];
    var full = Math.max(hi - lo, MIN_SPAN);
    var margin = full * 0.05 + 1;
    var span = Math.min(Math.max(b - a, MIN_SPAN), full + 2 * margin);
    if (a < lo - margin) a = lo - margin;
    if (a + span > hi + margin) a = hi + margin - span;
    return [a, a + span];
  };

  TimelineAxis.prototype.setView = function (a, b) {
    if (!this.extent) return;
    this.view = this.clamp(a, b);
    this.render();
  };

  TimelineAxis.prototype.zoom = function (factor, center) {
    if (!this.view) return;
    var a = this.view[0], b = this.view[1];
    if (center === undefined) center = (a + b) / 2;
    this.setView(center - (center - a) * factor, center + (b - center) * factor);
  };

  TimelineAxis.prototype.pan = function (fraction) {
    if (!this.view) return;
    var shift = (this.view[1] - this.view[0]) * fraction;
    this.setView(this.view[0] + shift, this.view[1] + shift);
  };

  TimelineAxis.prototype.fit = function () {
    if (!this.extent) return;
    var span = this.extent[1] - this.extent[0];
    this.setView(this.extent[0] - span * 0.02 - 1, this.extent[1] + span * 0.02 + 1);
  };

  /* Mark the event the page has open (null for none) and bring it into view. */
  TimelineAxis.prototype.select = function (id) {
    this.selected = id;
    if (id) this.show(id, false);
    else this.render();
  };

  /* Bring an event into view (centred if it was out of it) as the keyboard's event. */
  TimelineAxis.prototype.show = function (id, announce) {
    var i = this.indexOf(id);
    if (i < 0 || !this.view) { this.render(); return; }
    this.cursor = i;
    var it = this.items[i];
    var a = this.view[0], b = this.view[1], span = b - a;
    if (it.t1 - it.t0 > span) {
      this.view = this.clamp(it.t0 - (it.t1 - it.t0) * 0.1, it.t1 + (it.t1 - it.t0) * 0.1);
    } else if (it.t0 < a || it.t1 > b) {
      var mid = (it.t0 + it.t1) / 2;
      this.view = this.clamp(mid - span / 2, mid + span / 2);
    }
    if (announce && this.options.status) this.options.status.textContent = this.describe(i);
    this.render();
  };

  TimelineAxis.prototype.describe = function (i) {
    var it = this.items[i];
    return it.label + " (" + (i + 1) + " of " + this.items.length + ")";
  };

  TimelineAxis.prototype.render = function () {
    if (this.pending) return;
    this.pending = true;
    var self = this;
    window.requestAnimationFrame(function () { self.pending = false; self.draw(); });
  };

  TimelineAxis.prototype.draw = function () {
    var t0 = performance.now();
    this.paint();
    this.lastDraw = performance.now() - t0;   // read by benchmarks/page.py
  };

  TimelineAxis.prototype.paint = function () {
    var svg = this.svg;
    var width = this.width();
    var height = PAD_TOP + LANES * LANE + COUNT_ROW + AXIS_ROW;
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.textContent = "";
    if (!this.view) {
      var empty = node("text", { x: width / 2, y: height / 2, "text-anchor": "middle" }, "axis-empty");
      empty.textContent = "No dated events to place on the axis.";
      svg.appendChild(empty);
      return;
    }
    var a = this.view[0], b = this.view[1];
    var perDay = width / (b - a);
    var defs = node("defs", {});
    var grad = node("linearGradient", { id: "axis-fuzzy", x1: "0", x2: "1", y1: "0", y2: "0" });
    [[0, 0.08], [0.3, 0.75], [0.7, 0.75], [1, 0.08]].forEach(function (s) {
      grad.appendChild(node("stop", { offset: s[0], "stop-opacity": s[1] }, "fuzzy-stop"));
    });
    defs.appendChild(grad);
    svg.appendChild(defs);

    // The scale: the finest whose labelled ticks stay MIN_TICK_PX apart.
    var scale = SCALES[SCALES.length - 1];
    for (var s = 0; s < SCALES.length; s++) {
      if (SCALES[s].days * perDay >= MIN_TICK_PX) { scale = SCALES[s]; break; }
    }
    var base = PAD_TOP + LANES * LANE + COUNT_ROW;
    var grid = node("g", {}, "axis-grid");
    svg.appendChild(grid);
    grid.appendChild(node("line", { x1: 0, x2: width, y1: base, y2: base }, "axis-base"));
    var lastMajor = -Infinity;
    ticks(scale, a, b).forEach(function (t) {
      var x = Math.round((t.day - a) * perDay) + 0.5;
      grid.appendChild(node("line", { x1: x, x2: x, y1: PAD_TOP - 6, y2: base + 6 },
        t.major ? "tick major" : "tick"));
      var minor = node("text", { x: x + 4, y: base + 18 }, "tick-label");
      minor.textContent = t.minor;
      grid.appendChild(minor);
      if (t.major && x - lastMajor > 90) {
        var major = node("text", { x: x + 4, y: base + 37 }, "tick-major");
        major.textContent = t.major;
        grid.appendChild(major);
        lastMajor = x;
      }
    });
    (this.options.marks || []).forEach(function (mark) {
      if (mark.day < a || mark.day > b) return;
      var x = Math.round((mark.day - a) * perDay) + 0.5;
      grid.appendChild(node("line", { x1: x, x2: x, y1: 0, y2: base }, "axis-mark"));
      var label = node("text", { x: x - 4, y: 10, "text-anchor": "end" }, "axis-mark-label");
      label.textContent = mark.label;
      grid.appendChild(label);
    });

    // Events in lanes: each goes into the first lane free at its left edge. Events longer
    // than a quarter of the view get the bottom LONG_LANES lanes, so that a year or a
    // month-long event never crowds out the days within it.
    var layer = node("g", {}, "axis-items");
    svg.appendChild(layer);
    var visible = [], long = 0;
    for (var v = 0; v < this.items.length; v++) {
      var candidate = this.items[v];
      if (candidate.t1 <= a || candidate.t0 >= b) continue;
      candidate = { it: candidate, long: (candidate.t1 - candidate.t0) * perDay > width * LONG_SHARE };
      if (candidate.long) long++;
      visible.push(candidate);
    }
    var longLanes = long ? Math.min(LONG_LANES, long) : 0;
    var pools = { false: [0, LANES - longLanes], true: [LANES - longLanes, LANES] };
    var laneEnd = [];
    for (var z = 0; z < LANES; z++) laneEnd.push(-Infinity);
    var placed = [];
    var groups = new Map();
    var buckets = new Map();
    var cursorId = this.cursor >= 0 ? this.items[this.cursor].id : null;
    for (var i = 0; i < visible.length; i++) {
      var it = visible[i].it;
      var x0 = (it.t0 - a) * perDay, x1 = (it.t1 - a) * perDay;
      var point = it.t1 - it.t0 <= 1;   // a single day is a dot, however far zoomed in
      var left = point ? (x0 + x1) / 2 - 6 : x0;
      var right = point ? (x0 + x1) / 2 + 6 : Math.max(x1, x0 + 4);
      var pool = pools[visible[i].long];
      var lane = -1;
      for (var l = pool[0]; l < pool[1]; l++) {
        if (laneEnd[l] <= left - 2) { lane = l; break; }
      }
      if (lane < 0) {
        var key = Math.floor(Math.max(0, (x0 + x1) / 2) / BUCKET_PX);
        buckets.set(key, (buckets.get(key) || 0) + 1);
        continue;
      }
      laneEnd[lane] = right;
      var y = PAD_TOP + lane * LANE;
      placed.push({ lane: lane, left: left, right: right, y: y, it: it });
      var cls = "ax-item ax-" + it.status + (it.fuzzy ? " ax-fuzzy" : "") +
        (it.conflict ? " ax-conflict" : "") + (it.light ? " ax-light" : "") + (it.key ? " ax-key" : "") +
        (it.id === cursorId ? " ax-cursor" : "") + (it.id === this.selected ? " ax-selected" : "");
      var g = node("g", { "data-id": it.id }, cls);
      var shape = point
        ? node("circle", { cx: (x0 + x1) / 2, cy: y + LANE / 2, r: it.key ? 6 : 5 }, "ax-mark")
        : node("rect", { x: Math.max(x0, -4), y: y + 3, width: Math.max(Math.min(x1, width + 4) - Math.max(x0, -4), 4),
          height: LANE - 6, rx: 3 }, "ax-mark");
      var title = node("title", {});
      title.textContent = it.label;
      shape.appendChild(title);
      g.appendChild(shape);
      if (it.conflict) {
        var warn = node("text", { x: Math.min(right, width) + 2, y: y + LANE - 3 }, "ax-warn");
        warn.textContent = "!";
        g.appendChild(warn);
      }
      layer.appendChild(g);
      groups.set(it.id, g);
    }
    // Name an event where its lane leaves room to the right of it (zoomed in far enough).
    var next = {};
    for (var q = placed.length - 1; q >= 0; q--) {
      var pl = placed[q];
      var room = (next[pl.lane] === undefined ? width : next[pl.lane]) - Math.max(pl.right, 0) -
        (pl.it.conflict ? 16 : 8);
      next[pl.lane] = pl.left;
      if (pl.right > width || room < LABEL_MIN_PX || !pl.it.text) continue;
      var chars = Math.floor(room / 6.4);
      var words = pl.it.text.length > chars ? pl.it.text.slice(0, chars - 1) + "\u2026" : pl.it.text;
      var name = node("text", { x: Math.max(pl.right, 0) + (pl.it.conflict ? 14 : 5), y: pl.y + LANE - 4 }, "ax-name");
      name.textContent = words;
      groups.get(pl.it.id).appendChild(name);
    }
    var counts = node("g", {}, "axis-counts");
    svg.appendChild(counts);
    buckets.forEach(function (n, key) {
      var x = key * BUCKET_PX + BUCKET_PX / 2;
      var g = node("g", { "data-zoom": x }, "ax-count");
      g.appendChild(node("rect", { x: x - BUCKET_PX / 2 + 2, y: base - COUNT_ROW + 1,
        width: BUCKET_PX - 4, height: COUNT_ROW - 3, rx: 4 }));
      var text = node("text", { x: x, y: base - 5, "text-anchor": "middle" });
      text.textContent = "+" + n;
      g.appendChild(text);
      var title = node("title", {});
      title.textContent = n + (n === 1 ? " more event" : " more events") + " here: click to zoom in";
      g.appendChild(title);
      counts.appendChild(g);
    });
    this.container.dataset.view = Math.round(a) + " " + Math.round(b);
  };

  /* ---------- mouse, touch and keyboard ---------- */

  TimelineAxis.prototype.bind = function () {
    var self = this;
    var svg = this.svg;
    var start = null;   // the gesture: first point, the view then, and what was under it

    function local(e) {
      var box = svg.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    }

    svg.addEventListener("wheel", function (e) {
      if (!self.view) return;
      e.preventDefault();
      var dy = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY;
      self.zoom(Math.exp(Math.max(-300, Math.min(300, dy)) * 0.002), self.dayAt(local(e).x));
    }, { passive: false });

    svg.addEventListener("pointerdown", function (e) {
      if (!self.view) return;
      try { svg.setPointerCapture(e.pointerId); } catch (err) { /* not a live pointer */ }
      self.pointers.set(e.pointerId, local(e));
      var target = e.target.closest ? e.target.closest("[data-id], [data-zoom]") : null;
      start = { p: local(e), view: self.view.slice(), target: target, moved: false, pinch: null };
      if (self.pointers.size === 2) {
        var pts = Array.from(self.pointers.values());
        start.pinch = { d: Math.abs(pts[0].x - pts[1].x) || 1, view: self.view.slice(),
          mid: self.dayAt((pts[0].x + pts[1].x) / 2) };
        start.moved = true;
      }
    });

    svg.addEventListener("pointermove", function (e) {
      if (!start || !self.pointers.has(e.pointerId)) return;
      var p = local(e);
      self.pointers.set(e.pointerId, p);
      if (start.pinch && self.pointers.size === 2) {
        var pts = Array.from(self.pointers.values());
        var d = Math.abs(pts[0].x - pts[1].x) || 1;
        var v = start.pinch.view, c = start.pinch.mid, f = start.pinch.d / d;
        self.setView(c - (c - v[0]) * f, c + (v[1] - c) * f);
        return;
      }
      var dx = p.x - start.p.x;
      if (Math.abs(dx) > 4) start.moved = true;
      if (start.moved && !start.pinch) {
        var days = dx / self.width() * (start.view[1] - start.view[0]);
        self.setView(start.view[0] - days, start.view[1] - days);
      }
    });

    function end(e) {
      if (!self.pointers.has(e.pointerId)) return;
      self.pointers.delete(e.pointerId);
      if (!start) return;
      if (!start.moved && start.target && e.type === "pointerup") {
        if (start.target.dataset.id) self.pick(start.target.dataset.id);
        else self.zoom(0.35, self.dayAt(Number(start.target.dataset.zoom)));
      }
      if (!self.pointers.size) start = null;
    }
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);

    this.container.addEventListener("keydown", function (e) {
      if (!self.view || e.altKey || e.ctrlKey || e.metaKey) return;
      var handled = true;
      switch (e.key) {
        case "ArrowRight": self.step(1); break;
        case "ArrowLeft": self.step(-1); break;
        case "Home": self.step(-Infinity); break;
        case "End": self.step(Infinity); break;
        case "PageDown": self.pan(0.5); break;
        case "PageUp": self.pan(-0.5); break;
        case "+": case "=": self.zoom(0.6, self.focusDay()); break;
        case "-": case "_": self.zoom(1 / 0.6, self.focusDay()); break;
        case "0": self.fit(); break;
        case "Enter": case " ":
          if (self.cursor >= 0) self.pick(self.items[self.cursor].id);
          break;
        default: handled = false;
      }
      if (handled) e.preventDefault();
    });
  };

  /* The day zoom keys centre on: the keyboard's event if it is in view, else the middle. */
  TimelineAxis.prototype.focusDay = function () {
    if (this.cursor >= 0) {
      var it = this.items[this.cursor];
      var mid = (it.t0 + it.t1) / 2;
      if (mid >= this.view[0] && mid <= this.view[1]) return mid;
    }
    return (this.view[0] + this.view[1]) / 2;
  };

  /* Move the keyboard's event: +1/-1 to the next/previous, +-Infinity to the last/first.
     From none, the first step lands on the first event in view. */
  TimelineAxis.prototype.step = function (by) {
    var n = this.items.length;
    if (!n) return;
    var i;
    if (by === Infinity) i = n - 1;
    else if (by === -Infinity) i = 0;
    else if (this.cursor < 0) {
      var a = this.view[0];
      for (i = 0; i < n - 1 && this.items[i].t1 <= a; i++);
    } else i = Math.max(0, Math.min(n - 1, this.cursor + by));
    this.show(this.items[i].id, true);
  };

  TimelineAxis.prototype.pick = function (id) {
    var i = this.indexOf(id);
    if (i >= 0) this.cursor = i;
    if (this.options.onPick) this.options.onPick(id);
  };

  window.TimelineAxis = TimelineAxis;
})();
