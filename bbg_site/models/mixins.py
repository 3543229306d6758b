from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonOrName(models.Model):
    """Someone credited on a page (a report's author, an event's speaker):
    a BPRG profile where they are staff, a name with affiliation otherwise.

    Subclasses add the ``person`` foreign key with their own ``related_name``.
    """

    name = models.CharField(_("name"), max_length=150, blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)

    class Meta:
        abstract = True

    @property
    def display_name(self) -> str:
        return self.person.title if self.person_id else self.name

    @property
    def profile(self):
        """The person's profile, if they have a live one to link to."""
        return self.person if self.person_id and self.person.live else None
