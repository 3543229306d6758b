"""Signals other apps may listen to (publications imports none of them)."""

from django.dispatch import Signal

# Sent by ``views.pdf_download`` after a report's PDF was served; arguments
# ``request``, ``report``, ``language`` and ``response`` (reach counts it).
pdf_served = Signal()
