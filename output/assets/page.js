/* The timeline page's behaviour: lazy list, search, actor filter, details, actor graph.
 *
 * All data comes from the JSON block #timeline-data (written with Jinja's |tojson).
 * Everything taken from an article reaches the DOM as text (textContent, text nodes,
 * option labels): nothing here assigns innerHTML, so markup in an article stays text.
 *
 * Rows are rendered lazily: the first chunk at once, the rest in idle moments, so a page
 * of thousands of events is usable at once and search only filters an array.
 * window.timelineApp and window.timelineGraph are exposed for tests and benchmarks.
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

  var state = { query: "", actor: "", selected: null };
  var rows = new Map();
  var byId = new Map();
  var shown = events;
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

  // What search looks through: summary, date, names, sources and the quoted sentences.
  events.forEach(function (ev) {
    byId.set(ev.id, ev);
    var parts = [ev.summary, ev.date, ev.weekday, ev.status_word, ev.conflict];
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
  });

  /* ---------- rows ---------- */

  function chip(id) {
    var b = el("button", "chip", actorName(id));
    b.type = "button";
    b.dataset.actor = id;
    b.title = "Show only events involving " + actorName(id);
    return b;
  }

  function buildRow(ev) {
    var li = el("li", "event status-" + ev.status + (ev.conflict ? " has-conflict" : ""));
    li.dataset.id = ev.id;
    var when = el("div", "when");
    when.appendChild(el("span", "date", ev.date));
    if (ev.weekday) when.appendChild(el("span", "weekday", ev.weekday));
    li.appendChild(when);
    li.appendChild(el("div", "rail"));
    var body = el("div", "body");
    if (ev.status_word || ev.conflict) {
      var badges = el("p", "badges");
      if (ev.status_word) badges.appendChild(el("span", "badge badge-" + ev.status, ev.status_word));
      if (ev.conflict) badges.appendChild(el("span", "badge badge-conflict", "Dates differ"));
      body.appendChild(badges);
    }
    var summary = el("button", "summary", ev.summary);
    summary.type = "button";
    summary.setAttribute("aria-expanded", "false");
    body.appendChild(summary);
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
      cap.appendChild(document.createTextNode("From "));
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
    return box;
  }

  /* ---------- lazy list ---------- */

  function newsLine() {
    var li = el("li", "news-line");
    li.appendChild(el("span", null, "The newest article is from " + DATA.news_until +
      ". Below this line: what was planned or expected then."));
    return li;
  }

  function appendRows(n) {
    var frag = document.createDocumentFragment();
    var end = Math.min(position + n, shown.length);
    for (; position < end; position++) {
      var ev = shown[position];
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
    if (position >= shown.length) { finished(); return; }
    idle(function () {
      if (token !== renderToken) return;
      appendRows(config.chunk);
      continueRendering(token);
    });
  }

  function render() {
    var token = ++renderToken;
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
    appendRows(shown.length);
    finished();
  }

  /* ---------- filters ---------- */

  function updateCount() {
    count.textContent = shown.length === events.length
      ? events.length + (events.length === 1 ? " event" : " events")
      : "Showing " + shown.length + " of " + events.length + " events";
    var filtered = state.query || state.actor;
    clearButton.hidden = !filtered;
    if (state.actor) {
      filterNote.hidden = false;
      filterNote.textContent = "Only events involving " + actorName(state.actor) + ".";
    } else {
      filterNote.hidden = true;
      filterNote.textContent = "";
    }
  }

  function applyFilters() {
    var t0 = performance.now();
    var words = state.query.toLowerCase().split(/\s+/).filter(Boolean);
    var actor = state.actor;
    shown = events.filter(function (ev) {
      if (actor && ev.actors.indexOf(actor) < 0) return false;
      for (var i = 0; i < words.length; i++) {
        if (ev.hay.indexOf(words[i]) < 0) return false;
      }
      return true;
    });
    render();
    updateCount();
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
      if (network) {
        if (state.actor) network.selectNodes([state.actor]);
        else network.unselectAll();
      }
      return;
    }
    var ev = byId.get(id);
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

  list.addEventListener("click", function (e) {
    var target = e.target.closest("button");
    if (!target || !list.contains(target)) return;
    if (target.dataset.actor) { setActor(target.dataset.actor); return; }
    if (target.classList.contains("summary")) select(target.closest("li.event").dataset.id);
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest(".whos-who button[data-actor]");
    if (b) setActor(b.dataset.actor);
  });
  search.addEventListener("input", function () { setQuery(search.value); });
  search.addEventListener("keydown", function (e) { if (e.key === "Escape") setQuery(""); });
  actorFilter.addEventListener("change", function () { setActor(actorFilter.value); });
  clearButton.addEventListener("click", clearAll);
  window.addEventListener("beforeprint", renderAll);

  render();
  updateCount();
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
    shownIds: function () { return shown.map(function (ev) { return ev.id; }); },
    state: function () { return { query: state.query, actor: state.actor, selected: state.selected }; }
  };
})();
