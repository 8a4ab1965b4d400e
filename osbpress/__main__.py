"""``python -m osbpress`` runs the command line."""

import sys

from osbpress.cli import main

sys.exit(main())
