"""The actor graph: nodes, weighted edges, communities, and the vis-network data."""
from __future__ import annotations

import dataclasses
import json

import pytest

from output.graph import (KIND_STYLE, LABEL_ALL, actor_graph, communities, graph_view,
                          initial_positions, legend, vis_network_js)


@pytest.fixture(scope="module")
def graph(example):
    return actor_graph(example)


def test_nodes_are_actors_in_entries(graph, example):
    in_entries = {a for e in example.entries for a in e.actors}
    assert set(graph.nodes) == in_entries
    assert graph.nodes["lloyd-austin"]["label"] == "Lloyd Austin"
    assert graph.nodes["lloyd-austin"]["titles"] == "US Secretary of Defense"
    assert graph.nodes["ukraine"]["events"] == 8


@pytest.mark.parametrize("u, v, weight", [
    ("ukraine", "united-states", 4),
    ("germany", "ukraine", 2),
    ("joe-biden", "volodymyr-zelensky", 1),
])
def test_edge_weight_is_shared_entries(graph, u, v, weight):
    assert graph.edges[u, v]["weight"] == weight
    assert len(graph.edges[u, v]["events"].split()) == weight


def test_no_edge_without_a_shared_entry(graph):
    assert not graph.has_edge("joe-biden", "russia")


def test_unknown_actor_becomes_other(example):
    entry = dataclasses.replace(example.entries[0], actors=("united-states", "ghost"))
    timeline = dataclasses.replace(example, entries=(entry,))
    graph = actor_graph(timeline)
    assert graph.nodes["ghost"] == {"label": "ghost", "kind": "other", "mentions": 0,
                                    "events": 1, "aliases": "", "titles": "",
                                    "community": 0}


def test_communities_are_deterministic(example, timelines):
    assert communities(actor_graph(example)) == communities(actor_graph(example))
    big = timelines.large_timeline(400, 60)
    assert communities(actor_graph(big)) == communities(actor_graph(big))


def test_communities_group_who_acts_together(graph):
    found = communities(graph)
    home = {n: i for i, c in enumerate(found) for n in c}
    assert home["joe-biden"] == home["volodymyr-zelensky"]
    assert home["jens-stoltenberg"] == home["nato"]
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)


def test_positions_are_stable_and_distinct(graph):
    first, second = initial_positions(graph), initial_positions(graph)
    assert first == second
    assert len(set(first.values())) == graph.number_of_nodes()


def test_view_nodes_have_kind_style_and_no_html_title(graph):
    view = graph_view(graph)
    node = next(n for n in view["nodes"] if n["id"] == "nato")
    assert (node["color"], node["shape"]) == KIND_STYLE["organization"][:2]
    assert "title" not in node
    assert node["group"] == f"community-{graph.nodes['nato']['community']}"
    assert all("title" not in e for e in view["edges"])
    edge = next(e for e in view["edges"] if {e["from"], e["to"]} == {"ukraine", "united-states"})
    assert edge["value"] == 4 and len(edge["events"]) == 4


@pytest.mark.parametrize("settle", [True, False])
def test_view_options_stabilize_with_fixed_seed(graph, settle):
    options = graph_view(graph, settle=settle)["options"]
    assert options["physics"]["stabilization"]["enabled"] is settle
    assert options["layout"]["randomSeed"] == 7
    assert options["edges"]["smooth"] is False


def test_view_is_json_stable(graph):
    assert json.dumps(graph_view(graph), sort_keys=True) == json.dumps(graph_view(graph), sort_keys=True)


def test_crowded_graph_labels_only_the_most_involved(timelines):
    graph = actor_graph(timelines.large_timeline(600, 120))
    assert graph.number_of_nodes() > LABEL_ALL
    view = graph_view(graph)
    labelled = [n for n in view["nodes"] if n.get("labelled")]
    assert len(labelled) == 20
    assert {n["font"]["size"] for n in view["nodes"] if not n.get("labelled")} == {12}
    assert view["options"]["nodes"]["scaling"]["label"]["enabled"] is False


def test_legend_lists_kinds_present(graph):
    assert [item["label"] for item in legend(graph)] == ["Person", "Organization", "Country",
                                                         "Group"]


def test_vis_network_is_inlinable():
    js = vis_network_js()
    assert "vis-network" in js[:400]
    assert "</script" not in js.lower()
