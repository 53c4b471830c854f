"""Read-only views over one or many sessions: years, comparisons, search, hints, scorecards."""
