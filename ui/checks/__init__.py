"""The "Kontrol" panel: the release checklist beside the editor.

The findings come with each snapshot of the open draft (``ui.pipeline``
checks every text it composes); ``ChecksPanel`` lists them and, when one is
clicked, says which field to focus; ``confirm_then`` asks before an export
that still has hata findings.
"""
