"""The "Kontrol" panel: the release checklist beside the editor, run off the UI thread.

``ChecksRunner`` runs ``osbpress.checks.check`` in a worker whenever the
release changes; ``ChecksPanel`` lists the findings and, when one is
clicked, says which field to focus; ``confirm_export`` asks before an
export that still has hata findings.
"""
