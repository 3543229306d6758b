"""How a locked-out sign-in looks, and whose address it is (django-axes)."""

import math

from django.conf import settings
from django.shortcuts import render


def client_ip_address(request) -> str | None:
    """REMOTE_ADDR, or behind ``TRUSTED_PROXY_COUNT`` proxies the address the
    outermost of them saw (a client cannot forge entries to the right of it)."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(addresses) >= count:
            return addresses[-count]
    return request.META.get("REMOTE_ADDR")


def lockout_minutes() -> int:
    return math.ceil(float(settings.AXES_COOLOFF_TIME) * 60)


def lockout_response(request, original_response=None, credentials=None):
    return render(
        request,
        "editorial/lockout.html",
        {"minutes": lockout_minutes(), "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
