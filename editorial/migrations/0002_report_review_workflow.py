from django.db import migrations

WORKFLOW = "Report review"
TASK = "Review by Communications or Administrators"  # editorial.workflows.REVIEW_TASK


def create_report_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    PublicationIndexPage = apps.get_model("publications", "PublicationIndexPage")

    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=TASK, defaults={"content_type": content_type, "active": True}
    )
    task.groups.add(*Group.objects.filter(name__in=["Communications", "Administrators"]))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # An existing library gets the workflow now; a new one when it is created
    # (editorial.workflows).
    for library in PublicationIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=library.pk, defaults={"workflow": workflow})


def remove_report_review(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_communications_and_administrators"),
        ("publications", "0002_default_report_types"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_report_review, remove_report_review)]
