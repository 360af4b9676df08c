"""Session stores and the programme database (filled in as the modules land)."""
