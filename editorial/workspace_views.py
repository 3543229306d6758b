"""The translation workspace view (``/admin/translate/<page id>/<language>/``).

English on the left, the chosen language on the right, segment by segment
(``editorial.workspace``). Saving makes a draft revision of the page with only
that language's fields changed; "Publish" publishes that revision, for those
allowed to publish. "Preview" shows the latest saved version in that language.
"""

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.coreutils import cautious_slugify
from wagtail.models import Page

from bbg_site.models.base import needed_message, required_to_publish
from editorial import workspace
from editorial.translation_status import LANGUAGE_NAMES, LANGUAGES


def workspace_url(page_id, language, source=None):
    url = reverse("editorial_translate", args=[page_id, language])
    return f"{url}?source={source}" if source else url


def _editable_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    specific = page.specific_deferred
    if not hasattr(specific, "translated_text_fields"):
        raise Http404  # Wagtail's root and bare pages have nothing to translate
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    return page, permissions


def _working_copy(page):
    """The page as editors last saved it (draft included)."""
    if page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page.specific


def _source_language(working, target, requested):
    """English, unless asked otherwise or translating into English: then the
    first language the page has a title in (an Albanian- or Serbian-first page)."""
    if requested in LANGUAGES and requested != target:
        return requested
    if target != workspace.SOURCE_LANGUAGE:
        return workspace.SOURCE_LANGUAGE
    for code in LANGUAGES:
        if code != target and getattr(working, build_localized_fieldname("title", code), ""):
            return code
    return next(code for code in LANGUAGES if code != target)


class TranslationWorkspaceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/workspace.html"
    header_icon = "globe"

    def dispatch(self, request, page_id, language):
        if language not in LANGUAGES:
            raise Http404
        self.language = language
        self.page, self.permissions = _editable_page(request, page_id)
        self.working = _working_copy(self.page)
        self.source = _source_language(
            self.working, language, request.POST.get("source") or request.GET.get("source")
        )
        return super().dispatch(request, page_id, language)

    def get_page_title(self):
        return _("Translate")

    def get_page_subtitle(self):
        return self.working.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.working.get_admin_display_title(),
            },
            {"url": "", "label": _("Translate into %(language)s") % self._names()},
        ]

    def _names(self):
        return {
            "language": LANGUAGE_NAMES[self.language],
            "source": LANGUAGE_NAMES[self.source],
        }

    def segments(self, edits=None):
        segments, values = workspace.merge_page(self.working, self.source, self.language, edits)
        if self.source == workspace.SOURCE_LANGUAGE:
            workspace.mark_changed(self.page.pk, self.language, segments)
        return segments, values

    def get(self, request, *args, **kwargs):
        segments, _values = self.segments()
        return self.render_to_response(self.get_context_data(segments=segments))

    def get_context_data(self, segments, errors=None, **kwargs):
        context = super().get_context_data(**kwargs)
        done, total = workspace.progress(segments)
        names = self._names()
        context.update(
            page=self.page,
            working=self.working,
            segments=segments,
            errors=errors or {},
            done=done,
            total=total,
            changed=sum(s.changed for s in segments),
            language=self.language,
            language_name=capfirst(names["language"]),
            language_word=names["language"],  # inside a sentence: "në shqip"
            source=self.source,
            source_name=capfirst(names["source"]),
            can_publish=self.permissions.can_publish(),
            preview_url=reverse("editorial_translate_preview", args=[self.page.pk, self.language]),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            other_languages=[
                (code, LANGUAGE_NAMES[code], workspace_url(self.page.pk, code))
                for code in LANGUAGES
                if code not in (self.language, workspace.SOURCE_LANGUAGE)
            ],
        )
        return context

    def post(self, request, *args, **kwargs):
        publish = request.POST.get("action") == "publish"
        if publish and not self.permissions.can_publish():
            raise PermissionDenied
        current, _values = self.segments()
        edits = {}
        for segment in current:
            if segment.is_text and segment.field_name in request.POST:
                edits[segment.path] = request.POST[segment.field_name]
        segments, values = self.segments(edits)
        edited = {
            s.path
            for s in segments
            if s.path in edits and workspace.text_of(s.result) != workspace.text_of(s.target)
        }
        checked = set(request.POST.getlist("checked"))
        errors = {
            s.field_name: _("At most %(max)d characters (this has %(count)d).")
            % {"max": s.max_length, "count": len(s.result)}
            for s in segments
            if s.max_length and len(s.result) > s.max_length
        }
        if not errors:
            try:
                revision = self._save(values, publish=publish)
            except ValidationError as error:
                errors = {"page": page_errors(self.working, error)}
            else:
                if self.source == workspace.SOURCE_LANGUAGE:
                    workspace.record_sources(
                        self.page.pk,
                        self.language,
                        segments,
                        edited=edited,
                        checked=checked,
                        user=request.user,
                    )
                if publish:
                    revision.publish(user=request.user)
                    messages.success(
                        request, _("Published with the %(language)s translation.") % self._names()
                    )
                else:
                    messages.success(
                        request,
                        _("The %(language)s translation is saved as a draft.") % self._names(),
                    )
                return redirect(workspace_url(self.page.pk, self.language, self._source_param()))
        # Shown again with what was typed, each error beside its segment.
        for segment in segments:
            if segment.path in edits:
                segment.target = request.POST[segment.field_name]
        workspace.mark_changed(self.page.pk, self.language, segments)
        messages.error(request, _("The translation could not be saved; see the errors below."))
        return self.render_to_response(self.get_context_data(segments=segments, errors=errors))

    def _source_param(self):
        return self.source if self.source != workspace.SOURCE_LANGUAGE else None

    def _save(self, values, *, publish=False):
        """A new draft revision with only the target language's fields
        changed. What only publishing needs (a report's type and date, a
        summary in one language) is checked only to publish, as in the page
        editor's "Save draft"."""
        page = self.working
        for name, value in values.items():
            setattr(page, build_localized_fieldname(name, self.language), value)
        title = getattr(page, build_localized_fieldname("title", self.language), "")
        slug_field = build_localized_fieldname("slug", self.language)
        if title and not getattr(page, slug_field, ""):
            setattr(page, slug_field, cautious_slugify(title.replace("đ", "dj").replace("Đ", "Dj")))
        if publish:
            empty = page.empty_in_every_language()
            if empty:
                raise ValidationError([needed_message(page, field) for field in empty])
            return page.save_revision(user=self.request.user, log_action=True)
        page.full_clean(exclude=required_to_publish(page))
        return page.save_revision(user=self.request.user, log_action=True, clean=False)


def page_errors(page, error: ValidationError) -> list[str]:
    """The page's errors, each with the name of its field ("Type: This
    field cannot be blank.")."""
    if not hasattr(error, "error_dict"):
        return error.messages
    found = []
    for name, field_errors in error.message_dict.items():
        try:
            label = capfirst(page._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:
            label = ""
        found.extend(f"{label}: {message}" if label else message for message in field_errors)
    return found


def preview(request, page_id, language):
    """The latest saved version of the page, as a reader of ``language`` sees it."""
    if language not in LANGUAGES:
        raise Http404
    page, _permissions = _editable_page(request, page_id)
    return _working_copy(page).make_preview_request(request, preview_mode=language)
