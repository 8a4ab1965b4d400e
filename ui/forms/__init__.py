"""The six form pages of the open draft, one module each (``pages.PAGES`` lists them in tab order)."""
