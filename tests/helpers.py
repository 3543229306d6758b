"""Small helpers every test module uses."""

from bs4 import BeautifulSoup
from django.utils import translation


def url_in(page, lang) -> str:
    """The page's address in a language (``/sq/publikimet/…``)."""
    with translation.override(lang):
        return page.get_url()


def soup(response) -> BeautifulSoup:
    """The response's HTML, parsed."""
    return BeautifulSoup(response.content.decode(), "html.parser")
