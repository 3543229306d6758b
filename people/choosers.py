"""A chooser of people for bylines, speakers and project teams: searchable by
name, each with their position and group (Wagtail's page chooser showed
"Choose a page (Person)" and an unsorted tree)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class PersonFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name"),
        widget=forms.TextInput(attrs={"placeholder": _("Search by name")}),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching, self.search_query = True, query
            for word in query.split():
                objects = objects.filter(
                    Q(first_name__icontains=word)
                    | Q(last_name__icontains=word)
                    | Q(title__icontains=word)
                )
        return objects


class PersonColumns:
    filter_form_class = PersonFilterForm
    ordering = ("last_name", "first_name", "pk")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("position", label=_("Position"), accessor="position"),
            Column("group", label=_("Group"), accessor="get_group_display"),
        ]


class PersonChooseView(PersonColumns, ChooseView):
    pass


class PersonChooseResultsView(PersonColumns, ChooseResultsView):
    pass


class PersonChooserViewSet(ChooserViewSet):
    model = "people.PersonPage"
    icon = "user"
    choose_one_text = _("Choose a person")
    choose_another_text = _("Choose another person")
    edit_item_text = _("Edit this person")
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView


person_chooser_viewset = PersonChooserViewSet("person_chooser")
PersonChooserWidget = person_chooser_viewset.widget_class
