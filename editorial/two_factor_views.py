"""Admin pages to set up, use and manage two-factor sign-in (see two_factor.py)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token

from editorial import two_factor


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
        help_text=_("The six digits your authenticator app shows, or one of your recovery codes."),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def wait_message(seconds: int) -> str:
    return ngettext(
        "After a wrong code, codes are refused for a moment, even the right one. "
        "Wait %(seconds)s second, then type the code your app shows now.",
        "After a wrong code, codes are refused for a moment, even the right one. "
        "Wait %(seconds)s seconds, then type the code your app shows now.",
        seconds,
    ) % {"seconds": seconds}


class SetupCodeForm(CodeForm):
    code = forms.CharField(
        label=_("Code from the app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text=_("The six digits the app shows for BPRG after you have added it."),
    )


def overview(request):
    user = request.user
    return render(
        request,
        "editorial/two_factor/overview.html",
        {
            "authenticator": two_factor.authenticator(user),
            "codes_left": two_factor.recovery_codes_left(user),
            "required": two_factor.two_factor_required(user),
        },
    )


def show_recovery_codes(request, codes, *, next_url, first_time):
    filename, text = two_factor.recovery_codes_file(request.user, codes)
    return render(
        request,
        "editorial/two_factor/recovery_codes.html",
        {
            "codes": codes,
            "codes_text": text,
            "codes_filename": filename,
            "next": next_url,
            "first_time": first_time,
        },
    )


def enrol(request):
    user = request.user
    if two_factor.authenticator(user) is not None and not user.is_verified():
        # Replacing the app needs a code from the current one first.
        return redirect(
            reverse("editorial_two_factor_verify") + "?" + urlencode({"next": request.path})
        )
    device = two_factor.pending_authenticator(user)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if wait := two_factor.seconds_to_wait([device]):
            form.add_error("code", wait_message(wait))
        elif device.verify_token(form.cleaned_data["code"]):
            codes = two_factor.confirm_authenticator(device)
            otp_login(request, device)
            return show_recovery_codes(
                request, codes, next_url=two_factor.safe_next(request), first_time=True
            )
        else:
            form.add_error(
                "code",
                _(
                    "That code is not right. Check that the app shows BPRG, "
                    "and type the newest code."
                ),
            )
    return render(
        request,
        "editorial/two_factor/enrol.html",
        {
            "form": form,
            "qr_code": two_factor.qr_code_svg(device),
            "secret": two_factor.secret_for_typing(device),
            "required": two_factor.two_factor_required(user),
            "next": two_factor.safe_next(request),
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


def verify(request):
    user = request.user
    if two_factor.authenticator(user) is None:
        return redirect(
            reverse("editorial_two_factor_enrol")
            + "?"
            + urlencode({"next": two_factor.safe_next(request)})
        )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if wait := two_factor.seconds_to_wait_for(user):
            form.add_error("code", wait_message(wait))
        elif (device := match_token(user, form.cleaned_data["code"])) is not None:
            otp_login(request, device)
            if device.persistent_id.startswith("otp_static"):
                left = two_factor.recovery_codes_left(user)
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code; it cannot be used again. "
                        "Recovery codes left: %(count)s."
                    )
                    % {"count": left},
                )
            return redirect(two_factor.safe_next(request))
        else:
            form.add_error("code", _("That code is not right, or has already been used."))
    return render(
        request,
        "editorial/two_factor/verify.html",
        {"form": form, "next": two_factor.safe_next(request)},
        status=200 if not form.errors else 400,
    )


@require_POST
def regenerate_codes(request):
    if two_factor.authenticator(request.user) is None:
        return redirect("editorial_two_factor")
    codes = two_factor.new_recovery_codes(request.user)
    return show_recovery_codes(
        request, codes, next_url=reverse("editorial_two_factor"), first_time=False
    )


@require_POST
def turn_off(request):
    if two_factor.two_factor_required(request.user):
        raise PermissionDenied
    two_factor.remove_two_factor(request.user)
    messages.success(request, _("Two-factor sign-in is off for your account."))
    return redirect("editorial_two_factor")
