"""Reports go through "Report review": submit for review, then approve (or reject)."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from publications.models import ReportPage
from tests.admin_forms import report_form
from tests.editorial.test_permissions import refused

pytestmark = pytest.mark.django_db


def test_report_review_is_created_and_applies_to_every_report(catalogue):
    workflow = Workflow.objects.get(name="Report review")
    assert workflow.active
    (task,) = [t.specific for t in workflow.tasks]
    assert sorted(task.groups.values_list("name", flat=True)) == [
        "Administrators",
        "Communications",
    ]
    for report in catalogue["reports"].values():
        assert report.get_workflow() == workflow
    # Other sections keep Wagtail's default.
    assert catalogue["people"]["arber"].get_workflow() != workflow


def edit_data(report, **overrides):
    return report_form(
        title_en=report.title_en,
        slug_en=report.slug_en,
        slug_sq="",
        slug_sr_latn="",
        title_sq="Liberalizimi i vizave, një vit më pas",
        title_sr_latn="Liberalizacija viza, godinu dana kasnije",
        **{"action-publish": None, **overrides},
    )


def submit(client, report):
    data = edit_data(report, **{"action-submit": "submit"})
    data.pop("action-publish", None)
    return client.post(reverse("wagtailadmin_pages:edit", args=[report.pk]), data)


def test_editor_sees_submit_for_review_on_a_report(client, communications_user, catalogue):
    client.force_login(communications_user)
    report = catalogue["reports"]["eu"]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    assert "Submit to Report review" in html


def test_submitted_report_is_published_when_a_reviewer_approves(
    client, communications_user, administrator, catalogue
):
    report = catalogue["reports"]["eu"]
    client.force_login(communications_user)
    response = submit(client, report)
    assert response.status_code == 302, response.content.decode()[:2000]
    report = ReportPage.objects.get(pk=report.pk)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(report.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert report.title_sq in ("", None)  # not live yet
    assert client.get("/sq/publikimet/eu-visa/").status_code == 200
    assert "Liberalizimi i vizave" not in client.get("/sq/publikimet/eu-visa/").content.decode()

    client.force_login(administrator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[report.pk, "approve", task_state.pk]),
        {"comment": "Good to go."},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    report = ReportPage.objects.get(pk=report.pk)
    assert report.title_sq == "Liberalizimi i vizave, një vit më pas"
    client.logout()
    assert (
        "Liberalizimi i vizave, një vit më pas"
        in client.get("/sq/publikimet/eu-visa/").content.decode()
    )


def test_rejected_report_stays_unpublished(client, communications_user, administrator, catalogue):
    report = catalogue["reports"]["eu"]
    client.force_login(communications_user)
    submit(client, report)
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(report.pk))
    client.force_login(administrator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[report.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Check the Serbian summary."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert ReportPage.objects.get(pk=report.pk).title_sq in ("", None)


def test_administrators_manage_workflows_communications_do_not(
    client, communications_user, administrator, catalogue
):
    workflow = Workflow.objects.get(name="Report review")
    client.force_login(administrator)
    assert client.get(reverse("wagtailadmin_workflows:index")).status_code == 200
    assert client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk])).status_code == 200
    client.force_login(communications_user)
    assert refused(client.get(reverse("wagtailadmin_workflows:edit", args=[workflow.pk])))
