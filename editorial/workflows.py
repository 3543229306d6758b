"""Reports go through the "Report review" workflow (submit for review → approve).

The workflow is created by a migration; a new library page gets it here, once,
when it is created. Administrators can assign it elsewhere, or another
workflow, under Settings → Workflows.
"""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Workflow, WorkflowPage

REPORT_REVIEW = "Report review"
REVIEW_TASK = "Review by Communications or Administrators"

# The names the migration gave the workflow and its task are stored in
# English; the admin shows them in the editor's language (a workflow or task
# an administrator adds under Settings keeps the name they typed).
NAMES = {
    REPORT_REVIEW: _("Report review"),
    REVIEW_TASK: _("Review by Communications or Administrators"),
}


def translated_name(name: str) -> str:
    return str(NAMES.get(name, name))


def assign_report_review(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=REPORT_REVIEW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


def connect():
    from publications.models import PublicationIndexPage

    post_save.connect(
        assign_report_review,
        sender=PublicationIndexPage,
        dispatch_uid="editorial_assign_report_review",
    )
