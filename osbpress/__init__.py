"""OSB Basın engine: turns the facts of an OSB event into a Turkish press release.

The engine knows no screen: everything here runs headless and never imports
Qt or the ``ui`` package (an import-linter contract checks it).
"""

import os

__version__ = "0.1.0"

# pydantic looks for plugins among the entry points of every installed
# package each time a model class is built (about 15 ms at start-up); the
# engine uses none. An explicit setting in the environment still wins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
