"""BPRG's text from its current website (www.balkansgroup.org), with Albanian and
Serbian (Latin) translations. Keys are language codes."""

import datetime

from .helpers import LANGS

__all__ = ["LANGS"]

HOME_TITLE = {"en": "Home", "sq": "Ballina", "sr-latn": "Početna"}
HERO_TITLE = {
    "en": "Strengthening Peace and State-building",
    "sq": "Forcimi i paqes dhe i ndërtimit të shtetit",
    "sr-latn": "Jačanje mira i izgradnje države",
}
HERO_INTRO = {
    "en": "Balkans Policy Research Group is the multi-ethnic think tank of Kosovo, where Albanian "
    "and Serb researchers work side by side on Kosovo–Serbia relations, state-building and the "
    "rule of law.",
    "sq": "Grupi Ballkanik për Hulumtime të Politikave është think tank-u shumetnik i Kosovës, ku "
    "hulumtues shqiptarë dhe serbë punojnë krah për krah për marrëdhëniet Kosovë–Serbi, "
    "ndërtimin e shtetit dhe sundimin e ligjit.",
    "sr-latn": "Balkanska grupa za istraživanje politika je multietnički think tank Kosova, u kome "
    "albanski i srpski istraživači rade rame uz rame na odnosima Kosova i Srbije, izgradnji "
    "države i vladavini prava.",
}
MISSION_HEADING = {"en": "Our mission", "sq": "Misioni ynë", "sr-latn": "Naša misija"}
MISSION = {
    "en": [
        "The project aims to support Kosovo-Serbia rapprochement by helping Kosovar and Serb "
        "leaders at all levels understand one another’s views, goals and interests, and how "
        "their policies affect the lives of people on the ground. We aim to foster the "
        "integration of the Serb community, using our unique and extensive network of contacts "
        "in northern Kosovo. We aim to help consolidate Kosovo state institutions and the rule "
        "of law.",
        "Our second goal is to pass on the legacy of Crisis Group’s fifteen years of work in "
        "Kosovo by building the capacity of national civil society organisations. Like Crisis "
        "Group, Balkans Group employs researchers and analysts of all ethnicities equally and "
        "will build a fully mixed team of highly qualified and trained researchers and policy "
        "analysts. Balkans Group is the only local think tank with Albanians and Serbs working "
        "together closely, doing joint research, drafting reports and engaging in advocacy. "
        "Working with the Balkans Group will give Albanian researchers experience with the Serb "
        "community of northern Kosovo and Serb analysts’ experience with the Pristina "
        "government. All staff will receive training in research, analysis, drafting and "
        "advocacy skills to a high international standard.",
        "Our ambition is to establish the leading multi-ethnic think tank of Kosovo. After "
        "working with the Balkans Group, former staff will be well suited to take positions in "
        "civil society and government, passing on the skills and standards they have acquired. "
        "Our network of relations across the ethnic divide will be an invaluable asset for "
        "Balkans Group alumni. The goal is to establish a group of Albanian and Serb researchers "
        "and analysts under Balkans Policy Research Group, whose thoughts and ideas influence "
        "policy makers and international actors, and dedicated to building a strong, stable and "
        "prosperous society in Kosovo and the western Balkans.",
    ],
    "sq": [
        "Projekti synon të mbështesë afrimin Kosovë–Serbi, duke i ndihmuar liderët kosovarë dhe "
        "serbë në të gjitha nivelet të kuptojnë pikëpamjet, qëllimet dhe interesat e njëri-"
        "tjetrit, si dhe mënyrën se si politikat e tyre ndikojnë në jetën e njerëzve në terren. "
        "Synojmë të nxisim integrimin e komunitetit serb, duke shfrytëzuar rrjetin tonë unik dhe "
        "të gjerë të kontakteve në veri të Kosovës. Synojmë të ndihmojmë në konsolidimin e "
        "institucioneve shtetërore të Kosovës dhe të sundimit të ligjit.",
        "Qëllimi ynë i dytë është të përcjellim trashëgiminë e pesëmbëdhjetë viteve të punës së "
        "Crisis Group në Kosovë, duke ndërtuar kapacitetet e organizatave vendore të shoqërisë "
        "civile. Ashtu si Crisis Group, Grupi Ballkanik punëson në mënyrë të barabartë "
        "hulumtues dhe analistë të të gjitha etnive dhe do të ndërtojë një ekip plotësisht të "
        "përzier hulumtuesish dhe analistësh të politikave, të kualifikuar dhe të trajnuar mirë. "
        "Grupi Ballkanik është i vetmi think tank vendor ku shqiptarët dhe serbët punojnë ngushtë "
        "së bashku, duke bërë hulumtime të përbashkëta, duke hartuar raporte dhe duke u "
        "angazhuar në avokim. Puna me Grupin Ballkanik u jep hulumtuesve shqiptarë përvojë me "
        "komunitetin serb të veriut të Kosovës dhe analistëve serbë përvojë me qeverinë në "
        "Prishtinë. I gjithë stafi trajnohet në hulumtim, analizë, hartim dhe avokim sipas një "
        "standardi të lartë ndërkombëtar.",
        "Ambicia jonë është të krijojmë think tank-un kryesor shumetnik të Kosovës. Pas punës me "
        "Grupin Ballkanik, ish-stafi është i përgatitur mirë për të marrë pozita në shoqërinë "
        "civile dhe në qeveri, duke përcjellë aftësitë dhe standardet që ka fituar. Rrjeti ynë i "
        "marrëdhënieve përtej ndarjes etnike është një pasuri e çmueshme për alumnët e Grupit "
        "Ballkanik. Qëllimi është të krijohet një grup hulumtuesish dhe analistësh shqiptarë dhe "
        "serbë në kuadër të Grupit Ballkanik për Hulumtime të Politikave, idetë e të cilëve "
        "ndikojnë te politikëbërësit dhe akterët ndërkombëtarë, dhe që i përkushtohen ndërtimit "
        "të një shoqërie të fortë, të qëndrueshme dhe të begatë në Kosovë dhe në Ballkanin "
        "Perëndimor.",
    ],
    "sr-latn": [
        "Projekat ima za cilj da podrži približavanje Kosova i Srbije pomažući kosovskim i "
        "srpskim liderima na svim nivoima da razumeju stavove, ciljeve i interese jedni drugih, "
        "kao i to kako njihove politike utiču na život ljudi na terenu. Želimo da podstaknemo "
        "integraciju srpske zajednice, koristeći našu jedinstvenu i široku mrežu kontakata na "
        "severu Kosova. Želimo da pomognemo u konsolidaciji državnih institucija Kosova i "
        "vladavine prava.",
        "Naš drugi cilj je da prenesemo nasleđe petnaestogodišnjeg rada Krizne grupe na Kosovu "
        "jačanjem kapaciteta domaćih organizacija civilnog društva. Kao i Krizna grupa, "
        "Balkanska grupa podjednako zapošljava istraživače i analitičare svih nacionalnosti i "
        "gradi potpuno mešovit tim visokokvalifikovanih i obučenih istraživača i analitičara "
        "politika. Balkanska grupa je jedini domaći think tank u kome Albanci i Srbi blisko "
        "sarađuju, zajedno istražuju, pišu izveštaje i bave se zagovaranjem. Rad u Balkanskoj "
        "grupi albanskim istraživačima daje iskustvo sa srpskom zajednicom na severu Kosova, a "
        "srpskim analitičarima iskustvo sa vladom u Prištini. Svi zaposleni prolaze obuku iz "
        "istraživanja, analize, pisanja i zagovaranja po visokim međunarodnim standardima.",
        "Naša ambicija je da osnujemo vodeći multietnički think tank na Kosovu. Nakon rada u "
        "Balkanskoj grupi, bivši zaposleni su dobro pripremljeni za pozicije u civilnom društvu "
        "i vladi, prenoseći veštine i standarde koje su stekli. Naša mreža odnosa preko etničkih "
        "podela je neprocenjiva vrednost za bivše saradnike Balkanske grupe. Cilj je da se u "
        "okviru Balkanske grupe za istraživanje politika okupi grupa albanskih i srpskih "
        "istraživača i analitičara čije ideje utiču na donosioce odluka i međunarodne aktere, i "
        "koji su posvećeni izgradnji snažnog, stabilnog i prosperitetnog društva na Kosovu i "
        "Zapadnom Balkanu.",
    ],
}
HERO_IMAGE_ALT = {
    "en": "Abstract blue and red circles, the colours of BPRG",
    "sq": "Rrathë abstraktë blu dhe të kuq, ngjyrat e BPRG-së",
    "sr-latn": "Apstraktni plavi i crveni krugovi, boje BPRG-a",
}
HERO_IMAGE_CAPTION = {
    "en": "Dialogue across the ethnic divide is at the heart of our work.",
    "sq": "Dialogu përtej ndarjes etnike është në zemër të punës sonë.",
    "sr-latn": "Dijalog preko etničkih podela je u srcu našeg rada.",
}

ABOUT_SLUG = {"en": "about", "sq": "rreth-nesh", "sr-latn": "o-nama"}
ABOUT_TITLE = {"en": "About us", "sq": "Rreth nesh", "sr-latn": "O nama"}
ABOUT_INTRO = {
    "en": "The only local think tank where Albanians and Serbs do joint research, draft reports "
    "and engage in advocacy together.",
    "sq": "I vetmi think tank vendor ku shqiptarët dhe serbët bëjnë së bashku hulumtime, hartojnë "
    "raporte dhe angazhohen në avokim.",
    "sr-latn": "Jedini domaći think tank u kome Albanci i Srbi zajedno istražuju, pišu izveštaje "
    "i bave se zagovaranjem.",
}
QUOTE = {
    "en": "Our network of relations across the ethnic divide is an invaluable asset.",
    "sq": "Rrjeti ynë i marrëdhënieve përtej ndarjes etnike është një pasuri e çmueshme.",
    "sr-latn": "Naša mreža odnosa preko etničkih podela je neprocenjiva vrednost.",
}
QUOTE_BY = {
    "en": "Balkans Policy Research Group",
    "sq": "Grupi Ballkanik për Hulumtime të Politikave",
    "sr-latn": "Balkanska grupa za istraživanje politika",
}
FIGURES_HEADING = {"en": "At a glance", "sq": "Me një shikim", "sr-latn": "Ukratko"}
FIGURES_CAPTION = {
    "en": "How we work",
    "sq": "Si punojmë",
    "sr-latn": "Kako radimo",
}
_FIGURES = {
    "en": [
        ["Where", "What"],
        ["Prishtina and northern Kosovo", "Joint research by Albanian and Serb analysts"],
        ["Kosovo and Serbia", "Reports, policy briefs and roundtables"],
        ["Brussels and capitals", "Advocacy with policy makers and diplomats"],
    ],
    "sq": [
        ["Ku", "Çfarë"],
        [
            "Prishtinë dhe veriu i Kosovës",
            "Hulumtime të përbashkëta të analistëve shqiptarë dhe serbë",
        ],
        ["Kosovë dhe Serbi", "Raporte, analiza të shkurtra dhe tryeza të rrumbullakëta"],
        ["Bruksel dhe kryeqytete", "Avokim me politikëbërës dhe diplomatë"],
    ],
    "sr-latn": [
        ["Gde", "Šta"],
        ["Priština i sever Kosova", "Zajednička istraživanja albanskih i srpskih analitičara"],
        ["Kosovo i Srbija", "Izveštaji, analize politika i okrugli stolovi"],
        ["Brisel i prestonice", "Zagovaranje kod donosilaca odluka i diplomata"],
    ],
}


def figures(lang):
    rows = _FIGURES[lang]
    return {"data": rows, "first_row_is_table_header": True, "first_col_is_header": False}


CAREERS_SLUG = {"en": "careers", "sq": "karriera", "sr-latn": "karijera"}
CAREERS_TITLE = {"en": "Careers", "sq": "Karriera", "sr-latn": "Karijera"}
CAREERS_INTRO = {
    "en": "Join a fully mixed team of Albanian and Serb researchers and policy analysts.",
    "sq": "Bashkohuni me një ekip plotësisht të përzier hulumtuesish dhe analistësh shqiptarë "
    "dhe serbë.",
    "sr-latn": "Pridružite se potpuno mešovitom timu albanskih i srpskih istraživača i "
    "analitičara politika.",
}
CAREERS_BODY = {
    "en": [
        "All staff receive training in research, analysis, drafting and advocacy skills to a "
        "high international standard. Vacancies and internships are announced on this page.",
    ],
    "sq": [
        "I gjithë stafi trajnohet në hulumtim, analizë, hartim dhe avokim sipas një standardi të "
        "lartë ndërkombëtar. Vendet e lira të punës dhe praktikat shpallen në këtë faqe.",
    ],
    "sr-latn": [
        "Svi zaposleni prolaze obuku iz istraživanja, analize, pisanja i zagovaranja po visokim "
        "međunarodnim standardima. Slobodna radna mesta i prakse objavljujemo na ovoj stranici.",
    ],
}

CONTACT_SLUG = {"en": "contact", "sq": "kontakti", "sr-latn": "kontakt"}
CONTACT_TITLE = {"en": "Contact", "sq": "Kontakti", "sr-latn": "Kontakt"}
CONTACT_INTRO = {
    "en": "Visit us in Prishtina or write to us: we answer in English, Albanian and Serbian.",
    "sq": "Na vizitoni në Prishtinë ose na shkruani: përgjigjemi në shqip, serbisht dhe anglisht.",
    "sr-latn": "Posetite nas u Prištini ili nam pišite: odgovaramo na srpskom, albanskom i "
    "engleskom.",
}

SITE_SETTINGS = {
    "organisation_name": {
        "en": "Balkans Policy Research Group",
        "sq": "Grupi Ballkanik për Hulumtime të Politikave",
        "sr-latn": "Balkanska grupa za istraživanje politika",
    },
    "address": {
        "en": "Qamil Hoxha street 29, apartment 7\n10000 Prishtina, Kosovo",
        "sq": "Rruga Qamil Hoxha nr. 29, banesa nr. 7\n10000 Prishtinë, Kosovë",
        "sr-latn": "Ulica Ćamilj Hodža br. 29, stan br. 7\n10000 Priština, Kosovo",
    },
    "opening_hours": {
        "en": "Mon – Fri: 09:00 – 17:00",
        "sq": "E hënë – E premte: 09:00 – 17:00",
        "sr-latn": "Pon – Pet: 09:00 – 17:00",
    },
    "street_address": {
        "en": "Qamil Hoxha 29/7",
        "sq": "Rruga Qamil Hoxha 29/7",
        "sr-latn": "Ćamilj Hodža 29/7",
    },
    "locality": {"en": "Prishtina", "sq": "Prishtinë", "sr-latn": "Priština"},
    "footer_text": {
        "en": "An independent, multi-ethnic think tank working for peace, state-building and the "
        "rule of law in Kosovo and the western Balkans.",
        "sq": "Think tank i pavarur dhe shumetnik që punon për paqen, ndërtimin e shtetit dhe "
        "sundimin e ligjit në Kosovë dhe në Ballkanin Perëndimor.",
        "sr-latn": "Nezavisni, multietnički think tank koji radi na miru, izgradnji države i "
        "vladavini prava na Kosovu i Zapadnom Balkanu.",
    },
}
# The phone number is a placeholder: the current website does not publish one.
SITE_CONTACT = {
    "email": "info@balkansgroup.org",
    "phone": "+383 38 000 000",
    "postal_code": "10000",
    "country_code": "XK",
    "opening_days": "Mo-Fr",
    "opens": datetime.time(9, 0),
    "closes": datetime.time(17, 0),
    "x_url": "https://x.com/BalkansGroup",
    "facebook_url": "https://www.facebook.com/BalkansPolicyResearchGroup",
    "linkedin_url": "https://www.linkedin.com/company/balkans-policy-research-group",
    "youtube_url": "https://www.youtube.com/@BalkansGroup",
    "instagram_url": "https://www.instagram.com/balkansgroup",
}
