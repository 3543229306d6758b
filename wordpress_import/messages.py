"""Messages of an import run, translated when they are shown.

The importer keeps each message as its English text (a msgid) and values;
the command prints it in the active language, the admin view in the
reader's (``Message.from_entry``)."""

from django.utils.translation import gettext


class Message:
    def __init__(self, text: str, /, **params):
        self.text = text
        self.params = params

    def __str__(self):
        return self.render()

    def __eq__(self, other):
        return isinstance(other, Message) and (self.text, self.params) == (
            other.text,
            other.params,
        )

    def __hash__(self):
        return hash(self.text)

    def render(self) -> str:
        # A language's name is itself translated ("English" -> "anglisht").
        params = {
            key: gettext(value) if key == "language" and isinstance(value, str) else value
            for key, value in self.params.items()
        }
        try:
            return gettext(self.text) % params
        except (KeyError, ValueError, TypeError):
            return self.text % self.params

    def as_dict(self) -> dict:
        return {"text": self.text, "params": {k: str(v) for k, v in self.params.items()}}

    @classmethod
    def from_value(cls, value) -> "Message":
        if isinstance(value, dict) and "text" in value:
            return cls(value["text"], **value.get("params", {}))
        return cls("%(text)s", text=str(value))
