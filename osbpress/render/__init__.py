"""Renderers: pure functions from a Document to the bytes or text of one format."""

from osbpress.render.text import render_text

__all__ = ["render_text"]
