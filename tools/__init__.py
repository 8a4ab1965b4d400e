"""Build helpers run from the checkout (never shipped): the desktop bundle and its installers."""
