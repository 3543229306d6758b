"""The topics BPRG works on, shared by every app's demo content (people list
them as expertise, publications and events are filed under them)."""

from bbg_site.models import Topic

from .helpers import field_name

TOPICS = {
    "brussels-dialogue": {
        "name": {
            "en": "The Brussels dialogue",
            "sq": "Dialogu i Brukselit",
            "sr-latn": "Briselski dijalog",
        },
        "description": {
            "en": "The EU-facilitated dialogue between Kosovo and Serbia and the implementation "
            "of the agreements reached in it.",
            "sq": "Dialogu ndërmjet Kosovës dhe Serbisë me lehtësimin e BE-së dhe zbatimi i "
            "marrëveshjeve të arritura në të.",
            "sr-latn": "Dijalog Kosova i Srbije uz posredovanje EU i sprovođenje sporazuma "
            "postignutih u njemu.",
        },
    },
    "northern-kosovo": {
        "name": {
            "en": "Northern Kosovo",
            "sq": "Veriu i Kosovës",
            "sr-latn": "Sever Kosova",
        },
        "description": {
            "en": "Security, local governance and daily life in the four Serb-majority "
            "municipalities in the north of Kosovo.",
            "sq": "Siguria, qeverisja vendore dhe jeta e përditshme në katër komunat me shumicë "
            "serbe në veri të Kosovës.",
            "sr-latn": "Bezbednost, lokalna samouprava i svakodnevni život u četiri opštine sa "
            "srpskom većinom na severu Kosova.",
        },
    },
    "rule-of-law": {
        "name": {
            "en": "Rule of law",
            "sq": "Sundimi i ligjit",
            "sr-latn": "Vladavina prava",
        },
        "description": {
            "en": "Justice, policing, the fight against corruption and the independence of "
            "institutions.",
            "sq": "Drejtësia, policimi, lufta kundër korrupsionit dhe pavarësia e institucioneve.",
            "sr-latn": "Pravosuđe, rad policije, borba protiv korupcije i nezavisnost institucija.",
        },
    },
    "eu-agenda": {
        "name": {
            "en": "The EU agenda",
            "sq": "Agjenda e BE-së",
            "sr-latn": "Evropska agenda",
        },
        "description": {
            "en": "Kosovo’s and Serbia’s paths towards membership of the European Union and "
            "the reforms they require.",
            "sq": "Rruga e Kosovës dhe e Serbisë drejt anëtarësimit në Bashkimin Evropian dhe "
            "reformat që ajo kërkon.",
            "sr-latn": "Put Kosova i Srbije ka članstvu u Evropskoj uniji i reforme koje on "
            "zahteva.",
        },
    },
    "serb-community-integration": {
        "name": {
            "en": "Integration of the Serb community",
            "sq": "Integrimi i komunitetit serb",
            "sr-latn": "Integracija srpske zajednice",
        },
        "description": {
            "en": "The place of Kosovo Serbs in Kosovo’s institutions, economy and society.",
            "sq": "Vendi i serbëve të Kosovës në institucionet, ekonominë dhe shoqërinë e Kosovës.",
            "sr-latn": "Mesto kosovskih Srba u institucijama, privredi i društvu Kosova.",
        },
    },
}


def ensure_topics() -> dict[str, Topic]:
    """The demo topics by slug; those missing are created, existing ones are
    left as editors made them."""
    topics = {}
    for slug, values in TOPICS.items():
        defaults = {
            field_name(field, lang): text
            for field, by_lang in values.items()
            for lang, text in by_lang.items()
        }
        topics[slug], _created = Topic.objects.get_or_create(slug=slug, defaults=defaults)
    return topics
