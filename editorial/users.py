"""The admin's users: each role explained where it is chosen, and the users
list naming each person's role (Wagtail shows "Admin" for superusers and
nothing for group members).

Installed through ``editorial.users_app.UsersAppConfig`` (Wagtail's documented way
to customise the user views: a ``WagtailUsersAppConfig`` with its own
``user_viewset``)."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from editorial.roles import ADMINISTRATORS, COMMUNICATIONS

ROLE_DESCRIPTIONS = {
    COMMUNICATIONS: _(
        "create, edit, publish and schedule every page; images and documents; "
        "snippets, redirects, subscribers, contact messages and registrations"
    ),
    ADMINISTRATORS: _(
        "everything Communications may do, plus users, groups, site settings and "
        "workflows; signs in with two-factor"
    ),
}


class RolesExplained:
    def explain_roles(self):
        superuser = self.fields.get("is_superuser")
        if superuser is not None:
            superuser.label = _("Superuser (every permission)")
            superuser.help_text = _(
                "Has every permission whatever the groups, signs in with two-factor. "
                "For the technical administrator only: staff get their rights from a "
                "role below (Communications or Administrators)."
            )
        groups = self.fields.get("groups")
        if groups is not None:
            # Each role's name stays the checkbox's label; what it may do is
            # said beside the list.
            groups.help_text = " ".join(
                f"{name}: {description}."
                for name, description in ROLE_DESCRIPTIONS.items()
                if groups.queryset.filter(name=name).exists()
            )


class ExplainedUserCreationForm(RolesExplained, UserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.explain_roles()


class ExplainedUserEditForm(RolesExplained, UserEditForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.explain_roles()


def access_level(user):
    if user.is_superuser:
        return _("Superuser")
    return ", ".join(sorted(group.name for group in user.groups.all())) or _("No role")


class IndexView(users.IndexView):
    @cached_property
    def columns(self):
        columns = list(super().columns)
        for index, column in enumerate(columns):
            if column.name == "is_superuser":
                columns[index] = Column(
                    "is_superuser",
                    accessor=access_level,
                    label=_("Access level"),
                    sort_key="is_superuser",
                    classname="level",
                    width="20%",
                )
        return columns

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("groups")


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView

    def get_form_class(self, for_update=False):
        return ExplainedUserEditForm if for_update else ExplainedUserCreationForm
