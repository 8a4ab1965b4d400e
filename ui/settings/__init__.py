"""The tabs of the settings dialog (``ui.dialogs.settings``), one module per tab."""
