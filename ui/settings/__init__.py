"""The settings dialog ("Ayarlar", ``ui.settings.dialog``) and its tabs, one module per tab."""
