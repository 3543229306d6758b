"""Demo events of BPRG, in three languages.

Keys of the inner dicts are language codes. The events are examples; the past
ones follow the reports and news of ``publications/demo_text.py``.

Each event: ``slug``, ``title``, ``summary``, ``body`` (paragraphs) per
language; ``type`` (an ``EventType`` value); either ``start`` (an aware
datetime, for past events) or ``days_ahead`` and ``hour`` (upcoming events,
dated when the loader first makes them); ``hours`` it lasts; ``venue`` (a key
of ``VENUES``) or ``online_url``; ``languages`` (a key of
``WORKING_LANGUAGES``); ``speakers``: BPRG people by English slug
(people/demo_text.py) or ``{"name": ..., "affiliation": {lang: ...}}`` for
guests, who are fictional; ``project``: a project's English slug
(projects/demo_text.py); ``reports``: English slugs of reports
(publications/demo_text.py); ``registration``: ``open``, ``capacity`` and
``deadline_days`` (days before the start); after the event ``recording``
and ``report_summary`` ((paragraphs, points) per language).
"""

import datetime
from zoneinfo import ZoneInfo

BELGRADE = ZoneInfo("Europe/Belgrade")


def _at(year, month, day, hour=10, minute=0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, minute, tzinfo=BELGRADE)


INDEX_SLUG = {"en": "events", "sq": "ngjarjet", "sr-latn": "dogadjaji"}
INDEX_TITLE = {"en": "Events", "sq": "Ngjarjet", "sr-latn": "Događaji"}
INDEX_INTRO = {
    "en": "Roundtables, conferences, report launches, workshops and webinars at which we bring "
    "Albanians and Serbs, officials and citizens around one table. Most of our events are open "
    "to the public; roundtables are held under the Chatham House Rule.",
    "sq": "Tryeza të rrumbullakëta, konferenca, prezantime raportesh, punëtori dhe uebinarë ku "
    "shqiptarët dhe serbët, zyrtarët dhe qytetarët ulen në të njëjtën tryezë. Shumica e "
    "ngjarjeve tona janë të hapura për publikun; tryezat e rrumbullakëta mbahen sipas rregullit "
    "të Chatham House.",
    "sr-latn": "Okrugli stolovi, konferencije, predstavljanja izveštaja, radionice i vebinari na "
    "kojima Albance i Srbe, zvaničnike i građane okupljamo za istim stolom. Većina naših "
    "događaja otvorena je za javnost; okrugli stolovi održavaju se po pravilu Chatham House.",
}

IMAGE_ALT = {
    "en": "Abstract circles in blue and red, illustrating the event “{title}”",
    "sq": "Rrathë abstraktë në blu dhe të kuqe, që ilustrojnë ngjarjen „{title}“",
    "sr-latn": "Apstraktni krugovi u plavoj i crvenoj boji, kao ilustracija događaja „{title}“",
}

# Generic venues; ``name`` and ``address`` per language.
VENUES = {
    "prishtina-hotel": {
        "name": {
            "en": "Hotel Sirius, Prishtina",
            "sq": "Hotel Sirius, Prishtinë",
            "sr-latn": "Hotel Sirius, Priština",
        },
        "address": {
            "en": "Agim Ramadani street\n10000 Prishtina, Kosovo",
            "sq": "Rruga Agim Ramadani\n10000 Prishtinë, Kosovë",
            "sr-latn": "Ulica Agim Ramadani\n10000 Priština, Kosovo",
        },
    },
    "prishtina-office": {
        "name": {
            "en": "Balkans Group office, Prishtina",
            "sq": "Zyra e Grupit Ballkanik, Prishtinë",
            "sr-latn": "Kancelarija Balkanske grupe, Priština",
        },
        "address": {
            "en": "Qamil Hoxha street 29, apartment 7\n10000 Prishtina, Kosovo",
            "sq": "Rruga Qamil Hoxha nr. 29, banesa nr. 7\n10000 Prishtinë, Kosovë",
            "sr-latn": "Ulica Ćamilj Hodža br. 29, stan br. 7\n10000 Priština, Kosovo",
        },
    },
    "north-mitrovica": {
        "name": {
            "en": "Community Centre, North Mitrovica",
            "sq": "Qendra Komunitare, Mitrovicë e Veriut",
            "sr-latn": "Društveni centar, Severna Mitrovica",
        },
        "address": {
            "en": "Near the main bridge over the Ibar\n40000 North Mitrovica, Kosovo",
            "sq": "Pranë urës kryesore mbi Ibër\n40000 Mitrovicë e Veriut, Kosovë",
            "sr-latn": "Kod glavnog mosta na Ibru\n40000 Severna Mitrovica, Kosovo",
        },
    },
    "belgrade": {
        "name": {
            "en": "Centre for Regional Dialogue, Belgrade",
            "sq": "Qendra për Dialog Rajonal, Beograd",
            "sr-latn": "Centar za regionalni dijalog, Beograd",
        },
        "address": {
            "en": "Knez Mihailova street\n11000 Belgrade, Serbia",
            "sq": "Rruga Knez Mihailova\n11000 Beograd, Serbi",
            "sr-latn": "Knez Mihailova ulica\n11000 Beograd, Srbija",
        },
    },
    "brussels": {
        "name": {
            "en": "Europa Forum meeting room, Brussels",
            "sq": "Salla e takimeve Europa Forum, Bruksel",
            "sr-latn": "Sala za sastanke Europa Forum, Brisel",
        },
        "address": {
            "en": "Rue Belliard\n1040 Brussels, Belgium",
            "sq": "Rue Belliard\n1040 Bruksel, Belgjikë",
            "sr-latn": "Rue Belliard\n1040 Brisel, Belgija",
        },
    },
}

WORKING_LANGUAGES = {
    "sq-sr-en": {
        "en": "Albanian and Serbian, with interpretation into English",
        "sq": "Shqip dhe serbisht, me përkthim në anglisht",
        "sr-latn": "Albanski i srpski, uz prevođenje na engleski",
    },
    "sq-sr": {
        "en": "Albanian and Serbian, with interpretation",
        "sq": "Shqip dhe serbisht, me përkthim",
        "sr-latn": "Albanski i srpski, uz prevođenje",
    },
    "sr-sq": {
        "en": "Serbian and Albanian, with interpretation",
        "sq": "Serbisht dhe shqip, me përkthim",
        "sr-latn": "Srpski i albanski, uz prevođenje",
    },
    "sr-en": {
        "en": "Serbian and English, with interpretation",
        "sq": "Serbisht dhe anglisht, me përkthim",
        "sr-latn": "Srpski i engleski, uz prevođenje",
    },
    "en": {"en": "English", "sq": "Anglisht", "sr-latn": "Engleski"},
}

WEBINAR_URL = "https://example.org/webinar"  # placeholder

# Guest speakers: fictional people, described by their role.
GUESTS = {
    "todorovic": {
        "name": "Milan Todorović",
        "affiliation": {
            "en": "Civil society activist, North Mitrovica",
            "sq": "Aktivist i shoqërisë civile, Mitrovicë e Veriut",
            "sr-latn": "Aktivista civilnog društva, Severna Mitrovica",
        },
    },
    "laurent": {
        "name": "Sophie Laurent",
        "affiliation": {
            "en": "Adviser in the office of the EU Special Representative for the "
            "Belgrade–Pristina dialogue",
            "sq": "Këshilltare në zyrën e Përfaqësuesit Special të BE-së për dialogun "
            "Beograd–Prishtinë",
            "sr-latn": "Savetnica u kancelariji specijalnog predstavnika EU za dijalog "
            "Beograd–Priština",
        },
    },
    "ilic": {
        "name": "Marko Ilić",
        "affiliation": {
            "en": "Journalist and editor, Belgrade",
            "sq": "Gazetar dhe redaktor, Beograd",
            "sr-latn": "Novinar i urednik, Beograd",
        },
    },
    "keller": {
        "name": "Martin Keller",
        "affiliation": {
            "en": "Former EU rule-of-law adviser",
            "sq": "Ish-këshilltar i BE-së për sundimin e ligjit",
            "sr-latn": "Bivši savetnik EU za vladavinu prava",
        },
    },
    "bergstrom": {
        "name": "Lena Bergström",
        "affiliation": {
            "en": "Independent researcher, Stockholm",
            "sq": "Hulumtuese e pavarur, Stokholm",
            "sr-latn": "Nezavisna istraživačica, Stokholm",
        },
    },
    "weber": {
        "name": "Anna Weber",
        "affiliation": {
            "en": "Official of the European Commission’s department for enlargement",
            "sq": "Zyrtare e departamentit për zgjerim të Komisionit Evropian",
            "sr-latn": "Službenica sektora za proširenje Evropske komisije",
        },
    },
    "hoti": {
        "name": "Valon Hoti",
        "affiliation": {
            "en": "Policing expert, former adviser to an international mission",
            "sq": "Ekspert i policimit, ish-këshilltar i një misioni ndërkombëtar",
            "sr-latn": "Stručnjak za rad policije, bivši savetnik jedne međunarodne misije",
        },
    },
    "zeqiri": {
        "name": "Shpresa Zeqiri",
        "affiliation": {
            "en": "Former municipal director for community affairs",
            "sq": "Ish-drejtoreshë komunale për çështjet e komuniteteve",
            "sr-latn": "Bivša opštinska direktorka za pitanja zajednica",
        },
    },
    "de-vries": {
        "name": "Pieter de Vries",
        "affiliation": {
            "en": "Researcher at a Brussels think tank",
            "sq": "Hulumtues në një think tank në Bruksel",
            "sr-latn": "Istraživač u jednom briselskom think tanku",
        },
    },
    "markovic": {
        "name": "Stefan Marković",
        "affiliation": {
            "en": "Owner of a small business, North Mitrovica",
            "sq": "Pronar i një biznesi të vogël, Mitrovicë e Veriut",
            "sr-latn": "Vlasnik malog preduzeća, Severna Mitrovica",
        },
    },
    "dushku": {
        "name": "Arta Dushku",
        "affiliation": {
            "en": "Lawyer and legal expert, Prishtina",
            "sq": "Avokate dhe eksperte ligjore, Prishtinë",
            "sr-latn": "Advokatica i pravna stručnjakinja, Priština",
        },
    },
}

UPCOMING = [
    {
        "slug": {
            "en": "roundtable-services-for-serb-communities-north",
            "sq": "tryeze-sherbimet-per-komunitetet-serbe-ne-veri",
            "sr-latn": "okrugli-sto-usluge-za-srpske-zajednice-na-severu",
        },
        "type": "roundtable",
        "days_ahead": 14,
        "hour": 10,
        "hours": 2,
        "venue": "north-mitrovica",
        "languages": "sr-sq",
        "speakers": ["dusan-ristic", "jelena-petrovic", GUESTS["todorovic"]],
        "project": "building-bridges-north",
        "registration": {"open": True, "capacity": 25},
        "title": {
            "en": "Roundtable: public services for Serb communities in the north",
            "sq": "Tryezë e rrumbullakët: shërbimet publike për komunitetet serbe në veri",
            "sr-latn": "Okrugli sto: javne usluge za srpske zajednice na severu",
        },
        "summary": {
            "en": "Municipal officials, service providers and residents of the four northern "
            "municipalities discuss how to keep health care, schools and pensions within reach "
            "during the transition to Kosovo’s institutions.",
            "sq": "Zyrtarë komunalë, ofrues shërbimesh dhe banorë të katër komunave veriore "
            "diskutojnë si të mbeten të arritshme kujdesi shëndetësor, shkollat dhe pensionet "
            "gjatë kalimit në institucionet e Kosovës.",
            "sr-latn": "Opštinski službenici, pružaoci usluga i stanovnici četiri severne "
            "opštine razgovaraju o tome kako da zdravstvena zaštita, škole i penzije ostanu "
            "dostupni tokom prelaska u institucije Kosova.",
        },
        "body": {
            "en": [
                "Over the past two years many of the parallel institutions that served Kosovo "
                "Serbs in the north have closed, and their services have moved, or are moving, "
                "to Kosovo’s institutions. For citizens the change is often confusing: which "
                "office issues which document, in which language, and at what cost.",
                "This roundtable brings together people who run these services and people who "
                "use them. Researchers of our Building bridges project will present first "
                "findings from their interviews in the north, followed by an open discussion. "
                "Places are limited, so please register in advance.",
            ],
            "sq": [
                "Gjatë dy viteve të fundit shumë nga institucionet paralele që u shërbenin "
                "serbëve të Kosovës në veri janë mbyllur, dhe shërbimet e tyre kanë kaluar, ose "
                "po kalojnë, në institucionet e Kosovës. Për qytetarët ndryshimi shpesh është i "
                "paqartë: cila zyrë lëshon cilin dokument, në cilën gjuhë dhe me çfarë kostoje.",
                "Kjo tryezë bashkon njerëzit që i udhëheqin këto shërbime dhe ata që i përdorin. "
                "Hulumtuesit e projektit tonë „Ndërtimi i urave“ do të prezantojnë gjetjet e "
                "para nga intervistat në veri, e më pas do të pasojë një diskutim i hapur. Numri "
                "i vendeve është i kufizuar, prandaj ju lutemi regjistrohuni paraprakisht.",
            ],
            "sr-latn": [
                "Tokom poslednje dve godine zatvorene su mnoge paralelne institucije koje su "
                "služile kosovskim Srbima na severu, a njihove usluge su prešle, ili prelaze, u "
                "institucije Kosova. Građanima je ta promena često nejasna: koja kancelarija "
                "izdaje koji dokument, na kom jeziku i po kojoj ceni.",
                "Ovaj okrugli sto okuplja ljude koji vode ove službe i one koji ih koriste. "
                "Istraživači našeg projekta „Građenje mostova“ predstaviće prve nalaze iz "
                "razgovora na severu, nakon čega sledi otvorena diskusija. Broj mesta je "
                "ograničen, pa vas molimo da se prijavite unapred.",
            ],
        },
    },
    {
        "slug": {
            "en": "conference-state-building-and-the-eu-agenda",
            "sq": "konference-ndertimi-i-shtetit-dhe-agjenda-e-be-se",
            "sr-latn": "konferencija-izgradnja-drzave-i-evropska-agenda",
        },
        "type": "conference",
        "days_ahead": 30,
        "hour": 10,
        "hours": 3,
        "venue": "prishtina-hotel",
        "languages": "sq-sr-en",
        "speakers": ["arber-krasniqi", "dren-gashi", "tamara-savic", GUESTS["laurent"]],
        "project": "elevate-peace",
        "registration": {"open": True, "capacity": 40, "deadline_days": 2},
        "title": {
            "en": "Conference: state-building and the EU agenda",
            "sq": "Konferencë: ndërtimi i shtetit dhe agjenda e BE-së",
            "sr-latn": "Konferencija: izgradnja države i evropska agenda",
        },
        "summary": {
            "en": "Our annual conference asks what Kosovo’s institutions need to do in the "
            "coming year to move forward on the path towards the EU, and how the dialogue with "
            "Serbia affects that path.",
            "sq": "Konferenca jonë vjetore shtron pyetjen se çfarë duhet të bëjnë institucionet "
            "e Kosovës vitin e ardhshëm për të ecur përpara në rrugën drejt BE-së, dhe si "
            "ndikon dialogu me Serbinë në këtë rrugë.",
            "sr-latn": "Naša godišnja konferencija postavlja pitanje šta institucije Kosova treba "
            "da urade u narednoj godini kako bi napredovale na putu ka EU i kako dijalog sa "
            "Srbijom utiče na taj put.",
        },
        "body": {
            "en": [
                "The conference opens with a panel on the reforms of the rule of law and public "
                "administration that the EU expects of Kosovo, and on the progress made since "
                "the application for membership. A second panel looks at the normalisation "
                "agreement with Serbia and its place in the accession process of both countries.",
                "Speakers include researchers of the Balkans Group, officials and independent "
                "experts from Prishtina, Belgrade and Brussels. The conference is part of our "
                "Elevate Peace project, supported by Sida. Seats are limited to 40; registration "
                "closes two days before the conference.",
            ],
            "sq": [
                "Konferenca hapet me një panel për reformat në sundimin e ligjit dhe në "
                "administratën publike që BE-ja pret nga Kosova, si dhe për përparimin e bërë "
                "që nga aplikimi për anëtarësim. Paneli i dytë shqyrton marrëveshjen për "
                "normalizim me Serbinë dhe vendin e saj në procesin e anëtarësimit të të dy "
                "vendeve.",
                "Ndër folësit janë hulumtues të Grupit Ballkanik, zyrtarë dhe ekspertë të "
                "pavarur nga Prishtina, Beogradi dhe Brukseli. Konferenca është pjesë e "
                "projektit tonë „Ngritja e paqes“, të mbështetur nga Sida. Numri i vendeve është "
                "i kufizuar në 40; regjistrimi mbyllet dy ditë para konferencës.",
            ],
            "sr-latn": [
                "Konferencija počinje panelom o reformama vladavine prava i javne uprave koje EU "
                "očekuje od Kosova i o napretku postignutom od podnošenja zahteva za članstvo. "
                "Drugi panel bavi se sporazumom o normalizaciji sa Srbijom i njegovim mestom u "
                "procesu pristupanja obe zemlje.",
                "Među govornicima su istraživači Balkanske grupe, zvaničnici i nezavisni "
                "stručnjaci iz Prištine, Beograda i Brisela. Konferencija je deo našeg projekta "
                "„Unapređenje mira“, uz podršku Side. Broj mesta je ograničen na 40; prijave se "
                "zatvaraju dva dana pre konferencije.",
            ],
        },
    },
    {
        "slug": {
            "en": "webinar-the-brussels-dialogue-explained",
            "sq": "uebinar-dialogu-i-brukselit-i-shpjeguar",
            "sr-latn": "vebinar-briselski-dijalog-objasnjen",
        },
        "type": "webinar",
        "days_ahead": 45,
        "hour": 10,
        "hours": 2,
        "online_url": WEBINAR_URL,
        "languages": "en",
        "speakers": ["nikola-stojanovic", "milica-jovanovic"],
        "registration": {"open": True},
        "title": {
            "en": "Webinar: the Brussels dialogue explained",
            "sq": "Uebinar: dialogu i Brukselit i shpjeguar",
            "sr-latn": "Vebinar: briselski dijalog objašnjen",
        },
        "summary": {
            "en": "An introduction for students, young professionals and journalists to what "
            "Kosovo and Serbia have agreed since 2011, what has been implemented and what "
            "remains open.",
            "sq": "Një hyrje për studentë, profesionistë të rinj dhe gazetarë në atë që Kosova "
            "dhe Serbia kanë dakorduar që nga viti 2011, çfarë është zbatuar dhe çfarë mbetet "
            "e hapur.",
            "sr-latn": "Uvod za studente, mlade stručnjake i novinare u ono što su Kosovo i "
            "Srbija dogovorili od 2011. godine, šta je sprovedeno, a šta je ostalo otvoreno.",
        },
        "body": {
            "en": [
                "More than a decade of talks has produced dozens of agreements, from freedom of "
                "movement and civil registries to energy, justice and the Association of "
                "Serb-majority municipalities. Few people can say which of them are in force and "
                "what they mean for daily life.",
                "In this webinar our researchers walk through the main agreements, drawing on "
                "the monitoring we carried out from 2021 to 2023, and answer questions from "
                "participants. The webinar is held in English; the link is sent to everyone who "
                "registers.",
            ],
            "sq": [
                "Më shumë se një dekadë bisedimesh ka prodhuar dhjetëra marrëveshje, nga liria "
                "e lëvizjes dhe librat e gjendjes civile deri te energjia, drejtësia dhe "
                "Asociacioni i komunave me shumicë serbe. Pak njerëz mund të thonë se cilat prej "
                "tyre janë në fuqi dhe çfarë nënkuptojnë për jetën e përditshme.",
                "Në këtë uebinar hulumtuesit tanë shpjegojnë marrëveshjet kryesore, duke u "
                "mbështetur në monitorimin që kemi bërë nga viti 2021 deri më 2023, dhe u "
                "përgjigjen pyetjeve të pjesëmarrësve. Uebinari mbahet në anglisht; lidhja u "
                "dërgohet të gjithë të regjistruarve.",
            ],
            "sr-latn": [
                "Više od decenije pregovora donelo je desetine sporazuma, od slobode kretanja i "
                "matičnih knjiga do energetike, pravosuđa i Zajednice opština sa srpskom "
                "većinom. Malo ko može da kaže koji su od njih na snazi i šta znače za "
                "svakodnevni život.",
                "Na ovom vebinaru naši istraživači predstavljaju glavne sporazume, oslanjajući "
                "se na praćenje koje smo sprovodili od 2021. do 2023. godine, i odgovaraju na "
                "pitanja učesnika. Vebinar se održava na engleskom jeziku; link se šalje svima "
                "koji se prijave.",
            ],
        },
    },
    {
        "slug": {
            "en": "workshop-for-journalists-reporting-on-kosovo-serbia-relations",
            "sq": "punetori-per-gazetare-raportimi-per-marredheniet-kosove-serbi",
            "sr-latn": "radionica-za-novinare-izvestavanje-o-odnosima-kosova-i-srbije",
        },
        "type": "workshop",
        "days_ahead": 75,
        "hour": 10,
        "hours": 3,
        "venue": "belgrade",
        "languages": "sr-sq",
        "speakers": ["besa-hoxha", "ognjen-lukic", GUESTS["ilic"]],
        "project": "building-bridges-north",
        "title": {
            "en": "Workshop for journalists: reporting on Kosovo–Serbia relations",
            "sq": "Punëtori për gazetarë: raportimi për marrëdhëniet Kosovë–Serbi",
            "sr-latn": "Radionica za novinare: izveštavanje o odnosima Kosova i Srbije",
        },
        "summary": {
            "en": "A practical workshop in Belgrade for journalists from Serbian- and "
            "Albanian-language media on reliable sources, checking claims and reporting on the "
            "other community.",
            "sq": "Një punëtori praktike në Beograd për gazetarë nga mediat në gjuhën serbe dhe "
            "shqipe për burimet e besueshme, verifikimin e pretendimeve dhe raportimin për "
            "komunitetin tjetër.",
            "sr-latn": "Praktična radionica u Beogradu za novinare medija na srpskom i albanskom "
            "jeziku o pouzdanim izvorima, proveri tvrdnji i izveštavanju o drugoj zajednici.",
        },
        "body": {
            "en": [
                "Much of what Serbs and Albanians know about each other comes from media in "
                "their own language, and much of that reporting relies on official statements. "
                "Together with our partner, the Centre for Regional Dialogue, we invite "
                "journalists to work with our researchers on the facts behind the headlines.",
                "The workshop uses recent examples, from the licence plates dispute to the Ibar "
                "bridge, and covers official data, court documents and the texts of the Brussels "
                "agreements. Registration will open a month before the workshop.",
            ],
            "sq": [
                "Shumë nga ajo që serbët dhe shqiptarët dinë për njëri-tjetrin vjen nga mediat "
                "në gjuhën e tyre, dhe shumë nga ky raportim mbështetet në deklarata zyrtare. Së "
                "bashku me partnerin tonë, Qendrën për Dialog Rajonal, i ftojmë gazetarët të "
                "punojnë me hulumtuesit tanë mbi faktet pas titujve.",
                "Punëtoria përdor shembuj të fundit, nga mosmarrëveshja për targat deri te ura "
                "mbi Ibër, dhe trajton të dhënat zyrtare, dokumentet e gjykatave dhe tekstet e "
                "marrëveshjeve të Brukselit. Regjistrimi do të hapet një muaj para punëtorisë.",
            ],
            "sr-latn": [
                "Mnogo toga što Srbi i Albanci znaju jedni o drugima potiče iz medija na "
                "njihovom jeziku, a veliki deo tog izveštavanja oslanja se na zvanične izjave. "
                "Zajedno sa našim partnerom, Centrom za regionalni dijalog, pozivamo novinare da "
                "sa našim istraživačima rade na činjenicama iza naslova.",
                "Radionica koristi skorašnje primere, od spora oko registarskih tablica do mosta "
                "na Ibru, i obuhvata zvanične podatke, sudska dokumenta i tekstove briselskih "
                "sporazuma. Prijave će biti otvorene mesec dana pre radionice.",
            ],
        },
    },
]

PAST = [
    {
        "slug": {
            "en": "roundtable-kosovo-eu-membership-application",
            "sq": "tryeze-aplikimi-i-kosoves-per-anetaresim-ne-be",
            "sr-latn": "okrugli-sto-zahtev-kosova-za-clanstvo-u-eu",
        },
        "type": "roundtable",
        "start": _at(2023, 3, 15),
        "hours": 2,
        "venue": "prishtina-hotel",
        "languages": "sq-sr-en",
        "speakers": ["dren-gashi", GUESTS["keller"]],
        "reports": ["kosovo-eu-membership-application"],
        "title": {
            "en": "Roundtable: Kosovo’s EU membership application, what comes next",
            "sq": "Tryezë e rrumbullakët: aplikimi i Kosovës për anëtarësim në BE, çfarë vjen "
            "më pas",
            "sr-latn": "Okrugli sto: zahtev Kosova za članstvo u EU, šta sledi",
        },
        "summary": {
            "en": "Officials, diplomats and civil society discussed the road map in our policy "
            "analysis of the steps that follow Kosovo’s application for EU membership.",
            "sq": "Zyrtarë, diplomatë dhe shoqëria civile diskutuan udhërrëfyesin e analizës "
            "sonë të politikave për hapat që pasojnë aplikimin e Kosovës për anëtarësim në BE.",
            "sr-latn": "Zvaničnici, diplomate i civilno društvo razgovarali su o mapi puta iz "
            "naše analize politika o koracima koji slede nakon zahteva Kosova za članstvo u EU.",
        },
        "body": {
            "en": [
                "Kosovo applied for membership of the European Union in December 2022. Soon "
                "after, our policy analysis set out what the institutions can do while they wait "
                "for the EU to respond: reforms that matter for citizens whatever the timetable.",
                "The roundtable brought together officials of the ministries responsible for "
                "European integration, ambassadors of EU member states and representatives of "
                "civil society organisations.",
            ],
            "sq": [
                "Kosova aplikoi për anëtarësim në Bashkimin Evropian në dhjetor 2022. Pak më "
                "vonë, analiza jonë e politikave përshkroi çfarë mund të bëjnë institucionet "
                "derisa presin përgjigjen e BE-së: reforma që kanë rëndësi për qytetarët "
                "pavarësisht nga afatet.",
                "Tryeza bashkoi zyrtarë të ministrive përgjegjëse për integrimin evropian, "
                "ambasadorë të shteteve anëtare të BE-së dhe përfaqësues të organizatave të "
                "shoqërisë civile.",
            ],
            "sr-latn": [
                "Kosovo je podnelo zahtev za članstvo u Evropskoj uniji u decembru 2022. Ubrzo "
                "potom naša analiza politika izložila je šta institucije mogu da urade dok čekaju "
                "odgovor EU: reforme koje su važne za građane bez obzira na rokove.",
                "Okrugli sto okupio je službenike ministarstava nadležnih za evropske "
                "integracije, ambasadore država članica EU i predstavnike organizacija civilnog "
                "društva.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Participants agreed that the application gives Kosovo a reason to speed up "
                    "reforms it needs in any case, above all in the rule of law and public "
                    "administration. As the roundtable was held under the Chatham House Rule, "
                    "the discussion is summarised without attribution."
                ],
                [
                    "Align laws with EU standards in a planned way, not in haste before each "
                    "visit from Brussels.",
                    "Involve non-majority communities in the reforms, starting with language "
                    "rights.",
                    "Report publicly on progress every six months.",
                ],
            ),
            "sq": (
                [
                    "Pjesëmarrësit u pajtuan se aplikimi i jep Kosovës një arsye për të "
                    "përshpejtuar reformat që i duhen gjithsesi, mbi të gjitha në sundimin e "
                    "ligjit dhe në administratën publike. Meqë tryeza u mbajt sipas rregullit të "
                    "Chatham House, diskutimi përmblidhet pa përmendur emra."
                ],
                [
                    "Harmonizimi i ligjeve me standardet e BE-së në mënyrë të planifikuar, jo me "
                    "ngut para çdo vizite nga Brukseli.",
                    "Përfshirja e komuniteteve joshumicë në reforma, duke filluar nga të drejtat "
                    "gjuhësore.",
                    "Raportimi publik për përparimin çdo gjashtë muaj.",
                ],
            ),
            "sr-latn": (
                [
                    "Učesnici su se složili da zahtev Kosovu daje razlog da ubrza reforme koje su "
                    "mu ionako potrebne, pre svega u oblasti vladavine prava i javne uprave. "
                    "Pošto je okrugli sto održan po pravilu Chatham House, diskusija je sažeta "
                    "bez navođenja imena."
                ],
                [
                    "Planski usklađivati zakone sa standardima EU, a ne na brzinu pred svaku "
                    "posetu iz Brisela.",
                    "Uključiti nevećinske zajednice u reforme, počevši od jezičkih prava.",
                    "Javno izveštavati o napretku svakih šest meseci.",
                ],
            ),
        },
    },
    {
        "slug": {
            "en": "report-launch-association-of-serb-majority-municipalities",
            "sq": "prezantimi-i-raportit-asociacioni-i-komunave-me-shumice-serbe",
            "sr-latn": "predstavljanje-izvestaja-zajednica-opstina-sa-srpskom-vecinom",
        },
        "type": "report-launch",
        "start": _at(2023, 7, 4),
        "hours": 2,
        "venue": "belgrade",
        "languages": "sr-en",
        "speakers": ["milica-jovanovic", GUESTS["bergstrom"]],
        "project": "monitoring-brussels-agreements",
        "reports": ["association-of-serb-majority-municipalities"],
        "recording": "https://www.youtube.com/watch?v=example1",
        "title": {
            "en": "Report launch in Belgrade: the Association of Serb-majority municipalities",
            "sq": "Prezantimi i raportit në Beograd: Asociacioni i komunave me shumicë serbe",
            "sr-latn": "Predstavljanje izveštaja u Beogradu: Zajednica opština sa srpskom većinom",
        },
        "summary": {
            "en": "We presented our analysis of the deadlock over the Association of "
            "Serb-majority municipalities to researchers, journalists and diplomats in Belgrade.",
            "sq": "Analizën tonë për bllokimin rreth Asociacionit të komunave me shumicë serbe ua "
            "prezantuam hulumtuesve, gazetarëve dhe diplomatëve në Beograd.",
            "sr-latn": "Našu analizu zastoja oko Zajednice opština sa srpskom većinom predstavili "
            "smo istraživačima, novinarima i diplomatama u Beogradu.",
        },
        "body": {
            "en": [
                "Ten years after it was first agreed, the Association of Serb-majority "
                "municipalities has still not been established. Our analysis looks at why, and "
                "at the models that could make it acceptable both under Kosovo’s Constitution "
                "and to Serb communities.",
                "The launch was hosted by the Centre for Regional Dialogue and was one of the few "
                "occasions that year when researchers from Prishtina and Belgrade discussed the "
                "question together in public.",
            ],
            "sq": [
                "Dhjetë vjet pasi u dakordua për herë të parë, Asociacioni i komunave me shumicë "
                "serbe ende nuk është themeluar. Analiza jonë shqyrton pse, si dhe modelet që "
                "mund ta bënin të pranueshëm si sipas Kushtetutës së Kosovës ashtu edhe për "
                "komunitetet serbe.",
                "Prezantimi u mbajt në Qendrën për Dialog Rajonal dhe ishte një nga rastet e "
                "rralla atë vit kur hulumtues nga Prishtina dhe Beogradi e diskutuan çështjen së "
                "bashku në publik.",
            ],
            "sr-latn": [
                "Deset godina nakon što je prvi put dogovorena, Zajednica opština sa srpskom "
                "većinom još nije osnovana. Naša analiza razmatra zašto je to tako, kao i modele "
                "koji bi je mogli učiniti prihvatljivom i prema Ustavu Kosova i za srpske "
                "zajednice.",
                "Domaćin predstavljanja bio je Centar za regionalni dijalog, a bila je to jedna "
                "od retkih prilika te godine da istraživači iz Prištine i Beograda zajedno javno "
                "razgovaraju o ovom pitanju.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "The discussion focused on the European draft statute presented in 2023 and "
                    "on what Serb communities expect from the Association in practice: schools, "
                    "health care and local development rather than political symbolism."
                ],
                [],
            ),
            "sq": (
                [
                    "Diskutimi u përqendrua te drafti evropian i statutit, i paraqitur në vitin "
                    "2023, dhe te ajo që komunitetet serbe presin nga Asociacioni në praktikë: "
                    "shkolla, kujdes shëndetësor dhe zhvillim lokal më shumë sesa simbolikë "
                    "politike."
                ],
                [],
            ),
            "sr-latn": (
                [
                    "Razgovor se usredsredio na evropski nacrt statuta predstavljen 2023. godine "
                    "i na ono što srpske zajednice u praksi očekuju od Zajednice: škole, "
                    "zdravstvenu zaštitu i lokalni razvoj, a ne političku simboliku."
                ],
                [],
            ),
        },
    },
    {
        "slug": {
            "en": "conference-ten-years-of-the-brussels-agreements",
            "sq": "konference-dhjete-vjet-marreveshje-te-brukselit",
            "sr-latn": "konferencija-deset-godina-briselskih-sporazuma",
        },
        "type": "conference",
        "start": _at(2023, 11, 22),
        "hours": 3,
        "venue": "brussels",
        "languages": "en",
        "speakers": ["nikola-stojanovic", "agim-rexhepi", GUESTS["weber"]],
        "project": "monitoring-brussels-agreements",
        "recording": "https://www.youtube.com/watch?v=example2",
        "title": {
            "en": "Conference: ten years of the Brussels agreements",
            "sq": "Konferencë: dhjetë vjet marrëveshje të Brukselit",
            "sr-latn": "Konferencija: deset godina briselskih sporazuma",
        },
        "summary": {
            "en": "Nearing the end of our three-year monitoring project, we presented in "
            "Brussels what has and has not been implemented of the agreements reached in the "
            "EU-facilitated dialogue.",
            "sq": "Afër përfundimit të projektit tonë trevjeçar të monitorimit prezantuam në "
            "Bruksel çfarë është zbatuar dhe çfarë jo nga marrëveshjet e arritura në dialogun e "
            "lehtësuar nga BE-ja.",
            "sr-latn": "Pri kraju našeg trogodišnjeg projekta praćenja predstavili smo u Briselu "
            "šta je sprovedeno, a šta nije od sporazuma postignutih u dijalogu uz posredovanje "
            "EU.",
        },
        "body": {
            "en": [
                "Since 2021 we have tracked the agreements reached in the dialogue between "
                "Kosovo and Serbia, from the first technical agreements to the energy deal and "
                "the integration of the judiciary. The conference presented the results to "
                "officials of the EU institutions and member states.",
                "Speakers compared the promises made at the negotiating table with what "
                "citizens experience on the ground, and discussed what the EU could do "
                "differently in the next phase of the dialogue.",
            ],
            "sq": [
                "Që nga viti 2021 kemi ndjekur marrëveshjet e arritura në dialogun mes Kosovës "
                "dhe Serbisë, nga marrëveshjet e para teknike deri te marrëveshja për energjinë "
                "dhe integrimi i gjyqësorit. Konferenca ua prezantoi rezultatet zyrtarëve të "
                "institucioneve të BE-së dhe të shteteve anëtare.",
                "Folësit krahasuan premtimet e dhëna në tryezën e bisedimeve me atë që "
                "qytetarët përjetojnë në terren, dhe diskutuan çfarë mund të bëjë BE-ja ndryshe "
                "në fazën e ardhshme të dialogut.",
            ],
            "sr-latn": [
                "Od 2021. godine pratimo sporazume postignute u dijalogu Kosova i Srbije, od "
                "prvih tehničkih sporazuma do sporazuma o energetici i integracije pravosuđa. Na "
                "konferenciji su rezultati predstavljeni zvaničnicima institucija EU i država "
                "članica.",
                "Govornici su uporedili obećanja data za pregovaračkim stolom sa onim što "
                "građani doživljavaju na terenu i razgovarali o tome šta bi EU mogla drugačije "
                "da uradi u narednoj fazi dijaloga.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Of the agreements we monitored, fewer than half have been fully "
                    "implemented. Implementation was fastest where both sides saw a direct "
                    "benefit for citizens, as with freedom of movement, and slowest where the "
                    "agreements touched on political status."
                ],
                [
                    "Publish the texts of all agreements and the timetables for implementing them.",
                    "Give the EU a stronger role in monitoring, with regular public reports.",
                    "Involve local communities before, not after, decisions that affect them.",
                ],
            ),
            "sq": (
                [
                    "Nga marrëveshjet që kemi monitoruar, më pak se gjysma janë zbatuar "
                    "plotësisht. Zbatimi ishte më i shpejtë aty ku të dyja palët shihnin "
                    "përfitim të drejtpërdrejtë për qytetarët, si te liria e lëvizjes, dhe më i "
                    "ngadalshëm aty ku marrëveshjet preknin statusin politik."
                ],
                [
                    "Publikimi i teksteve të të gjitha marrëveshjeve dhe i afateve për zbatimin "
                    "e tyre.",
                    "Një rol më i fortë i BE-së në monitorim, me raporte të rregullta publike.",
                    "Përfshirja e komuniteteve lokale para vendimeve që i prekin, jo pas tyre.",
                ],
            ),
            "sr-latn": (
                [
                    "Od sporazuma koje smo pratili, manje od polovine je u potpunosti sprovedeno. "
                    "Sprovođenje je išlo najbrže tamo gde su obe strane videle direktnu korist "
                    "za građane, kao kod slobode kretanja, a najsporije tamo gde su sporazumi "
                    "dodirivali politički status."
                ],
                [
                    "Objaviti tekstove svih sporazuma i rokove za njihovo sprovođenje.",
                    "Dati EU snažniju ulogu u praćenju, uz redovne javne izveštaje.",
                    "Uključiti lokalne zajednice pre odluka koje ih se tiču, a ne posle njih.",
                ],
            ),
        },
    },
    {
        "slug": {
            "en": "report-launch-police-in-the-north",
            "sq": "prezantimi-i-raportit-policia-ne-veri",
            "sr-latn": "predstavljanje-izvestaja-policija-na-severu",
        },
        "type": "report-launch",
        "start": _at(2024, 5, 28),
        "hours": 2,
        "venue": "north-mitrovica",
        "languages": "sr-sq",
        "speakers": ["nikola-stojanovic", "vjosa-berisha", GUESTS["hoti"]],
        "reports": ["police-in-the-north"],
        "title": {
            "en": "Report launch in North Mitrovica: rebuilding a police service the north can "
            "trust",
            "sq": "Prezantimi i raportit në Mitrovicë të Veriut: rindërtimi i një policie që "
            "veriu mund t’i besojë",
            "sr-latn": "Predstavljanje izveštaja u Severnoj Mitrovici: obnova policije kojoj "
            "sever može da veruje",
        },
        "summary": {
            "en": "Our report on policing in the north after the walkout of Serb officers in "
            "2022 was presented to residents, local officials and the police in North Mitrovica.",
            "sq": "Raporti ynë për policimin në veri pas largimit të policëve serbë në vitin "
            "2022 u prezantua para banorëve, zyrtarëve lokalë dhe policisë në Mitrovicë të "
            "Veriut.",
            "sr-latn": "Naš izveštaj o radu policije na severu nakon povlačenja srpskih "
            "policajaca 2022. godine predstavljen je građanima, lokalnim zvaničnicima i "
            "policiji u Severnoj Mitrovici.",
        },
        "body": {
            "en": [
                "In November 2022 almost all Serb officers left the Kosovo Police in the north. "
                "Our report, based on interviews with residents and with former and serving "
                "officers, looks at what the walkout has meant for security and trust, and at "
                "how more Serbs could be brought back into the service.",
                "The launch was held in North Mitrovica so that the people most affected could "
                "discuss the findings directly with the researchers and with representatives of "
                "the police.",
            ],
            "sq": [
                "Në nëntor 2022 pothuajse të gjithë policët serbë u larguan nga Policia e "
                "Kosovës në veri. Raporti ynë, i bazuar në intervista me banorë dhe me policë të "
                "dikurshëm e aktualë, shqyrton çfarë ka sjellë ky largim për sigurinë dhe "
                "besimin, si dhe si mund të kthehen më shumë serbë në polici.",
                "Prezantimi u mbajt në Mitrovicë të Veriut, që njerëzit më të prekur t’i "
                "diskutonin gjetjet drejtpërdrejt me hulumtuesit dhe me përfaqësuesit e "
                "policisë.",
            ],
            "sr-latn": [
                "U novembru 2022. gotovo svi srpski policajci napustili su Kosovsku policiju na "
                "severu. Naš izveštaj, zasnovan na razgovorima sa građanima i sa bivšim i "
                "sadašnjim policajcima, razmatra šta je to povlačenje značilo za bezbednost i "
                "poverenje i kako bi se više Srba moglo vratiti u policiju.",
                "Predstavljanje je održano u Severnoj Mitrovici kako bi oni kojih se to najviše "
                "tiče mogli da o nalazima razgovaraju direktno sa istraživačima i predstavnicima "
                "policije.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Residents said they want a police service that speaks their language and "
                    "knows their neighbourhoods. Representatives of the police described the "
                    "recruitment under way; participants asked for it to be open and fair, with "
                    "clear rules for officers who wish to return."
                ],
                [],
            ),
            "sq": (
                [
                    "Banorët thanë se duan një polici që flet gjuhën e tyre dhe i njeh lagjet e "
                    "tyre. Përfaqësuesit e policisë përshkruan rekrutimin që është në vazhdim; "
                    "pjesëmarrësit kërkuan që ai të jetë i hapur dhe i drejtë, me rregulla të "
                    "qarta për policët që dëshirojnë të kthehen."
                ],
                [],
            ),
            "sr-latn": (
                [
                    "Građani su rekli da žele policiju koja govori njihov jezik i poznaje njihova "
                    "naselja. Predstavnici policije opisali su zapošljavanje koje je u toku; "
                    "učesnici su tražili da ono bude otvoreno i pravično, sa jasnim pravilima za "
                    "policajce koji žele da se vrate."
                ],
                [],
            ),
        },
    },
    {
        "slug": {
            "en": "workshop-inclusive-policymaking-for-municipal-officials",
            "sq": "punetori-politikeberja-gjitheperfshirese-per-zyrtaret-komunale",
            "sr-latn": "radionica-inkluzivno-kreiranje-politika-za-opstinske-sluzbenike",
        },
        "type": "workshop",
        "start": _at(2024, 10, 9),
        "hours": 3,
        "venue": "prishtina-office",
        "languages": "sq-sr",
        "speakers": ["jelena-petrovic", "dren-gashi", GUESTS["zeqiri"]],
        "project": "elevate-peace",
        "title": {
            "en": "Workshop: inclusive policymaking for municipal officials",
            "sq": "Punëtori: politikëbërja gjithëpërfshirëse për zyrtarët komunalë",
            "sr-latn": "Radionica: inkluzivno kreiranje politika za opštinske službenike",
        },
        "summary": {
            "en": "The first workshop of our Elevate Peace project showed municipal officials "
            "from mixed communities how to consult non-majority communities before decisions "
            "are made.",
            "sq": "Punëtoria e parë e projektit tonë „Ngritja e paqes“ u tregoi zyrtarëve "
            "komunalë nga mjedise të përziera si t’i konsultojnë komunitetet joshumicë para se "
            "të merren vendimet.",
            "sr-latn": "Prva radionica našeg projekta „Unapređenje mira“ pokazala je opštinskim "
            "službenicima iz mešovitih sredina kako da konsultuju nevećinske zajednice pre "
            "donošenja odluka.",
        },
        "body": {
            "en": [
                "Kosovo’s laws require municipalities to consult citizens, but in practice public "
                "hearings are often poorly announced and held in one language only. Officials "
                "from six municipalities with Serb, Bosniak, Turkish and Roma communities worked "
                "through real cases with our researchers.",
                "The workshop covered how to announce consultations in all official languages, "
                "how to reach people who do not come to public hearings, and how to show them "
                "afterwards what was done with their views.",
            ],
            "sq": [
                "Ligjet e Kosovës i obligojnë komunat t’i konsultojnë qytetarët, por në praktikë "
                "dëgjimet publike shpesh njoftohen dobët dhe mbahen vetëm në një gjuhë. Zyrtarë "
                "nga gjashtë komuna me komunitete serbe, boshnjake, turke dhe rome punuan me "
                "hulumtuesit tanë mbi raste të vërteta.",
                "Punëtoria trajtoi si të njoftohen konsultimet në të gjitha gjuhët zyrtare, si "
                "të arrihen njerëzit që nuk vijnë në dëgjime publike dhe si t’u tregohet më pas "
                "çfarë u bë me mendimet e tyre.",
            ],
            "sr-latn": [
                "Zakoni Kosova obavezuju opštine da konsultuju građane, ali se javne rasprave u "
                "praksi često slabo najavljuju i održavaju samo na jednom jeziku. Službenici iz "
                "šest opština sa srpskom, bošnjačkom, turskom i romskom zajednicom radili su sa "
                "našim istraživačima na stvarnim primerima.",
                "Radionica je obuhvatila to kako najaviti konsultacije na svim službenim "
                "jezicima, kako doći do ljudi koji ne dolaze na javne rasprave i kako im posle "
                "pokazati šta je urađeno s njihovim mišljenjima.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Participants drafted a simple checklist for consultations, which the "
                    "municipalities agreed to try out over the following six months. We will "
                    "publish the results as part of the Elevate Peace project."
                ],
                [],
            ),
            "sq": (
                [
                    "Pjesëmarrësit hartuan një listë të thjeshtë kontrolli për konsultimet, të "
                    "cilën komunat u pajtuan ta provojnë gjatë gjashtë muajve në vijim. "
                    "Rezultatet do t’i publikojmë si pjesë të projektit „Ngritja e paqes“."
                ],
                [],
            ),
            "sr-latn": (
                [
                    "Učesnici su sastavili jednostavnu kontrolnu listu za konsultacije, koju su "
                    "opštine pristale da isprobaju tokom narednih šest meseci. Rezultate ćemo "
                    "objaviti u okviru projekta „Unapređenje mira“."
                ],
                [],
            ),
        },
    },
    {
        "slug": {
            "en": "brussels-roundtable-visa-free-travel-one-year-on",
            "sq": "tryeze-ne-bruksel-udhetimi-pa-viza-nje-vit-me-vone",
            "sr-latn": "okrugli-sto-u-briselu-putovanje-bez-viza-godinu-dana-kasnije",
        },
        "type": "roundtable",
        "start": _at(2025, 1, 30),
        "hours": 2,
        "venue": "brussels",
        "languages": "en",
        "speakers": ["dren-gashi", "tamara-savic", GUESTS["de-vries"]],
        "project": "elevate-peace",
        "reports": ["visa-free-travel-one-year-on"],
        "title": {
            "en": "Roundtable in Brussels: visa-free travel, one year on",
            "sq": "Tryezë e rrumbullakët në Bruksel: udhëtimi pa viza, një vit më vonë",
            "sr-latn": "Okrugli sto u Briselu: putovanje bez viza, godinu dana kasnije",
        },
        "summary": {
            "en": "Officials of the EU institutions and member states discussed our policy "
            "brief on the first year of visa-free travel for Kosovo’s citizens and the next "
            "steps on the EU agenda.",
            "sq": "Zyrtarë të institucioneve të BE-së dhe të shteteve anëtare diskutuan "
            "përmbledhjen tonë të politikave për vitin e parë të udhëtimit pa viza për "
            "qytetarët e Kosovës dhe hapat e ardhshëm në agjendën e BE-së.",
            "sr-latn": "Zvaničnici institucija EU i država članica razgovarali su o našoj kratkoj "
            "analizi o prvoj godini putovanja bez viza za građane Kosova i o sledećim koracima "
            "na evropskoj agendi.",
        },
        "body": {
            "en": [
                "Since 1 January 2024 citizens of Kosovo have been able to travel to the "
                "Schengen area without a visa. Our policy brief looks at how the first year "
                "went: how many people travelled, how few overstayed, and what the change has "
                "meant for families, students and businesses.",
                "The roundtable was held under the Chatham House Rule, so that officials could "
                "speak freely about the conditions for Kosovo’s further progress towards the EU.",
            ],
            "sq": [
                "Që nga 1 janari 2024 qytetarët e Kosovës mund të udhëtojnë në zonën Schengen "
                "pa vizë. Përmbledhja jonë e politikave shqyrton si shkoi viti i parë: sa "
                "njerëz udhëtuan, sa pak e tejkaluan qëndrimin dhe çfarë ka sjellë ndryshimi "
                "për familjet, studentët dhe bizneset.",
                "Tryeza u mbajt sipas rregullit të Chatham House, që zyrtarët të flisnin "
                "lirshëm për kushtet e përparimit të mëtejmë të Kosovës drejt BE-së.",
            ],
            "sr-latn": [
                "Od 1. januara 2024. građani Kosova mogu da putuju u šengenski prostor bez vize. "
                "Naša kratka analiza razmatra kako je protekla prva godina: koliko je ljudi "
                "putovalo, koliko je malo njih prekoračilo dozvoljeni boravak i šta je ta "
                "promena značila za porodice, studente i preduzeća.",
                "Okrugli sto održan je po pravilu Chatham House, kako bi zvaničnici mogli "
                "slobodno da govore o uslovima za dalji napredak Kosova ka EU.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Participants agreed that the first year has been a success for citizens "
                    "and that the figures on asylum applications and overstays remain low. The "
                    "discussion then turned to the rule-of-law reforms that will determine how "
                    "quickly Kosovo can move forward."
                ],
                [],
            ),
            "sq": (
                [
                    "Pjesëmarrësit u pajtuan se viti i parë ka qenë sukses për qytetarët dhe se "
                    "shifrat për kërkesat për azil dhe tejkalimet e qëndrimit mbeten të ulëta. "
                    "Diskutimi më pas u përqendrua te reformat në sundimin e ligjit, që do të "
                    "përcaktojnë se sa shpejt mund të ecë Kosova përpara."
                ],
                [],
            ),
            "sr-latn": (
                [
                    "Učesnici su se složili da je prva godina bila uspeh za građane i da su "
                    "brojke o zahtevima za azil i prekoračenjima boravka i dalje niske. Razgovor "
                    "se potom usmerio na reforme vladavine prava, od kojih će zavisiti koliko "
                    "brzo Kosovo može da napreduje."
                ],
                [],
            ),
        },
    },
    {
        "slug": {
            "en": "report-launch-the-ibar-bridge-in-mitrovica",
            "sq": "prezantimi-i-raportit-ura-mbi-iber-ne-mitrovice",
            "sr-latn": "predstavljanje-izvestaja-most-na-ibru-u-mitrovici",
        },
        "type": "report-launch",
        "start": _at(2025, 10, 14, 11),
        "hours": 2,
        "venue": "north-mitrovica",
        "languages": "sq-sr",
        "speakers": ["dusan-ristic", "dren-gashi", GUESTS["markovic"]],
        "project": "building-bridges-north",
        "reports": ["mitrovica-bridge"],
        "recording": "https://www.youtube.com/watch?v=example3",
        "title": {
            "en": "Report launch: the Ibar bridge in Mitrovica",
            "sq": "Prezantimi i raportit: ura mbi Ibër në Mitrovicë",
            "sr-latn": "Predstavljanje izveštaja: most na Ibru u Mitrovici",
        },
        "summary": {
            "en": "Residents and officials from both banks of the Ibar discussed our report on "
            "the main bridge in Mitrovica and how to open it to traffic by agreement.",
            "sq": "Banorë dhe zyrtarë nga të dy brigjet e Ibrit diskutuan raportin tonë për "
            "urën kryesore në Mitrovicë dhe si mund të hapet ajo për trafik me marrëveshje.",
            "sr-latn": "Stanovnici i zvaničnici sa obe obale Ibra razgovarali su o našem "
            "izveštaju o glavnom mostu u Mitrovici i o tome kako da se on uz dogovor otvori za "
            "saobraćaj.",
        },
        "body": {
            "en": [
                "For more than two decades the main bridge over the Ibar has been closed to "
                "traffic and has served as a symbol of the division of Mitrovica. Our report, "
                "based on interviews with residents of both banks, looks at what opening it "
                "would mean for their daily lives and what they fear.",
                "The launch, held in North Mitrovica with interpretation in both directions, was "
                "part of our Building bridges project, carried out with the support of the EU "
                "Office in Kosovo.",
            ],
            "sq": [
                "Për më shumë se dy dekada ura kryesore mbi Ibër ka qenë e mbyllur për trafik "
                "dhe ka shërbyer si simbol i ndarjes së Mitrovicës. Raporti ynë, i bazuar në "
                "intervista me banorë të të dy brigjeve, shqyrton çfarë do të nënkuptonte hapja "
                "e saj për jetën e tyre të përditshme dhe nga çfarë kanë frikë.",
                "Prezantimi, i mbajtur në Mitrovicë të Veriut me përkthim në të dy drejtimet, "
                "ishte pjesë e projektit tonë „Ndërtimi i urave“, që zbatohet me mbështetjen e "
                "Zyrës së BE-së në Kosovë.",
            ],
            "sr-latn": [
                "Više od dve decenije glavni most na Ibru zatvoren je za saobraćaj i služi kao "
                "simbol podele Mitrovice. Naš izveštaj, zasnovan na razgovorima sa stanovnicima "
                "obe obale, razmatra šta bi njegovo otvaranje značilo za njihov svakodnevni "
                "život i čega se plaše.",
                "Predstavljanje, održano u Severnoj Mitrovici uz prevođenje u oba smera, bilo je "
                "deo našeg projekta „Građenje mostova“, koji se sprovodi uz podršku Kancelarije "
                "EU na Kosovu.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "More than sixty people from both banks of the Ibar took part. Most agreed "
                    "that the bridge should open, but only in phases and by agreement, with "
                    "measures that residents can see."
                ],
                [
                    "Open the bridge first to pedestrians and emergency vehicles, then to other "
                    "traffic.",
                    "Agree each phase with both municipalities, KFOR and the EU.",
                    "Inform residents of both banks in their own language before each step.",
                ],
            ),
            "sq": (
                [
                    "Morën pjesë më shumë se gjashtëdhjetë persona nga të dy brigjet e Ibrit. "
                    "Shumica u pajtuan se ura duhet të hapet, por vetëm me faza dhe me "
                    "marrëveshje, me masa që banorët mund t’i shohin."
                ],
                [
                    "Hapja e urës së pari për këmbësorët dhe automjetet e emergjencës, pastaj "
                    "për trafikun tjetër.",
                    "Dakordimi i çdo faze me të dyja komunat, KFOR-in dhe BE-në.",
                    "Informimi i banorëve të të dy brigjeve në gjuhën e tyre para çdo hapi.",
                ],
            ),
            "sr-latn": (
                [
                    "Učestvovalo je više od šezdeset ljudi sa obe obale Ibra. Većina se složila "
                    "da most treba otvoriti, ali samo postupno i uz dogovor, sa merama koje "
                    "stanovnici mogu da vide."
                ],
                [
                    "Otvoriti most najpre za pešake i vozila hitnih službi, a zatim i za ostali "
                    "saobraćaj.",
                    "Svaku fazu dogovoriti sa obe opštine, Kforom i EU.",
                    "Pre svakog koraka obavestiti stanovnike obe obale na njihovom jeziku.",
                ],
            ),
        },
    },
    {
        "slug": {
            "en": "webinar-vetting-judges-and-prosecutors",
            "sq": "uebinar-vetingu-i-gjyqtareve-dhe-prokuroreve",
            "sr-latn": "vebinar-provera-sudija-i-tuzilaca",
        },
        "type": "webinar",
        "start": _at(2026, 6, 18, 14),
        "hours": 2,
        "online_url": WEBINAR_URL,
        "languages": "en",
        "speakers": ["vjosa-berisha", "teuta-shala", GUESTS["dushku"]],
        "project": "elevate-peace",
        "reports": ["vetting-judges-and-prosecutors"],
        "recording": "https://www.youtube.com/watch?v=example4",
        "title": {
            "en": "Webinar: vetting Kosovo’s judges and prosecutors, options and risks",
            "sq": "Uebinar: vetingu i gjyqtarëve dhe prokurorëve të Kosovës, opsionet dhe rreziqet",
            "sr-latn": "Vebinar: provera sudija i tužilaca na Kosovu, mogućnosti i rizici",
        },
        "summary": {
            "en": "Two days after we published our analysis of the proposed vetting of the "
            "judiciary, its authors presented the options and answered questions from lawyers "
            "and journalists.",
            "sq": "Dy ditë pasi publikuam analizën tonë për vetingun e propozuar në gjyqësor, "
            "autoret e saj prezantuan opsionet dhe iu përgjigjën pyetjeve të juristëve dhe "
            "gazetarëve.",
            "sr-latn": "Dva dana nakon što smo objavili analizu predložene provere u pravosuđu, "
            "njene autorke predstavile su moguće modele i odgovarale na pitanja pravnika i "
            "novinara.",
        },
        "body": {
            "en": [
                "Kosovo’s government has proposed to vet all judges and prosecutors, checking "
                "their assets, integrity and professional skills. Supporters see it as the only "
                "way to restore trust in the courts; critics warn that it could weaken the "
                "independence of the judiciary and leave courts short of staff.",
                "Our analysis compares the options on the table with Albania’s experience of "
                "vetting since 2016 and sets out the safeguards any vetting in Kosovo would need. "
                "It is available in English.",
            ],
            "sq": [
                "Qeveria e Kosovës ka propozuar vetingun e të gjithë gjyqtarëve dhe "
                "prokurorëve, me kontroll të pasurisë, integritetit dhe aftësive profesionale "
                "të tyre. Përkrahësit e shohin si mënyrën e vetme për të rikthyer besimin te "
                "gjykatat; kritikët paralajmërojnë se mund ta dobësojë pavarësinë e gjyqësorit "
                "dhe t’i lërë gjykatat pa staf të mjaftueshëm.",
                "Analiza jonë i krahason opsionet e propozuara me përvojën e Shqipërisë me "
                "vetingun që nga viti 2016 dhe përcakton garancitë që do t’i duheshin çdo "
                "vetingu në Kosovë. Ajo është në dispozicion në anglisht.",
            ],
            "sr-latn": [
                "Vlada Kosova predložila je proveru svih sudija i tužilaca, uključujući proveru "
                "njihove imovine, integriteta i stručnosti. Pristalice u tome vide jedini način "
                "da se vrati poverenje u sudove; kritičari upozoravaju da bi to moglo da oslabi "
                "nezavisnost pravosuđa i ostavi sudove bez dovoljno kadrova.",
                "Naša analiza upoređuje predložene mogućnosti sa iskustvom Albanije, gde se "
                "provera sprovodi od 2016. godine, i navodi zaštitne mehanizme koji bi bili "
                "potrebni za svaku proveru na Kosovu. Dostupna je na engleskom jeziku.",
            ],
        },
        "report_summary": {
            "en": (
                [
                    "Most questions concerned the independence of the bodies that would carry "
                    "out the vetting and the right of judges and prosecutors to appeal. The "
                    "authors stressed that vetting can only work if it comes with better pay, "
                    "training and the appointment of new judges, Serbs among them, to fill the "
                    "gaps."
                ],
                [],
            ),
            "sq": (
                [
                    "Shumica e pyetjeve kishin të bënin me pavarësinë e organeve që do ta "
                    "kryenin vetingun dhe me të drejtën e gjyqtarëve dhe prokurorëve për ankesë. "
                    "Autoret theksuan se vetingu mund të funksionojë vetëm nëse shoqërohet me "
                    "paga më të mira, trajnime dhe emërimin e gjyqtarëve të rinj, përfshirë "
                    "serbë, për të mbushur vendet e lira."
                ],
                [],
            ),
            "sr-latn": (
                [
                    "Većina pitanja odnosila se na nezavisnost tela koja bi sprovodila proveru i "
                    "na pravo sudija i tužilaca na žalbu. Autorke su naglasile da provera može "
                    "da uspe samo ako je prate bolje plate, obuka i imenovanje novih sudija, "
                    "uključujući i Srbe, kako bi se popunila upražnjena mesta."
                ],
                [],
            ),
        },
    },
]

EVENTS = UPCOMING + PAST
