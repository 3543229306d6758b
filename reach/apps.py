from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "reach"
    verbose_name = _("Reach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from publications.models import ReportPage
        from publications.signals import pdf_served
        from reach.counting import count_download
        from reach.panels import ReachPanel

        # A report's PDF is served by publications' own view; it tells us
        # through a signal (publications must not import reach).
        pdf_served.connect(count_download, dispatch_uid="reach.count_download")
        # The report's reach as a read-only panel at the end of its edit
        # form. Added here rather than in publications/models (which must not
        # import reach); Wagtail builds the edit form from content_panels on
        # first use, after every app's ready().
        if not any(isinstance(panel, ReachPanel) for panel in ReportPage.content_panels):
            ReportPage.content_panels = [*ReportPage.content_panels, ReachPanel()]
