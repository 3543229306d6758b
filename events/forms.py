from django import forms
from django.utils.translation import gettext_lazy as _

from bbg_site.abuse import HoneypotFormMixin, SingleLineField

CONSENT_TEXT = _(
    "I agree that BPRG stores my name, email and organisation to manage my registration "
    "for this event and contacts me about it. They are erased 12 months after the event."
)


class RegistrationForm(HoneypotFormMixin, forms.Form):
    name = SingleLineField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    organisation = SingleLineField(label=_("Organisation"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Please agree so that we can register you.")},
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
