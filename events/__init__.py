"""Stage one: from article text to dated events (ingest, temporal, actors, extract).

This package imports nothing from ``timeline`` or ``output``.
"""
