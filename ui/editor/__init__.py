"""The open draft as the window edits it (``session.DraftSession``)."""
