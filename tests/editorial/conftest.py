import pytest
from django.contrib.auth.models import Group


def make_user(django_user_model, username, group=None, **extra):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "a-long-enough-password", **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def communications_user(db, django_user_model):
    return make_user(django_user_model, "comms", "Communications")


@pytest.fixture
def administrator(db, django_user_model):
    return make_user(django_user_model, "chief", "Administrators")
