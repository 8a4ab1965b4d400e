"""OSB Basın engine: turns the facts of an OSB event into a Turkish press release.

The engine knows no screen: everything here runs headless and never imports
Qt or the ``ui`` package (an import-linter contract checks it).
"""

__version__ = "0.1.0"
