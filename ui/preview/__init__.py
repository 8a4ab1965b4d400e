"""The live preview: a debounced render controller and the views that show its output.

``PreviewController`` turns "the release changed" into one render in a worker
(compose, then PDF, HTML and text), dropping results for text the officer has
already typed over; ``PreviewPanel`` shows the latest result in four tabs.
"""

from ui.preview.controller import PreviewController, PreviewResult
from ui.preview.panel import PreviewPanel
from ui.preview.pdf_view import PdfPreview

__all__ = ["PdfPreview", "PreviewController", "PreviewPanel", "PreviewResult"]
