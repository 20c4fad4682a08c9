"""Stage three: from a timeline to what people look at (page, graph, exports)."""
