from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from bbg_site.abuse import HoneypotFormMixin, SingleLineField
from bbg_site.models import Topic

NEWSLETTER_CONSENT = _(
    "I agree that BPRG stores my email address and language to send me its newsletter. "
    "I can unsubscribe at any time with the link in every email: my address is then deleted. "
    "If I do not confirm my subscription, it is deleted after 30 days."
)


# Each language named in itself, Serbian with its script: a Cyrillic page
# reads "Srpski" as "Српски" too, so the script tells the two apart.
NEWSLETTER_LANGUAGES = [
    (code, {"sr-latn": "Srpski (latinica)", "sr-cyrl": "Српски (ћирилица)"}.get(code, name))
    for code, name in settings.LANGUAGES
]


class SubscribeForm(HoneypotFormMixin, forms.Form):
    email = forms.EmailField(label=_("Email"))
    language = forms.ChoiceField(label=_("Newsletter language"), choices=NEWSLETTER_LANGUAGES)
    topics = forms.ModelMultipleChoiceField(
        label=_("Interests (optional)"),
        queryset=Topic.objects.order_by("name_en"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=NEWSLETTER_CONSENT,
        error_messages={"required": _("Please agree so that we can send you the newsletter.")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class ContactForm(HoneypotFormMixin, forms.Form):
    name = SingleLineField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    subject = SingleLineField(label=_("Subject"), max_length=200)
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea)
