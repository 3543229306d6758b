"""The two admin roles exist in every new database and do what the README says."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

pytestmark = pytest.mark.django_db


def test_migrations_create_both_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Communications",
        "Administrators",
    }


def test_communications_edit_publish_pages_from_the_root_but_not_bulk_delete():
    group = Group.objects.get(name="Communications")
    root = Page.get_first_root_node()
    codenames = set(
        GroupPagePermission.objects.filter(group=group, page=root).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


def test_communications_manage_images_documents_and_snippets_not_users_or_settings():
    group = Group.objects.get(name="Communications")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_topic", "add_partner", "delete_reporttype"} <= codenames
    assert {"change_redirect", "view_registration", "view_subscriber"} <= codenames
    for forbidden in ("add_user", "change_user", "change_group", "change_sitesettings", "add_site"):
        assert forbidden not in codenames
    media = set(
        GroupCollectionPermission.objects.filter(
            group=group, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert {"add_image", "choose_image", "add_document", "change_document"} <= media


def test_administrators_have_every_permission():
    group = Group.objects.get(name="Administrators")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_user", "change_user", "change_group", "change_sitesettings", "access_admin"} <= (
        codenames
    )
