"""``python -m ui``: start the desktop app (see ``ui.app.main``)."""

import sys

from ui.app import main

sys.exit(main())
