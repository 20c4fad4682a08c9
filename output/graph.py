"""The actor graph: who appears with whom.

Actors are nodes; two actors are joined when they share an entry, and the edge's ``weight``
is the number of entries they share. Communities come from networkx's Louvain method with
a fixed seed, so the same timeline always gives the same groups and the same layout.

Drawing goes through pyvis, which turns the graph into vis-network's node, edge and
options data. The page does not use pyvis's own HTML: pyvis 0.3 puts titles in as HTML and
still links Bootstrap from a CDN even with ``cdn_resources="in_line"``. Instead
:func:`graph_view` hands the data to our template (through ``|tojson``), tooltips are built
in the browser as text nodes, and :func:`vis_network_js` supplies the vis-network library
that pyvis ships, to be inlined.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from itertools import combinations

import networkx as nx
from pyvis.network import Network

from events.errors import TimelineError
from timeline.models import Timeline

#: How each actor kind is drawn: colour (Okabe–Ito, safe for colour-blind readers), vis
#: shape (so kinds differ in black and white too) and the word on the legend.
KIND_STYLE = {
    "person": ("#0072B2", "dot", "Person"),
    "organization": ("#D55E00", "square", "Organization"),
    "country": ("#009E73", "diamond", "Country"),
    "group": ("#CC79A7", "triangle", "Group"),
    "other": ("#666666", "star", "Other"),
}

#: The seed of the Louvain communities and of vis-network's layout.
SEED = 7

#: Up to this many actors every name is drawn; past it only the LABEL_TOP most involved
#: are drawn large (marked ``labelled``), and the rest appear as the reader zooms in
#: (vis ``drawThreshold``).
LABEL_ALL = 60
LABEL_TOP = 20


def actor_graph(timeline: Timeline) -> nx.Graph:
    """The actor graph of a timeline.

    Nodes are the actors that appear in at least one entry, with attributes ``label``,
    ``kind``, ``mentions``, ``events`` (entries they appear in), ``aliases``, ``titles``
    (``"; "``-joined, so GEXF and GraphML can store them) and ``community`` (0 is the
    largest). Edges carry ``weight`` (shared entries) and ``events`` (their ids, space-joined).
    An actor id an entry names but the actor list lacks becomes a node of kind "other".
    """
    known = {a.id: a for a in timeline.actors}
    counts: Counter[str] = Counter()
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in timeline.entries:
        ids = sorted(set(entry.actors))
        counts.update(ids)
        for pair in combinations(ids, 2):
            shared[pair].append(entry.id)
    graph = nx.Graph()
    for actor_id in sorted(counts):
        actor = known.get(actor_id)
        graph.add_node(
            actor_id,
            label=actor.name if actor else actor_id,
            kind=actor.kind if actor and actor.kind in KIND_STYLE else "other",
            mentions=actor.mentions if actor else 0,
            events=counts[actor_id],
            aliases="; ".join(actor.aliases) if actor else "",
            titles="; ".join(t.text for t in actor.titles) if actor else "",
        )
    for (u, v), entry_ids in sorted(shared.items()):
        graph.add_edge(u, v, weight=len(entry_ids), events=" ".join(entry_ids))
    for index, members in enumerate(communities(graph)):
        for member in members:
            graph.nodes[member]["community"] = index
    return graph


def communities(graph: nx.Graph) -> list[list[str]]:
    """Louvain communities (fixed seed), largest first, ties by first member; members sorted."""
    if graph.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def initial_positions(graph: nx.Graph) -> dict[str, tuple[int, int]]:
    """A deterministic starting layout: communities on a circle, members around their centre.

    Starting from here rather than from vis-network's random spread, the physics has little
    left to do, which is what lets 300 actors settle quickly, and the same data always
    gives the same picture.
    """
    groups: dict[int, list[str]] = defaultdict(list)
    for node, data in graph.nodes(data=True):
        groups[data.get("community", 0)].append(node)
    ring = 60.0 * math.sqrt(graph.number_of_nodes()) if len(groups) > 1 else 0.0
    positions: dict[str, tuple[int, int]] = {}
    for k, index in enumerate(sorted(groups)):
        members = sorted(groups[index], key=lambda n: (-graph.nodes[n]["events"], n))
        angle = 2 * math.pi * k / len(groups)
        cx, cy = ring * math.cos(angle), ring * math.sin(angle)
        radius = 25.0 * math.sqrt(len(members)) if len(members) > 1 else 0.0
        for j, node in enumerate(members):
            a = 2 * math.pi * j / len(members)
            positions[node] = (round(cx + radius * math.cos(a)), round(cy + radius * math.sin(a)))
    return positions


def vis_options(settle: bool = True, crowded: bool = False) -> dict:
    """vis-network options: forceAtlas2 physics (hubs keep their distance, so labels
    overlap less than with barnesHut) that stabilizes before the first draw.

    With ``settle`` the page switches physics off once stabilization is done (see
    page.js), so the layout stays put; without it physics keeps running (the baseline
    that benchmarks/page.py measures against). A ``crowded`` graph (more than LABEL_ALL
    actors) gets fewer stabilization steps.
    """
    return {
        "autoResize": True,
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -120, "centralGravity": 0.01,
                                 "springLength": 140, "springConstant": 0.05,
                                 "damping": 0.5, "avoidOverlap": 1},
            "minVelocity": 1.5,
            "maxVelocity": 40,
            # Our starting layout is already grouped, so a crowded graph needs fewer steps.
            "stabilization": {"enabled": settle, "iterations": 150 if crowded else 250,
                              "updateInterval": 50, "fit": True},
        },
        "nodes": {
            "borderWidth": 1,
            "widthConstraint": {"maximum": 170},  # long names wrap instead of overlapping
            "font": {"size": 18, "face": "system-ui, sans-serif", "color": "#1a1a1a",
                     "strokeWidth": 4, "strokeColor": "#ffffff"},
            "scaling": {"min": 10, "max": 36,
                        "label": {"enabled": True, "min": 20, "max": 32, "drawThreshold": 8,
                                  "maxVisible": 30}},
        },
        "edges": {"color": {"color": "#a9b4c2", "highlight": "#1d3557", "hover": "#1d3557"},
                  "smooth": False, "scaling": {"min": 1, "max": 7},
                  "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": False,
                        "multiselect": True, "navigationButtons": False},
    }


def graph_view(graph: nx.Graph, settle: bool = True) -> dict:
    """The data the page's graph is drawn from: ``{"nodes", "edges", "options"}``.

    Built with pyvis (``Network(cdn_resources="in_line")``, ``add_node``/``add_edge``,
    ``set_options``) and taken out with ``get_network_data()``. Labels are plain strings
    drawn on a canvas; no ``title`` is passed, because the page builds tooltips as text
    nodes itself.
    """
    net = Network(cdn_resources="in_line")
    positions = initial_positions(graph)
    crowded = graph.number_of_nodes() > LABEL_ALL
    ranked = sorted(graph.nodes, key=lambda n: (-graph.nodes[n]["events"],
                                                -graph.nodes[n]["mentions"], n))
    top = set(ranked[:LABEL_TOP])
    for node, data in graph.nodes(data=True):
        color, shape, _ = KIND_STYLE[data["kind"]]
        extra = {}
        if crowded:  # page.js enlarges the "labelled" ones to stay readable once fitted
            extra = {"font": {"size": 30}, "labelled": True} if node in top else {"font": {"size": 12}}
        net.add_node(node, label=data["label"], shape=shape, color=color,
                     value=max(data["mentions"], data["events"]), kind=data["kind"],
                     community=data.get("community", 0),
                     x=positions[node][0], y=positions[node][1], **extra)
    for u, v, d in graph.edges(data=True):
        net.add_edge(u, v, value=d["weight"], events=d["events"].split())
    options = vis_options(settle, crowded)
    if crowded:
        options["nodes"]["scaling"]["label"]["enabled"] = False
    net.set_options(json.dumps(options))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    for node in nodes:
        # Set after pyvis: its add_node drops the colour of a node given a group. In vis a
        # node's own colour and shape win over its group's, so kinds still show.
        node["group"] = f"community-{node['community']}"
    return {"nodes": nodes, "edges": edges, "options": json.loads(options)}


def legend(graph: nx.Graph) -> list[dict]:
    """The kinds present in the graph, in table order: ``[{"kind", "label", "color", "shape"}]``."""
    present = {d["kind"] for _, d in graph.nodes(data=True)}
    return [{"kind": k, "label": word, "color": color, "shape": shape}
            for k, (color, shape, word) in KIND_STYLE.items() if k in present]


@cache
def vis_network_js() -> str:
    """The vis-network library pyvis ships (its newest bundled version), for inlining."""
    lib = resources.files("pyvis") / "templates" / "lib"
    found = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")),
                   key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    for folder in reversed(found):
        script = folder / "vis-network.min.js"
        if script.is_file():
            text = script.read_text(encoding="utf-8")
            # The source map isn't shipped; a reference to it would only 404 in devtools.
            text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.M)
            if "</script" in text.lower():
                raise TimelineError(f"{script}: can't be inlined (contains </script)")
            return text
    raise TimelineError(f"{lib}: pyvis ships no vis-network.min.js; reinstall pyvis")


_GEXF_DATE = re.compile(r' lastmodifieddate="[^"]*"')


def graph_gexf(graph: nx.Graph) -> bytes:
    """The graph as GEXF 1.2 for Gephi, without networkx's wall-clock date (byte-stable)."""
    text = "\n".join(nx.generate_gexf(graph)) + "\n"
    return _GEXF_DATE.sub("", text).encode("utf-8")


def graph_graphml(graph: nx.Graph) -> bytes:
    """The graph as GraphML (for Gephi, yEd, Cytoscape)."""
    return ("\n".join(nx.generate_graphml(graph)) + "\n").encode("utf-8")
