"""The editor pages, one module each (``pages.PAGES`` lists them in tab order)."""
