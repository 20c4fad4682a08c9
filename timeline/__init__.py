"""Stage two: from extracted events to one merged, ordered timeline; and the CLI."""
