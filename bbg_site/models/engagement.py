from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .snippets import Topic


class Subscriber(models.Model):
    """A newsletter subscription. Only confirmed addresses receive newsletters
    (double opt-in); the consent text the person agreed to is kept with it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("interests"), blank=True, related_name="subscribers"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    consent_text = models.TextField(_("consent given to"))
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        constraints = [models.UniqueConstraint(Lower("email"), name="one_subscription_per_email")]

    def __str__(self):
        return self.email

    def topic_names(self) -> str:
        return ", ".join(topic.name for topic in self.topics.all())

    topic_names.short_description = _("interests")


class ContactMessage(models.Model):
    """What someone wrote through the contact page (also emailed to BPRG)."""

    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.subject} – {self.name}"
