/* The timeline page's behaviour: lazy list, search, filters, details, the time axis
 * (axis.js), the teacher's edits (edits.js), links to a view (URL hash), actor graph.
 *
 * All data comes from the JSON block #timeline-data (written with Jinja's |tojson).
 * Everything taken from an article reaches the DOM as text (textContent, text nodes,
 * option labels): nothing here assigns innerHTML, so markup in an article stays text.
 *
 * Rows are rendered lazily: the first chunk at once, the rest in idle moments, so a page
 * of thousands of events is usable at once and search only filters an array. The list is
 * a plan of rows: the background era (collapsed), then the events, where a day with many
 * events shows its most salient few and a button for the rest.
 *
 * The hash holds the view: #q=words&actor=id&key=1&event=id (each part optional), so a
 * link opens the same filtered list, or one event with its details open.
 * window.timelineApp, window.timelineAxis and window.timelineGraph are exposed for tests
 * and benchmarks.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = DATA.events;
  var actors = DATA.actors;
  var articles = DATA.articles;
  var config = DATA.config;
  var stats = { start: performance.now() };

  var list = document.getElementById("events");
  var search = document.getElementById("search");
  var actorFilter = document.getElementById("actor-filter");
  var clearButton = document.getElementById("clear");
  var count = document.getElementById("count");
  var filterNote = document.getElementById("filter-note");
  var keyOnly = document.getElementById("key-only");
  var showLight = document.getElementById("show-light");
  var viewLink = document.getElementById("view-link");

  var DAY_COLLAPSE = 6;   // a day with this many events or more is collapsed...
  var DAY_SHOW = 3;       // ...to its most salient few

  var state = { query: "", actor: "", selected: null, keyOnly: false, light: true,
    showHidden: false, background: false };
  var rows = new Map();
  var byId = new Map();
  var shown = events;
  var planned = [];
  var openDays = new Set();
  var position = 0;
  var lastHeading = null;
  var passedNews = false;
  var renderToken = 0;
  var network = null;

  var idle = window.requestIdleCallback
    ? function (fn) { window.requestIdleCallback(fn, { timeout: 200 }); }
    : function (fn) { window.setTimeout(fn, 16); };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function actorName(id) {
    return actors[id] ? actors[id].name : id;
  }

  events.forEach(function (ev) { byId.set(ev.id, ev); });
  var edits = new window.TimelineEdits.Edits(byId, "news-timeline-edits:" + location.pathname);

  // What search looks through: summary, date, names, sources and the quoted sentences.
  function haystack(ev) {
    var v = edits.view(ev);
    var parts = [ev.summary, v.summary, ev.date, v.date, v.note, ev.weekday, ev.status_word, ev.conflict];
    ev.actors.forEach(function (id) {
      var a = actors[id];
      parts.push(actorName(id));
      if (a) parts.push(a.aliases.join(" "), a.titles.join(" "));
    });
    ev.source_names.forEach(function (name) { parts.push(name); });
    ev.sources.forEach(function (s) {
      parts.push(s.quote);
      if (articles[s.article]) parts.push(articles[s.article].title);
    });
    ev.hay = parts.join("\n").toLowerCase();
  }
  events.forEach(haystack);

  /* ---------- rows ---------- */

  function chip(id) {
    var b = el("button", "chip", actorName(id));
    b.type = "button";
    b.dataset.actor = id;
    b.title = "Show only events involving " + actorName(id);
    return b;
  }

  function buildRow(ev) {
    var v = edits.view(ev);
    var li = el("li", "event status-" + ev.status + (ev.conflict ? " has-conflict" : "") +
      (ev.light ? " light" : "") + (v.key ? " key" : "") + (v.hidden ? " is-hidden" : "") +
      (v.edited ? " edited" : ""));
    li.dataset.id = ev.id;
    var when = el("div", "when");
    when.appendChild(el("span", "date", v.date));
    if (ev.weekday && !v.redated) when.appendChild(el("span", "weekday", ev.weekday));
    if (ev.light) when.appendChild(el("span", "dated-by", "article's date"));
    li.appendChild(when);
    li.appendChild(el("div", "rail"));
    var body = el("div", "body");
    if (ev.status_word || ev.conflict || v.key || v.edited || v.hidden) {
      var badges = el("p", "badges");
      if (v.hidden) badges.appendChild(el("span", "badge badge-hidden", "Hidden"));
      if (v.key) badges.appendChild(el("span", "badge badge-key", "Key event"));
      if (ev.status_word) badges.appendChild(el("span", "badge badge-" + ev.status, ev.status_word));
      if (ev.conflict) badges.appendChild(el("span", "badge badge-conflict", "Dates differ"));
      if (v.edited) badges.appendChild(el("span", "badge badge-edited", "Edited"));
      body.appendChild(badges);
    }
    var summary = el("button", "summary", v.summary);
    summary.type = "button";
    summary.setAttribute("aria-expanded", "false");
    body.appendChild(summary);
    if (v.note) body.appendChild(el("p", "note", "Note: " + v.note));
    if (ev.conflict) {
      var conflict = el("p", "conflict");
      conflict.appendChild(el("span", "conflict-label", "Sources disagree on the date: "));
      conflict.appendChild(document.createTextNode(ev.conflict));
      body.appendChild(conflict);
    }
    var meta = el("p", "meta");
    if (ev.actors.length) {
      var who = el("span", "who");
      ev.actors.forEach(function (id) { who.appendChild(chip(id)); });
      meta.appendChild(who);
    }
    meta.appendChild(el("span", "sources",
      (ev.source_names.length > 1 ? "Sources: " : "Source: ") + ev.source_names.join(", ")));
    if (ev.light) {
      meta.appendChild(el("span", "dated-note",
        "No date in the sentence: placed on the day the article came out."));
    }
    body.appendChild(meta);
    li.appendChild(body);
    return li;
  }

  function row(ev) {
    var li = rows.get(ev.id);
    if (!li) {
      li = buildRow(ev);
      rows.set(ev.id, li);
    }
    return li;
  }

  // The quoted sentence, with the words that gave the date marked.
  function quoteNode(source) {
    var q = el("blockquote");
    var text = source.quote;
    var at = source.time_text ? text.indexOf(source.time_text) : -1;
    if (at < 0 && source.time_text) at = text.toLowerCase().indexOf(source.time_text.toLowerCase());
    if (at < 0) {
      q.textContent = text;
    } else {
      q.appendChild(document.createTextNode(text.slice(0, at)));
      q.appendChild(el("mark", null, text.slice(at, at + source.time_text.length)));
      q.appendChild(document.createTextNode(text.slice(at + source.time_text.length)));
    }
    return q;
  }

  function buildDetails(ev) {
    var box = el("div", "details");
    box.appendChild(el("h4", null, ev.sources.length > 1
      ? "What the " + ev.sources.length + " sources say" : "What the source says"));
    ev.sources.forEach(function (s) {
      var fig = el("figure", "quote");
      fig.appendChild(quoteNode(s));
      var cap = el("figcaption");
      var art = articles[s.article] || { title: s.article, source: "", published: "" };
      cap.appendChild(document.createTextNode(s.part === "title" ? "The headline of " : "From "));
      cap.appendChild(el("cite", null, art.title));
      if (art.source) cap.appendChild(document.createTextNode(", " + art.source));
      if (art.published) cap.appendChild(document.createTextNode(", published " + art.published));
      if (s.time_text) {
        cap.appendChild(document.createTextNode(". Date read from "));
        cap.appendChild(el("q", null, s.time_text));
      }
      fig.appendChild(cap);
      box.appendChild(fig);
    });
    box.appendChild(editTools(ev));
    return box;
  }

  /* ---------- the teacher's edits ---------- */

  function tool(text, action, pressed) {
    var b = el("button", "tool", text);
    b.type = "button";
    b.dataset.edit = action;
    if (pressed !== undefined) b.setAttribute("aria-pressed", pressed ? "true" : "false");
    return b;
  }

  function field(form, label, name, type, value) {
    var wrap = el("label", "edit-field");
    wrap.appendChild(el("span", null, label));
    var input = el(type === "textarea" ? "textarea" : "input");
    if (type !== "textarea") input.type = type;
    input.name = name;
    input.value = value || "";
    if (type === "textarea") input.rows = name === "summary" ? 2 : 3;
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  }

  function editTools(ev) {
    var v = edits.view(ev);
    var box = el("div", "edit-tools");
    var bar = el("p", "edit-buttons");
    bar.appendChild(tool(v.key ? "Key event (unmark)" : "Mark as key event", "key", v.key));
    bar.appendChild(tool(v.hidden ? "Show this event again" : "Hide this event", "hide"));
    var open = tool("Correct it or add a note", "open");
    open.setAttribute("aria-expanded", "false");
    bar.appendChild(open);
    var link = el("a", "event-link", "Link to this event");
    link.href = "#event=" + encodeURIComponent(ev.id);
    bar.appendChild(link);
    box.appendChild(bar);
    var form = el("form", "edit-form");
    form.hidden = true;
    form.setAttribute("aria-label", "Correct this event");
    field(form, "What happened", "summary", "textarea", v.summary);
    var dates = el("div", "edit-dates");
    field(dates, "From (day)", "start", "date", v.start);
    field(dates, "To (day)", "end", "date", v.end);
    form.appendChild(dates);
    field(form, "Your note (shown under the event)", "note", "textarea", v.note);
    var problem = el("p", "edit-problem");
    problem.setAttribute("role", "alert");
    form.appendChild(problem);
    var actions = el("p", "edit-actions");
    var keep = el("button", "plain", "Keep these changes");
    keep.type = "submit";
    actions.appendChild(keep);
    actions.appendChild(tool("Cancel", "cancel"));
    form.appendChild(actions);
    box.appendChild(form);
    return box;
  }

  function openForm(li, open) {
    var form = li.querySelector(".edit-form");
    if (!form) return;
    form.hidden = !open;
    li.querySelector("[data-edit=open]").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) form.querySelector("textarea").focus();
  }

  function submitForm(form) {
    var id = form.closest("li.event").dataset.id;
    var start = form.elements.start.value, end = form.elements.end.value;
    if (start && end && end < start) {
      form.querySelector(".edit-problem").textContent = "The end comes before the start.";
      return;
    }
    var ev = byId.get(id);
    var v = edits.view(ev);
    var change = { summary: form.elements.summary.value, note: form.elements.note.value };
    // Dates count as corrected only when changed, so the event keeps its own words otherwise.
    if (start !== v.start || end !== v.end) { change.start = start || null; change.end = end || null; }
    edits.change(id, change);
    var summary = rows.get(id) && rows.get(id).querySelector(".summary");
    if (summary) summary.focus();
  }

  function updateEditsBar() {
    var n = edits.count();
    var bar = document.getElementById("edits-bar");
    bar.hidden = n === 0;
    document.body.classList.toggle("has-edits", n > 0);
    document.getElementById("edits-count").textContent =
      "You have changed " + n + (n === 1 ? " event." : " events.");
    var hidden = edits.hiddenCount();
    var toggle = document.getElementById("show-hidden");
    toggle.hidden = hidden === 0;
    toggle.textContent = state.showHidden ? "Leave hidden events out" : "Show hidden events (" + hidden + ")";
    toggle.setAttribute("aria-pressed", state.showHidden ? "true" : "false");
    var anyKey = events.some(function (ev) { return edits.view(ev).key; });
    document.getElementById("key-only-label").hidden = !anyKey && !state.keyOnly;
  }

  edits.onChange(function (id) {
    if (id) {
      rows.delete(id);
      haystack(byId.get(id));
    } else {
      rows.clear();
      events.forEach(haystack);
    }
    var keep = state.selected;
    refresh(id || keep);
    if (keep) {
      var open = rows.get(keep) && rows.get(keep).isConnected;
      state.selected = null;
      if (open) select(keep);
      else { if (axis) axis.select(null); writeHash(); }
    }
    updateEditsBar();
  });

  /* ---------- lazy list ---------- */

  function newsLine() {
    var li = el("li", "news-line");
    li.appendChild(el("span", null, "The newest article is from " + DATA.news_until +
      ". Below this line: what was planned or expected then."));
    return li;
  }

  /* The rows to draw for the shown events: [{kind: "background"|"event"|"more", ...}]. */
  function plan() {
    var out = [];
    var background = shown.filter(function (ev) { return ev.background; });
    var core = shown.filter(function (ev) { return !ev.background; });
    var crowded = DATA.events.length >= DATA.config.collapse_from;
    if (background.length) {
      out.push({ kind: "background", n: background.length });
      if (state.background) background.forEach(function (ev) { out.push({ kind: "event", ev: ev }); });
    }
    for (var i = 0; i < core.length;) {
      var day = core[i].day, j = i + 1;
      if (day) while (j < core.length && core[j].day === day) j++;
      var run = core.slice(i, j);
      if (crowded && run.length >= DAY_COLLAPSE && !openDays.has(day)) {
        var top = run.slice().sort(function (x, y) { return y.salience - x.salience; })
          .slice(0, DAY_SHOW);
        run.forEach(function (ev) { if (top.indexOf(ev) >= 0) out.push({ kind: "event", ev: ev }); });
        out.push({ kind: "more", day: day, n: run.length - DAY_SHOW, date: run[0].date,
          total: run.length, next: run.filter(function (ev) { return top.indexOf(ev) < 0; })[0].id });
      } else {
        run.forEach(function (ev) { out.push({ kind: "event", ev: ev }); });
      }
      i = j;
    }
    return out;
  }

  function backgroundRow(item) {
    var li = el("li", "era");
    var b = el("button", "era-toggle", (state.background ? "Hide the background" : "Show the background") +
      ": " + item.n + (item.n === 1 ? " event" : " events") +
      (DATA.background_before ? " from before " + DATA.background_before : " from long before the articles"));
    b.type = "button";
    b.setAttribute("aria-expanded", state.background ? "true" : "false");
    b.dataset.era = "background";
    li.appendChild(el("h3", null, "Background"));
    li.appendChild(b);
    return li;
  }

  function moreRow(item) {
    var li = el("li", "more-row");
    var b = el("button", "more-toggle", "Show " + item.n + " more events of " + item.date +
      " (" + item.total + " in all)");
    b.type = "button";
    b.dataset.day = item.day;
    b.dataset.next = item.next;
    li.appendChild(b);
    return li;
  }

  function appendRows(n) {
    var frag = document.createDocumentFragment();
    var end = Math.min(position + n, planned.length);
    for (; position < end; position++) {
      var item = planned[position];
      if (item.kind === "background") { frag.appendChild(backgroundRow(item)); continue; }
      if (item.kind === "more") { frag.appendChild(moreRow(item)); continue; }
      var ev = item.ev;
      if (ev.after_news && !passedNews) {
        frag.appendChild(newsLine());
        passedNews = true;
      }
      if (ev.heading !== lastHeading) {
        var h = el("li", "heading");
        h.appendChild(el("h3", null, ev.heading));
        frag.appendChild(h);
        lastHeading = ev.heading;
      }
      frag.appendChild(row(ev));
    }
    list.appendChild(frag);
  }

  function finished() {
    if (stats.allRendered === undefined) stats.allRendered = performance.now() - stats.start;
    list.dataset.complete = "true";
  }

  function continueRendering(token) {
    if (position >= planned.length) { finished(); return; }
    idle(function () {
      if (token !== renderToken) return;
      appendRows(config.chunk);
      continueRendering(token);
    });
  }

  function render() {
    var token = ++renderToken;
    planned = plan();
    list.textContent = "";
    list.dataset.complete = "false";
    position = 0;
    lastHeading = null;
    passedNews = false;
    if (!shown.length) {
      list.appendChild(el("li", "empty", events.length
        ? "No events match. Try another word, or show all events."
        : "No dated events were found in these articles."));
    }
    appendRows(config.first_chunk);
    continueRendering(token);
  }

  function renderAll() {
    renderToken++;
    appendRows(planned.length);
    finished();
  }

  /* Draw rows until the event's row is in the list (it must be in the plan). */
  function renderUntil(id) {
    var li = rows.get(id);
    while (!(li && li.isConnected) && position < planned.length) {
      appendRows(config.chunk);
      li = rows.get(id);
    }
    if (position >= planned.length) finished();
    return li && li.isConnected ? li : null;
  }

  /* Make an event part of the plan: open the background or its day, or drop the filters
     that leave it out. */
  function reveal(id) {
    var ev = byId.get(id);
    if (!ev) return null;
    var refiltered = shown.indexOf(ev) < 0;
    if (refiltered) {
      state.query = ""; search.value = "";
      state.actor = ""; actorFilter.value = "";
      state.keyOnly = false; keyOnly.checked = false;
      if (ev.light) { state.light = true; if (showLight) showLight.checked = true; }
      if (edits.view(ev).hidden) state.showHidden = true;
      computeShown();
      updateCount();
      updateEditsBar();
    }
    var li = rows.get(id);
    if (!refiltered && li && li.isConnected) return li;     // already drawn: nothing to open
    if (ev.background) state.background = true;
    if (ev.day) openDays.add(ev.day);
    if (!refiltered && planned.some(function (p) { return p.ev === ev; })) return renderUntil(id);
    render();
    return renderUntil(id);
  }

  /* Re-plan and redraw, keeping the row of ``anchor`` (or the first row in view) where it
     was on the screen. */
  function refresh(anchor) {
    var before = anchor && rows.get(anchor) && rows.get(anchor).isConnected
      ? rows.get(anchor).getBoundingClientRect().top : null;
    computeShown();
    render();
    updateCount();
    var li = anchor ? renderUntil(anchor) : null;
    if (li && before !== null) window.scrollBy(0, li.getBoundingClientRect().top - before);
  }

  /* ---------- filters ---------- */

  function updateCount() {
    var background = events.filter(function (ev) { return ev.background; }).length;
    var core = events.length - background;
    count.textContent = shown.length === events.length
      ? core + (core === 1 ? " event" : " events") +
        (background ? ", " + background + " more in the background" : "")
      : "Showing " + shown.length + " of " + events.length + " events";
    var filtered = state.query || state.actor || state.keyOnly || !state.light;
    clearButton.hidden = !filtered;
    if (state.actor) {
      filterNote.hidden = false;
      filterNote.textContent = "Only events involving " + actorName(state.actor) + ".";
    } else {
      filterNote.hidden = true;
      filterNote.textContent = "";
    }
  }

  function computeShown() {
    var words = state.query.toLowerCase().split(/\s+/).filter(Boolean);
    var actor = state.actor;
    var anyEdit = edits.count() > 0;
    shown = events.filter(function (ev) {
      if (actor && ev.actors.indexOf(actor) < 0) return false;
      if (!state.light && ev.light) return false;
      if (anyEdit || state.keyOnly) {
        var v = edits.view(ev);
        if (v.hidden && !state.showHidden) return false;
        if (state.keyOnly && !v.key) return false;
      }
      for (var i = 0; i < words.length; i++) {
        if (ev.hay.indexOf(words[i]) < 0) return false;
      }
      return true;
    });
    if (axis) axis.setItems(axisItems());
  }

  function applyFilters() {
    var t0 = performance.now();
    computeShown();
    render();
    updateCount();
    writeHash();
    stats.lastFilter = performance.now() - t0;
  }

  function setActor(id) {
    state.actor = id && actors[id] ? id : "";
    actorFilter.value = state.actor;
    applyFilters();
    if (network) {
      if (state.actor && network.body.data.nodes.get(state.actor)) network.selectNodes([state.actor]);
      else network.unselectAll();
    }
  }

  function setQuery(text) {
    state.query = text;
    if (search.value !== text) search.value = text;
    applyFilters();
  }

  function clearAll() {
    state.query = "";
    search.value = "";
    state.keyOnly = false;
    keyOnly.checked = false;
    state.light = true;
    if (showLight) showLight.checked = true;
    setActor("");
  }

  /* ---------- selecting an event ---------- */

  function select(id) {
    var previous = state.selected && rows.get(state.selected);
    if (previous) {
      previous.classList.remove("selected");
      previous.querySelector(".summary").setAttribute("aria-expanded", "false");
      var old = previous.querySelector(".details");
      if (old) old.hidden = true;
    }
    if (!id || id === state.selected) {
      state.selected = null;
      if (axis) axis.select(null);
      writeHash();
      if (network) {
        if (state.actor) network.selectNodes([state.actor]);
        else network.unselectAll();
      }
      return;
    }
    var ev = byId.get(id);
    if (!ev) return;
    var li = row(ev);
    state.selected = id;
    li.classList.add("selected");
    li.querySelector(".summary").setAttribute("aria-expanded", "true");
    var box = li.querySelector(".details");
    if (!box) {
      box = buildDetails(ev);
      li.querySelector(".body").appendChild(box);
    }
    box.hidden = false;
    if (axis) axis.select(id);
    writeHash();
    if (network) {
      // Select the event's actors and only the lines between them, not every line they have.
      var present = ev.actors.filter(function (a) { return network.body.data.nodes.get(a); });
      var among = network.body.data.edges.getIds({ filter: function (e) {
        return present.indexOf(e.from) >= 0 && present.indexOf(e.to) >= 0;
      } });
      network.setSelection({ nodes: present, edges: among }, { highlightEdges: false });
    }
  }

  /* ---------- the actor graph ---------- */

  function tipList(box, ids) {
    var ul = el("ul");
    ids.slice(0, 5).forEach(function (id) {
      var ev = byId.get(id);
      if (ev) ul.appendChild(el("li", null, ev.date + ": " + ev.summary));
    });
    box.appendChild(ul);
    if (ids.length > 5) box.appendChild(el("p", "more", "and " + (ids.length - 5) + " more"));
  }

  var eventsOf = new Map();
  events.forEach(function (ev) {
    ev.actors.forEach(function (a) {
      if (!eventsOf.has(a)) eventsOf.set(a, []);
      eventsOf.get(a).push(ev.id);
    });
  });

  function nodeTip(node) {
    var a = actors[node.id] || { name: node.label, kind_word: "", titles: [] };
    var box = el("div", "tip");
    box.appendChild(el("strong", null, a.name));
    var about = [a.kind_word].concat(a.titles).filter(Boolean).join(" · ");
    if (about) box.appendChild(el("p", null, about));
    var ids = eventsOf.get(node.id) || [];
    box.appendChild(el("p", null, "In " + ids.length + (ids.length === 1 ? " event:" : " events:")));
    tipList(box, ids);
    box.appendChild(el("p", "more", "Click to see only these events."));
    return box;
  }

  function edgeTip(edge) {
    var box = el("div", "tip");
    box.appendChild(el("strong", null, actorName(edge.from) + " and " + actorName(edge.to)));
    var n = edge.events.length;
    box.appendChild(el("p", null, "Together in " + n + (n === 1 ? " event:" : " events:")));
    tipList(box, edge.events);
    return box;
  }

  function drawGraph() {
    var container = document.getElementById("graph");
    if (!container || typeof vis === "undefined") return;
    var t0 = performance.now();
    var nodes = new vis.DataSet(DATA.graph.nodes.map(function (n) {
      return Object.assign({}, n, { title: nodeTip(n) });
    }));
    var edges = new vis.DataSet(DATA.graph.edges.map(function (e, i) {
      return Object.assign({ id: "edge-" + i }, e, { title: edgeTip(e) });
    }));
    network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.graph.options);
    window.timelineGraph = network;
    // The graph has no keyboard use (the who's-who list below is its keyboard path), so
    // Tab skips vis's focusable frame.
    Array.prototype.forEach.call(container.querySelectorAll("[tabindex]"), function (n) {
      n.tabIndex = -1;
    });
    network.once("stabilizationIterationsDone", function () {
      if (config.settle) network.setOptions({ physics: false });
      stats.graphSettled = performance.now() - t0;
      // fit() frames the nodes but not their labels; step back a little so names show whole.
      network.fit({ animation: false });
      network.moveTo({ scale: network.getScale() * 0.92, animation: false });
      // In a crowded graph only the most involved are named; size their names for the
      // zoom the graph was fitted at (vis caps them at maxVisible when zooming in).
      var scale = network.getScale();
      var named = DATA.graph.nodes.filter(function (n) { return n.labelled; }).map(function (n) {
        return { id: n.id, font: { size: Math.round(15 / scale) }, widthConstraint: false };
      });
      if (named.length) nodes.update(named);
      container.dataset.settled = "true";
    });
    network.once("stabilized", function () {
      stats.graphStabilized = performance.now() - t0;
    });
    network.on("click", function (params) {
      if (params.nodes.length) setActor(params.nodes[0]);
    });
    network.on("hoverNode", function () { container.style.cursor = "pointer"; });
    network.on("blurNode", function () { container.style.cursor = ""; });
    if (!DATA.graph.nodes.length) {
      // Nothing to stabilize, so vis sends no event: the graph is settled as it is.
      container.appendChild(el("p", "graph-empty", "No people or groups were found in these events."));
      stats.graphSettled = performance.now() - t0;
      container.dataset.settled = "true";
    }
  }

  /* ---------- wiring ---------- */

  /* Scroll so the row's top is just under the sticky controls (when they stick). */
  function scrollToRow(li) {
    var controls = document.querySelector(".controls");
    var cover = controls && getComputedStyle(controls).position === "sticky"
      ? controls.getBoundingClientRect().height : 0;
    window.scrollTo(0, window.scrollY + li.getBoundingClientRect().top - cover - 12);
  }

  /* Open an event: make it part of the list, draw it, open its details, scroll to it. */
  function goTo(id, focus) {
    var li = reveal(id);
    if (!li) return;
    if (state.selected !== id) select(id);
    scrollToRow(li);
    if (focus) li.querySelector(".summary").focus({ preventScroll: true });
  }

  /* ---------- the time axis ---------- */

  var axis = null;

  function axisItems() {
    return shown.filter(function (ev) { return !ev.background; }).map(function (ev) {
      var v = edits.view(ev);
      var item = { id: ev.id, t0: ev.t0, t1: ev.t1, fuzzy: ev.fuzzy, conflict: !!ev.conflict,
        status: ev.status, light: ev.light, key: v.key, label: v.date + ": " + v.summary,
        text: v.summary };
      if (v.redated) {
        item.t0 = dayNumber(v.start);
        item.t1 = dayNumber(v.end) + 1;
      }
      return item;
    }).sort(function (a, b) { return a.t0 - b.t0; });
  }

  function dayNumber(iso) {
    var p = iso.split("-").map(Number);
    var t = new Date(0);
    t.setUTCFullYear(p[0], p[1] - 1, p[2]);
    return Math.round(t.getTime() / 86400000);
  }

  function setUpAxis() {
    var container = document.getElementById("axis");
    if (!container || !window.TimelineAxis) return;
    var marks = [];
    if (DATA.axis_news !== undefined && DATA.axis_news !== null) {
      marks.push({ day: DATA.axis_news, label: "newest article" });
    }
    axis = new window.TimelineAxis(container, {
      extent: DATA.axis.extent, initial: DATA.axis.initial, marks: marks,
      status: document.getElementById("axis-status"),
      onPick: function (id) { goTo(id, true); }
    });
    window.timelineAxis = axis;
    axis.setItems(axisItems());
    document.getElementById("axis-in").addEventListener("click", function () { axis.zoom(0.6); });
    document.getElementById("axis-out").addEventListener("click", function () { axis.zoom(1 / 0.6); });
    document.getElementById("axis-fit").addEventListener("click", function () { axis.fit(); });
  }

  /* ---------- links to a view (the URL hash) ---------- */

  function hashState() {
    var params = new URLSearchParams();
    if (state.query) params.set("q", state.query);
    if (state.actor) params.set("actor", state.actor);
    if (state.keyOnly) params.set("key", "1");
    if (state.selected) params.set("event", state.selected);
    return params.toString();
  }

  var reading = false;

  function writeHash() {
    if (reading) return;
    var h = hashState();
    viewLink.href = "#" + h;
    try {
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    } catch (e) { /* some browsers refuse on file: pages; the link still carries the view */ }
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    reading = true;
    state.query = params.get("q") || "";
    search.value = state.query;
    state.keyOnly = params.get("key") === "1";
    keyOnly.checked = state.keyOnly;
    setActor(params.get("actor") || "");
    reading = false;
    var id = params.get("event");
    if (id && byId.has(id)) goTo(id, false);
    else if (state.selected) select(null);
    writeHash();
    updateEditsBar();
  }

  list.addEventListener("click", function (e) {
    var target = e.target.closest("button, a");
    if (!target || !list.contains(target)) return;
    if (target.dataset.actor) { setActor(target.dataset.actor); return; }
    var li = target.closest("li.event");
    if (target.classList.contains("summary")) { select(li.dataset.id); return; }
    if (target.dataset.era) {
      state.background = !state.background;
      refresh(null);
      var toggle = list.querySelector("[data-era]");
      if (toggle) toggle.focus();
      return;
    }
    if (target.dataset.day) {
      openDays.add(target.dataset.day);
      var next = target.dataset.next;
      refresh(null);
      var shownRow = renderUntil(next);
      if (shownRow) shownRow.querySelector(".summary").focus();
      return;
    }
    if (target.classList.contains("event-link")) {
      e.preventDefault();
      goTo(li.dataset.id, false);
      return;
    }
    var action = target.dataset.edit;
    if (!action || !li) return;
    var id = li.dataset.id, v = edits.view(byId.get(id));
    if (action === "key") edits.change(id, { key: !v.key });
    else if (action === "hide") edits.change(id, { hidden: !v.hidden });
    else if (action === "open") openForm(li, li.querySelector(".edit-form").hidden);
    else if (action === "cancel") { openForm(li, false); li.querySelector("[data-edit=open]").focus(); }
  });
  list.addEventListener("submit", function (e) {
    e.preventDefault();
    submitForm(e.target);
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape" || e.target === search) return;
    var form = e.target.closest && e.target.closest(".edit-form");
    if (form) {
      var li = form.closest("li.event");
      openForm(li, false);
      li.querySelector("[data-edit=open]").focus();
      return;
    }
    if (state.selected) {
      var id = state.selected;
      select(null);
      var r = rows.get(id);
      if (r && r.isConnected) r.querySelector(".summary").focus();
    }
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest(".whos-who button[data-actor]");
    if (b) setActor(b.dataset.actor);
  });
  search.addEventListener("input", function () { setQuery(search.value); });
  search.addEventListener("keydown", function (e) { if (e.key === "Escape") setQuery(""); });
  actorFilter.addEventListener("change", function () { setActor(actorFilter.value); });
  clearButton.addEventListener("click", clearAll);
  keyOnly.addEventListener("change", function () { state.keyOnly = keyOnly.checked; applyFilters(); });
  if (showLight) {
    showLight.addEventListener("change", function () { state.light = showLight.checked; applyFilters(); });
  }
  document.getElementById("save-edits").addEventListener("click", function () { edits.save(); });
  // Undo asks twice (a second click within a few seconds), without a dialog box.
  var undoButton = document.getElementById("undo-edits");
  var undoArmed = null;
  undoButton.addEventListener("click", function () {
    if (undoArmed) {
      window.clearTimeout(undoArmed);
      undoArmed = null;
      undoButton.textContent = "Undo all changes";
      edits.clear();
      return;
    }
    undoButton.textContent = "Click again to undo all your changes";
    undoArmed = window.setTimeout(function () {
      undoArmed = null;
      undoButton.textContent = "Undo all changes";
    }, 5000);
  });
  document.getElementById("show-hidden").addEventListener("click", function () {
    state.showHidden = !state.showHidden;
    refresh(null);
    updateEditsBar();
  });
  // The small exports are in the page (#embedded-exports, parsed after the scripts): a
  // download link takes its file from there, so it works when index.html travels alone.
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-export]");
    if (!a || a.dataset.ready) return;
    var block = document.getElementById("embedded-exports");
    var embedded = block ? JSON.parse(block.textContent) : {};
    if (embedded[a.dataset.export]) a.href = embedded[a.dataset.export];
    a.dataset.ready = "true";
  });
  window.addEventListener("hashchange", readHash);
  window.addEventListener("beforeprint", renderAll);

  setUpAxis();
  computeShown();
  if (location.hash.length > 1) readHash();
  else { render(); updateCount(); writeHash(); }
  updateEditsBar();
  stats.firstRender = performance.now() - stats.start;
  // Draw the graph in a task of its own, so the first rows are painted before it starts.
  window.setTimeout(drawGraph, 0);

  window.timelineApp = {
    stats: stats,
    setActor: setActor,
    setQuery: setQuery,
    select: select,
    clear: clearAll,
    renderAll: renderAll,
    goTo: goTo,
    edits: edits,
    shownIds: function () { return shown.map(function (ev) { return ev.id; }); },
    plannedIds: function () {
      return planned.filter(function (p) { return p.kind === "event"; }).map(function (p) { return p.ev.id; });
    },
    state: function () {
      return { query: state.query, actor: state.actor, selected: state.selected, keyOnly: state.keyOnly };
    }
  };
})();
