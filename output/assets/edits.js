/* The teacher's corrections: hide an event, correct its date or summary, mark it as key,
 * add a note; "Save my edits" downloads them as edits.json, which
 * `timeline build ... --edits edits.json` applies when rebuilding:
 *
 *   {"schema": "timeline-edits/1",
 *    "events": {"<event id>": {"hidden": true} | any of "start", "end", "summary", "note", "key"}}
 *
 * Event ids are those of events.json. Edits are kept in this browser (localStorage, per
 * page) until saved, so closing the tab loses nothing. A field set back to the event's own
 * value is dropped, so the file holds only real changes. Text stays text: values reach the
 * page through textContent and input values only.
 */
(function () {
  "use strict";

  var SCHEMA = "timeline-edits/1";
  var FIELDS = ["end", "hidden", "key", "note", "start", "summary"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  /* A span of days in the page's words: "12 Oct 2022", "8-9 Oct 2022" (as output/dates.py). */
  function dayRange(start, end) {
    var a = ISO_DAY.exec(start), b = ISO_DAY.exec(end || start);
    if (!a || !b) return start;
    function day(m, year) {
      return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + (year ? " " + Number(m[1]) : "");
    }
    if (start === (end || start)) return day(a, true);
    if (a[1] !== b[1]) return day(a, true) + " \u2013 " + day(b, true);
    if (a[2] !== b[2]) return day(a, false) + " \u2013 " + day(b, true);
    return Number(a[3]) + "\u2013" + day(b, true);
  }

  /* A day number (days since 1 Jan 1970, as output/view.py writes t0 and t1) as an ISO day. */
  function isoDay(day) {
    var d = new Date(day * 86400000);
    var y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, n = d.getUTCDate();
    return ("000" + y).slice(-4) + "-" + (m < 10 ? "0" : "") + m + "-" + (n < 10 ? "0" : "") + n;
  }

  /* The event's own value of an edit field (before any edit). */
  function original(ev, field) {
    if (field === "hidden") return false;
    if (field === "key") return !!ev.key;
    if (field === "note") return ev.note || "";
    if (field === "start") return isoDay(ev.t0);
    if (field === "end") return isoDay(ev.t1 - 1);
    return ev[field];
  }

  function Edits(events, storageKey) {
    this.events = events;          // Map id -> event
    this.key = storageKey;
    this.edits = {};
    this.listeners = [];
    this.load();
  }

  Edits.prototype.load = function () {
    var stored = null;
    try { stored = JSON.parse(window.localStorage.getItem(this.key) || "null"); } catch (e) { stored = null; }
    if (!stored || stored.schema !== SCHEMA || typeof stored.events !== "object") return;
    var self = this;
    Object.keys(stored.events).forEach(function (id) {
      var ev = self.events.get(id), edit = stored.events[id];
      if (!ev || !edit || typeof edit !== "object") return;
      FIELDS.forEach(function (f) { if (f in edit) self.put(id, f, edit[f]); });
    });
  };

  Edits.prototype.store = function () {
    try {
      if (this.count()) window.localStorage.setItem(this.key, JSON.stringify(this.data()));
      else window.localStorage.removeItem(this.key);
    } catch (e) { /* storage may be off (private window); the edits still work until closed */ }
  };

  /* Set one field without telling anyone; a value equal to the event's own is dropped. */
  Edits.prototype.put = function (id, field, value) {
    var ev = this.events.get(id);
    if (!ev || FIELDS.indexOf(field) < 0) return;
    if (typeof value === "string") value = value.trim();
    var edit = this.edits[id] || {};
    if (value === null || value === undefined || value === original(ev, field) ||
        (field === "hidden" && !value) || (field !== "note" && field !== "key" && field !== "hidden" && value === "")) {
      delete edit[field];
    } else {
      edit[field] = value;
    }
    if (Object.keys(edit).length) this.edits[id] = edit;
    else delete this.edits[id];
  };

  /* Change several fields of an event at once ({field: value}), then store and notify. */
  Edits.prototype.change = function (id, fields) {
    var self = this;
    Object.keys(fields).forEach(function (f) { self.put(id, f, fields[f]); });
    // A corrected date is saved whole (start and end), so the rebuild needs no guess.
    var edit = this.edits[id], ev = this.events.get(id);
    if (edit && (edit.start || edit.end)) {
      var end = original(ev, "end");
      edit.start = edit.start || original(ev, "start");
      edit.end = edit.end || (end < edit.start ? edit.start : end);
    }
    this.store();
    this.listeners.forEach(function (fn) { fn(id); });
  };

  Edits.prototype.onChange = function (fn) { this.listeners.push(fn); };

  Edits.prototype.get = function (id) { return this.edits[id] || {}; };

  Edits.prototype.count = function () { return Object.keys(this.edits).length; };

  Edits.prototype.hiddenCount = function () {
    var self = this;
    return Object.keys(this.edits).filter(function (id) { return self.edits[id].hidden; }).length;
  };

  Edits.prototype.clear = function () {
    this.edits = {};
    this.store();
    this.listeners.forEach(function (fn) { fn(null); });
  };

  /* What the page shows for an event, edits applied. */
  Edits.prototype.view = function (ev) {
    var edit = this.get(ev.id);
    var start = edit.start || original(ev, "start"), end = edit.end || original(ev, "end");
    if (end < start) end = start;
    return {
      summary: edit.summary || ev.summary,
      date: edit.start || edit.end ? dayRange(start, end) : ev.date,
      start: start,
      end: end,
      redated: !!(edit.start || edit.end),
      note: "note" in edit ? edit.note : (ev.note || ""),
      key: "key" in edit ? edit.key : !!ev.key,
      hidden: !!edit.hidden,
      edited: !!this.edits[ev.id] || !!ev.edited
    };
  };

  /* edits.json as data: sorted ids and fields, so the same edits give the same file. */
  Edits.prototype.data = function () {
    var self = this, events = {};
    Object.keys(this.edits).sort().forEach(function (id) {
      var edit = self.edits[id], out = {};
      if (edit.hidden) { events[id] = { hidden: true }; return; }
      Object.keys(edit).sort().forEach(function (f) { out[f] = edit[f]; });
      events[id] = out;
    });
    return { events: events, schema: SCHEMA };
  };

  /* Download edits.json. */
  Edits.prototype.save = function () {
    var text = JSON.stringify(this.data(), null, 2) + "\n";
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = "edits.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    return text;
  };

  window.TimelineEdits = { Edits: Edits, dayRange: dayRange, isoDay: isoDay, SCHEMA: SCHEMA };
})();
