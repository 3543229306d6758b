"""The two admin roles, Communications and Administrators, and what each may do.

``grant_role_permissions`` is run by the data migration (so every new database
has both groups) and again after every ``migrate`` (so that permissions of
models added later, a new snippet for example, reach the groups too). It only
adds what is missing; it never removes a permission an admin granted by hand.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

COMMUNICATIONS = "Communications"
ADMINISTRATORS = "Administrators"

# Page permissions, on the root of the page tree: they cover the home page
# and everything under it. Without "bulk_delete" Communications cannot delete
# a page that has sub-pages (the home page, a section index); unpublishing
# needs "publish".
COMMUNICATIONS_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
ADMINISTRATORS_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")

# Images and documents are managed through collection permissions.
MEDIA_PERMISSIONS = {
    "wagtailimages": ("image", ("add", "change", "choose", "delete")),
    "wagtaildocs": ("document", ("add", "change", "choose", "delete")),
}

# Snippets and the admin's data lists (newsletter subscribers, contact
# messages, event registrations) plus redirects. Deliberately absent: users,
# groups, sites and the site settings, which are for Administrators only.
COMMUNICATIONS_MODELS = (
    "bbg_site.topic",
    "projects.partner",
    "publications.reporttype",
    "bbg_site.subscriber",
    "bbg_site.contactmessage",
    "events.registration",
    "wagtailredirects.redirect",
)
MODEL_ACTIONS = ("add", "change", "delete", "view")


def is_administrator(user) -> bool:
    return user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists()


def _permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
    if content_type is None:
        return None
    return Permission.objects.filter(content_type=content_type, codename=codename).first()


def _model_permissions(apps, label):
    app_label, model = label.split(".")
    found = (_permission(apps, app_label, model, f"{a}_{model}") for a in MODEL_ACTIONS)
    return [p for p in found if p is not None]


def _snippet_labels():
    """Labels of every registered snippet (only known with the real app registry)."""
    try:
        from wagtail.snippets.models import get_snippet_models
    except ImportError:  # pragma: no cover
        return []
    return [f"{m._meta.app_label}.{m._meta.model_name}" for m in get_snippet_models()]


def _grant_page_permissions(apps, group, actions):
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    if root is None:  # a flushed test database; granted again once there is a tree
        return
    for action in actions:
        permission = _permission(apps, "wagtailcore", "page", f"{action}_page")
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def _grant_media_permissions(apps, group):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, (model, actions) in MEDIA_PERMISSIONS.items():
        for action in actions:
            permission = _permission(apps, app_label, model, f"{action}_{model}")
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )


def grant_role_permissions(apps=global_apps, snippet_labels=()):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    communications, _created = Group.objects.get_or_create(name=COMMUNICATIONS)
    administrators, _created = Group.objects.get_or_create(name=ADMINISTRATORS)

    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    comms_permissions = [access_admin] if access_admin else []
    for label in dict.fromkeys((*COMMUNICATIONS_MODELS, *snippet_labels)):
        comms_permissions += _model_permissions(apps, label)
    communications.permissions.add(*comms_permissions)
    _grant_page_permissions(apps, communications, COMMUNICATIONS_PAGE_PERMISSIONS)
    _grant_media_permissions(apps, communications)

    # Everything: users, groups, sites, site settings, workflows, collections…
    administrators.permissions.add(*Permission.objects.all())
    _grant_page_permissions(apps, administrators, ADMINISTRATORS_PAGE_PERMISSIONS)
    _grant_media_permissions(apps, administrators)


def sync_roles_after_migrate(sender, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    # post_migrate is sent once per app; the last one is enough, but the
    # function is idempotent and cheap, so run it once for our own app.
    if sender.name != "editorial":
        return
    grant_role_permissions(global_apps, snippet_labels=_snippet_labels())
