"""The draft library panel: a paged table model of drafts, its sorting proxy and the panel."""
