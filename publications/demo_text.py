"""Demo publications and news of BPRG, in three languages. Everything here is
fictional but written to be credible: the authors are the demo people of
``people.demo_text``; the quotes are attributed to roles, never to real people.
The one real item is the Sida partnership announcement (from BPRG's website).

Keys of the inner dicts are language codes. A report or news item whose
``slug`` is a plain string exists in English only (only ``*_en`` fields, only
an English PDF), so readers of the other languages see the "not yet
translated" notice.

Reports: ``summary`` is ``{lang: (paragraphs, points)}`` (turned into
``<p>``s and a ``<ul>``); ``body`` is ``{lang: [item, ...]}`` where an item is
a paragraph (a string), ``("h2", text)`` or ``("quote", text, attribution)``;
``notes`` are endnotes, referred to in the body as [1], [2]…; ``authors`` are
person slugs or ``{"name": ..., "affiliation": {lang: ...}}`` for guests;
``topics`` name topic slugs (bbg_site/demo/topics.py), ``project`` a project's
English slug (projects/demo_text.py), ``related`` English slugs of earlier
reports, ``pdfs`` the languages a PDF exists in.
"""

import datetime

LIBRARY_SLUG = {"en": "publications", "sq": "publikimet", "sr-latn": "publikacije"}
LIBRARY_TITLE = {"en": "Publications", "sq": "Publikimet", "sr-latn": "Publikacije"}
LIBRARY_INTRO = {
    "en": "Our reports, policy briefs, analyses and commentaries are written jointly by Albanian "
    "and Serb researchers, based on field research on both sides of the Ibar and in Prishtina, "
    "Belgrade and Brussels. Most are published in English, Albanian and Serbian.",
    "sq": "Raportet, përmbledhjet e politikave, analizat dhe komentet tona shkruhen së bashku nga "
    "hulumtues shqiptarë dhe serbë, mbi bazën e hulumtimit në terren në të dy anët e Ibrit, si "
    "dhe në Prishtinë, Beograd dhe Bruksel. Shumica botohen në anglisht, shqip dhe serbisht.",
    "sr-latn": "Naše izveštaje, kratke analize, analize politika i komentare zajednički pišu "
    "albanski i srpski istraživači, na osnovu terenskog istraživanja na obe obale Ibra, kao i u "
    "Prištini, Beogradu i Briselu. Većina se objavljuje na engleskom, albanskom i srpskom jeziku.",
}

NEWS_SLUG = {"en": "news", "sq": "lajme", "sr-latn": "vesti"}
NEWS_TITLE = {"en": "News", "sq": "Lajme", "sr-latn": "Vesti"}
NEWS_INTRO = {
    "en": "Announcements, press releases and statements from the Balkans Group, and our "
    "researchers’ comments in the media.",
    "sq": "Njoftime, komunikata për shtyp dhe deklarata të Grupit Ballkanik, si dhe komentet e "
    "hulumtuesve tanë në media.",
    "sr-latn": "Najave, saopštenja za medije i izjave Balkanske grupe, kao i komentari naših "
    "istraživača u medijima.",
}

COVER_ALT = {
    "en": "Cover of the publication “{title}”",
    "sq": "Kopertina e publikimit „{title}“",
    "sr-latn": "Korica publikacije „{title}“",
}
NEWS_IMAGE_ALT = {
    "en": "Abstract circles in blue and red illustrating the news item “{title}”",
    "sq": "Rrathë abstraktë në blu dhe të kuq që ilustrojnë lajmin „{title}“",
    "sr-latn": "Apstraktni krugovi u plavoj i crvenoj boji koji ilustruju vest „{title}“",
}
NOTES_HEADING = {"en": "Notes", "sq": "Shënime", "sr-latn": "Napomene"}

# In order of publication: related reports name earlier ones.
REPORTS = [
    {
        "slug": "energy-agreements-north",
        "type": "policy-brief",
        "date": datetime.date(2021, 9, 30),
        "number": "2021/04",
        "authors": ["ivana-djuric", "nikola-stojanovic"],
        "topics": ("brussels-dialogue", "northern-kosovo"),
        "project": "monitoring-brussels-agreements",
        "pdfs": ("en",),
        "doi": "10.5281/zenodo.0000000",
        "title": {"en": "Who pays for the lights? Implementing the energy agreements in the north"},
        "subtitle": {
            "en": "The energy agreements reached in Brussels in 2013 and 2015, six years later",
        },
        "summary": {
            "en": (
                [
                    "For more than two decades most households and businesses in the four "
                    "northern municipalities have not paid for the electricity they use, and the "
                    "cost has been carried by consumers in the rest of Kosovo. The energy "
                    "agreements reached in Brussels in 2013 and 2015 foresaw a local supply "
                    "company operating under Kosovo law, but their implementation has stalled "
                    "again and again.",
                    "We recommend that:",
                ],
                [
                    "Prishtina and Belgrade agree a public timetable for billing in the north, "
                    "with a transition period and social tariffs for vulnerable households.",
                    "The Energy Regulatory Office publishes every year the cost of unpaid "
                    "electricity and who bears it.",
                    "The EU links its support for the energy sector in both countries to progress "
                    "on the agreements.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "An unpaid bill"),
                "Unpaid consumption in the north costs Kosovo’s consumers and taxpayers millions "
                "of euros a year. It also leaves residents of the north without the protection of "
                "a regulated supplier: power cuts are frequent, and there is no clear place to "
                "complain when they happen.",
                "Many residents we interviewed said they would be ready to pay a fair price for a "
                "reliable supply, provided the bills came from a company they recognise and in a "
                "language they understand.",
                ("h2", "Why implementation stalled"),
                "Every step of the agreements has depended on political decisions in Prishtina "
                "and Belgrade, and has been delayed whenever relations between them worsened. "
                "Technical matters, such as supply licences and access to the transmission "
                "network, have become bargaining chips in unrelated disputes.",
                "Separating the technical implementation from the politics of the day, with the "
                "EU facilitator reporting publicly on each step, would give the agreements a "
                "chance to work.",
            ],
        },
    },
    {
        "slug": {
            "en": "integrated-courts-north",
            "sq": "gjykatat-e-integruara-ne-veri",
            "sr-latn": "integrisani-sudovi-na-severu",
        },
        "type": "policy-brief",
        "date": datetime.date(2022, 3, 15),
        "number": "2022/02",
        "authors": ["vjosa-berisha", "jelena-petrovic"],
        "topics": ("rule-of-law", "serb-community-integration"),
        "project": "monitoring-brussels-agreements",
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "Integrated courts in the north: justice delivered, justice delayed",
            "sq": "Gjykatat e integruara në veri: drejtësi e dhënë, drejtësi e vonuar",
            "sr-latn": "Integrisani sudovi na severu: pravda postignuta, pravda odložena",
        },
        "subtitle": {
            "en": "The Basic Court of Mitrovica four years after the integration of the judiciary",
            "sq": "Gjykata Themelore e Mitrovicës katër vjet pas integrimit të gjyqësorit",
            "sr-latn": "Osnovni sud u Mitrovici četiri godine posle integracije pravosuđa",
        },
        "summary": {
            "en": (
                [
                    "In October 2017 Serb judges, prosecutors and court staff joined Kosovo’s "
                    "justice system, and the Basic Court of Mitrovica began serving both "
                    "communities. The integration was one of the most tangible results of the "
                    "Brussels dialogue. Four years on, the court works in Albanian and Serbian, "
                    "but a backlog of cases, a shortage of translators and long delays in "
                    "property cases undermine the trust of citizens on both sides.",
                    "We recommend that the Kosovo Judicial Council and the Ministry of Justice:",
                ],
                [
                    "Fill the vacant posts for translators and court interpreters in the "
                    "Mitrovica court and its branches.",
                    "Give priority to property cases, which make up the largest part of the "
                    "backlog.",
                    "Publish court decisions in both official languages at the same time.",
                    "Offer joint training to Albanian and Serb judges and court staff.",
                ],
            ),
            "sq": (
                [
                    "Në tetor të vitit 2017 gjyqtarët, prokurorët dhe stafi gjyqësor serb iu "
                    "bashkuan sistemit të drejtësisë së Kosovës dhe Gjykata Themelore e "
                    "Mitrovicës filloi t’u shërbejë të dy komuniteteve. Integrimi ishte një nga "
                    "rezultatet më të prekshme të dialogut të Brukselit. Katër vjet më vonë, "
                    "gjykata punon në shqip dhe në serbisht, por grumbullimi i lëndëve, mungesa e "
                    "përkthyesve dhe vonesat e gjata në lëndët pronësore e dëmtojnë besimin e "
                    "qytetarëve në të dyja anët.",
                    "U rekomandojmë Këshillit Gjyqësor të Kosovës dhe Ministrisë së Drejtësisë:",
                ],
                [
                    "Të plotësojnë vendet e lira për përkthyes dhe interpretë gjyqësorë në "
                    "gjykatën e Mitrovicës dhe në degët e saj.",
                    "T’u japin përparësi lëndëve pronësore, të cilat përbëjnë pjesën më të madhe "
                    "të lëndëve të pazgjidhura.",
                    "Të publikojnë vendimet gjyqësore në të dyja gjuhët zyrtare në të njëjtën "
                    "kohë.",
                    "T’u ofrojnë trajnime të përbashkëta gjyqtarëve dhe stafit gjyqësor shqiptar "
                    "dhe serb.",
                ],
            ),
            "sr-latn": (
                [
                    "U oktobru 2017. godine srpske sudije, tužioci i sudsko osoblje ušli su u "
                    "pravosudni sistem Kosova, a Osnovni sud u Mitrovici počeo je da služi obema "
                    "zajednicama. Integracija je bila jedan od najopipljivijih rezultata "
                    "briselskog dijaloga. Četiri godine kasnije sud radi na albanskom i srpskom "
                    "jeziku, ali zaostali predmeti, nedostatak prevodilaca i dugo čekanje u "
                    "imovinskim sporovima podrivaju poverenje građana na obe strane.",
                    "Preporučujemo Sudskom savetu Kosova i Ministarstvu pravde da:",
                ],
                [
                    "Popune upražnjena mesta za prevodioce i sudske tumače u sudu u Mitrovici i "
                    "njegovim odeljenjima.",
                    "Daju prednost imovinskim predmetima, koji čine najveći deo zaostalih "
                    "predmeta.",
                    "Objavljuju sudske odluke na oba službena jezika istovremeno.",
                    "Organizuju zajedničke obuke za albanske i srpske sudije i sudsko osoblje.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "An agreement that was implemented"),
                "Unlike many agreements reached in Brussels, the 2015 agreement on justice was "
                "implemented. Serb judges and prosecutors took their oaths, and for the first "
                "time since 1999 residents of the north could turn to a Kosovo court staffed by "
                "judges from their own community.",
                "Judges from both communities now sit in the same court and hear cases in both "
                "languages. Lawyers we interviewed, Albanian and Serb alike, praised the "
                "professionalism of the judges.",
                ("h2", "The cost of delay"),
                "Yet documents often wait weeks for translation, and hearings are postponed "
                "because no interpreter is available. Property disputes, many of them dating back "
                "to the 1990s, can last for years, and each postponement confirms the belief that "
                "the court is not there for ordinary people.",
                (
                    "quote",
                    "Integration happened on paper in a single day. In the corridors it is still "
                    "happening, case by case.",
                    "A lawyer practising at the Basic Court in Mitrovica",
                ),
            ],
            "sq": [
                ("h2", "Një marrëveshje që u zbatua"),
                "Ndryshe nga shumë marrëveshje të arritura në Bruksel, marrëveshja e vitit 2015 "
                "për drejtësinë u zbatua. Gjyqtarët dhe prokurorët serbë dhanë betimin dhe, për "
                "herë të parë që nga viti 1999, banorët e veriut mund t’i drejtoheshin një "
                "gjykate të Kosovës me gjyqtarë nga komuniteti i tyre.",
                "Tani gjyqtarë nga të dy komunitetet punojnë në të njëjtën gjykatë dhe i "
                "shqyrtojnë lëndët në të dyja gjuhët. Avokatët që intervistuam, shqiptarë dhe "
                "serbë, e vlerësuan profesionalizmin e gjyqtarëve.",
                ("h2", "Çmimi i vonesave"),
                "Megjithatë, dokumentet shpesh presin me javë për përkthim dhe seancat shtyhen "
                "sepse nuk ka interpret. Kontestet pronësore, shumë prej tyre që nga vitet "
                "nëntëdhjetë, mund të zgjasin me vite, dhe çdo shtyrje e përforcon bindjen se "
                "gjykata nuk është aty për njerëzit e zakonshëm.",
                (
                    "quote",
                    "Integrimi në letër ndodhi brenda një dite. Nëpër korridore ai ende po ndodh, "
                    "lëndë pas lënde.",
                    "Një avokat që punon në Gjykatën Themelore të Mitrovicës",
                ),
            ],
            "sr-latn": [
                ("h2", "Sporazum koji je sproveden"),
                "Za razliku od mnogih sporazuma postignutih u Briselu, sporazum o pravosuđu iz "
                "2015. godine je sproveden. Srpske sudije i tužioci položili su zakletvu i "
                "stanovnici severa su se prvi put od 1999. godine mogli obratiti kosovskom sudu u "
                "kojem sude sudije iz njihove zajednice.",
                "Sudije iz obe zajednice danas rade u istom sudu i vode postupke na oba jezika. "
                "Advokati s kojima smo razgovarali, i Albanci i Srbi, pohvalili su "
                "profesionalnost sudija.",
                ("h2", "Cena kašnjenja"),
                "Ipak, dokumenta često nedeljama čekaju na prevod, a ročišta se odlažu jer nema "
                "tumača. Imovinski sporovi, od kojih mnogi potiču iz devedesetih godina, mogu "
                "trajati godinama, a svako odlaganje učvršćuje uverenje da sud nije tu zbog "
                "običnih ljudi.",
                (
                    "quote",
                    "Integracija se na papiru desila za jedan dan. U hodnicima se i dalje dešava, "
                    "predmet po predmet.",
                    "Advokat koji radi pred Osnovnim sudom u Mitrovici",
                ),
            ],
        },
    },
    {
        "slug": "licence-plates-lessons",
        "type": "commentary",
        "date": datetime.date(2022, 12, 12),
        "number": "2022/11",
        "authors": ["ivana-djuric"],
        "topics": ("brussels-dialogue", "northern-kosovo"),
        "project": "monitoring-brussels-agreements",
        "pdfs": ("en",),
        "title": {"en": "Licence plates and freedom of movement: lessons from a year of crisis"},
        "subtitle": {"en": "Why the November deal must be the start, not the end, of a solution"},
        "summary": {
            "en": (
                [
                    "A dispute over vehicle licence plates twice brought northern Kosovo to the "
                    "edge of violence in 2022. It led Serb mayors, judges, prosecutors and police "
                    "officers to resign from Kosovo’s institutions in November, and it was "
                    "defused only at the last moment, by an agreement facilitated by the EU. The "
                    "deal ended the immediate crisis but left the underlying questions unanswered.",
                    "We recommend that:",
                ],
                [
                    "The parties agree a permanent solution for vehicle registration, building on "
                    "the neutral plates already in use.",
                    "Kosovo gives residents realistic deadlines and free re-registration before "
                    "any penalties apply.",
                    "The EU publishes regular reports on the implementation of the agreements on "
                    "freedom of movement.",
                    "Prishtina and the Serb community agree a plan for the return of those who "
                    "resigned to their posts.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "How a technical question became a crisis"),
                "The 2011 agreement on freedom of movement, and the arrangements that followed "
                "it, left thousands of cars in the north with plates issued by Serbia for Kosovo "
                "towns. Each attempt to replace them was announced at short notice, and each was "
                "met with barricades.",
                "Residents told us that they did not object to new plates as such, but to the "
                "feeling that a decision about their daily lives had been taken without them, and "
                "to fines they could not afford.",
                ("h2", "What the deal did not solve"),
                "The November agreement stopped the next escalation, but the officers, judges and "
                "mayors who resigned have not come back. Without a plan for their return, the "
                "north risks being governed by people most of its residents did not choose, and "
                "policed by officers who do not speak their language.",
            ],
        },
    },
    {
        "slug": "kosovo-eu-membership-application",
        "type": "policy-analysis",
        "date": datetime.date(2023, 2, 14),
        "number": "2023/01",
        "authors": [
            "dren-gashi",
            {
                "name": "Martin Keller",
                "affiliation": {
                    "en": "Former EU rule-of-law adviser",
                    "sq": "Ish-këshilltar i BE-së për sundimin e ligjit",
                    "sr-latn": "Bivši savetnik EU za vladavinu prava",
                },
            },
        ],
        "topics": ("eu-agenda", "rule-of-law"),
        "pdfs": ("en",),
        "title": {"en": "Kosovo’s EU membership application: a road map for the next steps"},
        "subtitle": {"en": "What Prishtina can do while five member states withhold recognition"},
        "summary": {
            "en": (
                [
                    "On 15 December 2022 Kosovo applied for membership of the European Union. "
                    "Unlike other applicants, it cannot expect the Council to ask the Commission "
                    "for an opinion soon: five member states do not recognise its independence. "
                    "Kosovo can nevertheless use the time to prepare, and to show that it takes "
                    "the obligations of membership seriously.",
                    "We recommend that Kosovo:",
                ],
                [
                    "Adopts a national programme for the adoption of EU law with realistic "
                    "deadlines and a budget.",
                    "Concentrates on the rule of law and public administration reform, where the "
                    "gap with EU standards is largest.",
                    "Builds practical cooperation with the five member states that do not "
                    "recognise it.",
                    "Implements its obligations in the dialogue with Serbia, which the EU treats "
                    "as a condition for progress.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "An application in waiting"),
                "Kosovo’s application was a political signal more than a technical step. It "
                "placed Kosovo on the same path as its neighbours and asked the EU to say how it "
                "will treat an applicant that not all of its members recognise.",
                "For now, the answer is silence. The application has not been forwarded to the "
                "Commission, and no member state has proposed a way around the problem.",
                ("h2", "Using the time well"),
                "Kosovo already has a Stabilisation and Association Agreement with the EU, in "
                "force since 2016. Implementing it in full is the best preparation for "
                "membership, and it does not depend on any decision in Brussels.",
                (
                    "quote",
                    "Nobody in Brussels will give Kosovo a date. But everybody reads the reports "
                    "on whether the courts work.",
                    "An official of an EU member state in Prishtina",
                ),
            ],
        },
    },
    {
        "slug": {
            "en": "association-of-serb-majority-municipalities",
            "sq": "asociacioni-i-komunave-me-shumice-serbe",
            "sr-latn": "zajednica-opstina-sa-srpskom-vecinom",
        },
        "type": "policy-analysis",
        "date": datetime.date(2023, 6, 27),
        "number": "2023/05",
        "authors": [
            "milica-jovanovic",
            {
                "name": "Lena Bergström",
                "affiliation": {
                    "en": "Independent researcher, Stockholm",
                    "sq": "Hulumtuese e pavarur, Stokholm",
                    "sr-latn": "Nezavisna istraživačica, Stokholm",
                },
            },
        ],
        "topics": ("brussels-dialogue", "serb-community-integration"),
        "project": "monitoring-brussels-agreements",
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "The Association of Serb-majority municipalities: a way out of the deadlock",
            "sq": "Asociacioni i komunave me shumicë serbe: një rrugëdalje nga ngërçi",
            "sr-latn": "Zajednica opština sa srpskom većinom: izlaz iz ćorsokaka",
        },
        "subtitle": {
            "en": "Options for self-management within Kosovo’s constitutional order",
            "sq": "Mundësitë për vetëmenaxhim brenda rendit kushtetues të Kosovës",
            "sr-latn": "Mogućnosti za samoupravljanje u okviru ustavnog poretka Kosova",
        },
        "summary": {
            "en": (
                [
                    "Ten years after it was first agreed in Brussels, the Association/Community "
                    "of Serb-majority municipalities still does not exist. For Kosovo Serbs it is "
                    "the promise of the 2013 agreement that was never kept; for many Albanians it "
                    "is the threat of a state within the state. The Agreement on the Path to "
                    "Normalisation of 2023 has put the question back at the centre of the "
                    "dialogue.",
                    "This analysis compares European forms of municipal cooperation and minority "
                    "self-government, and recommends that:",
                ],
                [
                    "Kosovo’s government drafts the statute itself, with European guarantees, in "
                    "line with the 2015 judgment of the Constitutional Court.",
                    "The association’s powers are limited to coordination in economic "
                    "development, education, health and urban and rural planning, as agreed in "
                    "2013.",
                    "Its funding is transparent, with any support from Serbia channelled through "
                    "Kosovo’s treasury.",
                    "Albanian and Serb representatives discuss the draft in public before it is "
                    "adopted.",
                ],
            ),
            "sq": (
                [
                    "Dhjetë vjet pasi u ra dakord për herë të parë në Bruksel, "
                    "Asociacioni/Bashkësia e komunave me shumicë serbe ende nuk ekziston. Për "
                    "serbët e Kosovës ai është premtimi i marrëveshjes së vitit 2013 që nuk u "
                    "mbajt kurrë; për shumë shqiptarë është rreziku i një shteti brenda shtetit. "
                    "Marrëveshja për rrugën drejt normalizimit e vitit 2023 e ka rikthyer këtë "
                    "çështje në qendër të dialogut.",
                    "Kjo analizë krahason format evropiane të bashkëpunimit ndërkomunal dhe të "
                    "vetëqeverisjes së pakicave, dhe rekomandon që:",
                ],
                [
                    "Qeveria e Kosovës ta hartojë vetë statutin, me garanci evropiane, në "
                    "përputhje me aktgjykimin e Gjykatës Kushtetuese të vitit 2015.",
                    "Kompetencat e asociacionit të kufizohen në koordinim në fushat e zhvillimit "
                    "ekonomik, arsimit, shëndetësisë dhe planifikimit urban e rural, siç u ra "
                    "dakord në vitin 2013.",
                    "Financimi i tij të jetë transparent dhe çdo mbështetje nga Serbia të kalojë "
                    "përmes thesarit të Kosovës.",
                    "Përfaqësuesit shqiptarë dhe serbë ta diskutojnë projektstatutin publikisht "
                    "para se të miratohet.",
                ],
            ),
            "sr-latn": (
                [
                    "Deset godina nakon što je prvi put dogovorena u Briselu, Zajednica opština "
                    "sa srpskom većinom i dalje ne postoji. Za kosovske Srbe ona je obećanje iz "
                    "sporazuma iz 2013. godine koje nikada nije ispunjeno; za mnoge Albance ona "
                    "je pretnja od države u državi. Sporazum o putu ka normalizaciji iz 2023. "
                    "godine vratio je ovo pitanje u središte dijaloga.",
                    "Ova analiza poredi evropske oblike saradnje opština i samouprave manjina i "
                    "preporučuje da:",
                ],
                [
                    "Vlada Kosova sama izradi statut, uz evropske garancije, u skladu sa presudom "
                    "Ustavnog suda iz 2015. godine.",
                    "Nadležnosti Zajednice budu ograničene na koordinaciju u oblasti ekonomskog "
                    "razvoja, obrazovanja, zdravstva i urbanističkog i ruralnog planiranja, kako "
                    "je dogovoreno 2013. godine.",
                    "Njeno finansiranje bude transparentno, a svaka podrška iz Srbije ide preko "
                    "trezora Kosova.",
                    "Albanski i srpski predstavnici javno razmotre nacrt pre nego što bude "
                    "usvojen.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "Ten years of promises"),
                "The 2013 agreement gave the association “full overview” of economic development, "
                "education, health and urban and rural planning in its member municipalities. The "
                "general principles agreed in 2015 were found by Kosovo’s Constitutional Court to "
                "be partly incompatible with the constitution, and the process stopped.",
                "Since then, Serb parties have made the association a condition for further steps "
                "in the dialogue, while successive governments in Prishtina have refused to "
                "establish it without stronger guarantees for the unity of the state.",
                ("h2", "Lessons from elsewhere in Europe"),
                "Across Europe, municipalities pool their powers in associations, and minorities "
                "enjoy forms of cultural self-government, from the national minority councils in "
                "Serbia and Croatia to the institutions of the Danish minority in Germany. None "
                "of them has undermined the territorial integrity of the state they belong to.",
                (
                    "quote",
                    "We do not need a state within a state. We need someone to answer when our "
                    "schools and clinics need help.",
                    "A teacher in Gračanica",
                ),
            ],
            "sq": [
                ("h2", "Dhjetë vjet premtimesh"),
                "Marrëveshja e vitit 2013 i dha asociacionit „mbikëqyrje të plotë“ mbi zhvillimin "
                "ekonomik, arsimin, shëndetësinë dhe planifikimin urban e rural në komunat "
                "anëtare. Gjykata Kushtetuese e Kosovës vlerësoi se parimet e përgjithshme të "
                "dakorduara në vitin 2015 ishin pjesërisht në kundërshtim me kushtetutën, dhe "
                "procesi u ndal.",
                "Që atëherë, partitë serbe e kanë bërë asociacionin kusht për hapat e mëtejshëm "
                "në dialog, ndërsa qeveritë e njëpasnjëshme në Prishtinë kanë refuzuar ta "
                "themelojnë pa garanci më të forta për unitetin e shtetit.",
                ("h2", "Mësime nga pjesë të tjera të Evropës"),
                "Në mbarë Evropën, komunat i bashkojnë kompetencat e tyre në asociacione, ndërsa "
                "pakicat gëzojnë forma të vetëqeverisjes kulturore, nga këshillat e pakicave "
                "kombëtare në Serbi dhe Kroaci deri te institucionet e pakicës daneze në "
                "Gjermani. Asnjëra prej tyre nuk e ka cenuar integritetin territorial të shtetit "
                "të cilit i përket.",
                (
                    "quote",
                    "Nuk na duhet shtet brenda shtetit. Na duhet dikush që përgjigjet kur "
                    "shkollat dhe ambulancat tona kanë nevojë për ndihmë.",
                    "Një mësuese në Graçanicë",
                ),
            ],
            "sr-latn": [
                ("h2", "Deset godina obećanja"),
                "Sporazum iz 2013. godine dao je Zajednici „pun pregled“ ekonomskog razvoja, "
                "obrazovanja, zdravstva i urbanističkog i ruralnog planiranja u opštinama "
                "članicama. Ustavni sud Kosova ocenio je da su opšti principi dogovoreni 2015. "
                "godine delimično u suprotnosti sa ustavom, i proces je zastao.",
                "Od tada srpske stranke Zajednicu postavljaju kao uslov za dalje korake u "
                "dijalogu, dok su uzastopne vlade u Prištini odbijale da je formiraju bez jačih "
                "garancija za jedinstvo države.",
                ("h2", "Pouke iz drugih delova Evrope"),
                "Širom Evrope opštine udružuju svoje nadležnosti u zajednice, a manjine uživaju "
                "oblike kulturne samouprave, od nacionalnih saveta manjina u Srbiji i Hrvatskoj "
                "do institucija danske manjine u Nemačkoj. Nijedan od tih oblika nije ugrozio "
                "teritorijalni integritet države kojoj pripada.",
                (
                    "quote",
                    "Ne treba nam država u državi. Treba nam neko ko će se javiti kada našim "
                    "školama i ambulantama zatreba pomoć.",
                    "Nastavnica u Gračanici",
                ),
            ],
        },
    },
    {
        "slug": {
            "en": "police-in-the-north",
            "sq": "policia-ne-veri",
            "sr-latn": "policija-na-severu",
        },
        "type": "report",
        "date": datetime.date(2024, 5, 21),
        "number": "2024/03",
        "authors": ["nikola-stojanovic", "vjosa-berisha"],
        "topics": ("northern-kosovo", "rule-of-law", "serb-community-integration"),
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "After the walkout: rebuilding a police service the north can trust",
            "sq": "Pas largimit: rindërtimi i një shërbimi policor të cilit veriu mund t’i besojë",
            "sr-latn": "Posle odlaska: kako izgraditi policiju kojoj sever može da veruje",
        },
        "subtitle": {
            "en": "The Kosovo Police in the four northern municipalities since November 2022",
            "sq": "Policia e Kosovës në katër komunat veriore që nga nëntori i vitit 2022",
            "sr-latn": "Kosovska policija u četiri severne opštine od novembra 2022. godine",
        },
        "summary": {
            "en": (
                [
                    "In November 2022 almost all Serb officers in the four northern "
                    "municipalities left the Kosovo Police in protest at the decision on vehicle "
                    "licence plates. Eighteen months later, most posts in the north are held by "
                    "officers from elsewhere in Kosovo, few of whom speak Serbian. Residents we "
                    "interviewed describe a police that is more visible but less trusted, and the "
                    "arrangements agreed in Brussels in 2013 for a regional commander from the "
                    "community are no longer applied.",
                    "We recommend that the Kosovo government and the Kosovo Police:",
                ],
                [
                    "Recruit Serbian-speaking officers, including those who left in 2022, through "
                    "a transparent procedure with a clear timetable.",
                    "Appoint a regional commander for the north from the Serb community, as the "
                    "2013 agreement foresees.",
                    "Ensure that every police station in the north has officers who speak "
                    "Serbian, and publish complaints data for each municipality.",
                    "Agree confidence-building measures with municipal assemblies and community "
                    "leaders.",
                ],
            ),
            "sq": (
                [
                    "Në nëntor të vitit 2022, pothuajse të gjithë zyrtarët serbë në katër komunat "
                    "veriore u larguan nga Policia e Kosovës në shenjë proteste ndaj vendimit për "
                    "targat e automjeteve. Tetëmbëdhjetë muaj më vonë, shumica e vendeve në veri "
                    "mbahen nga zyrtarë nga pjesë të tjera të Kosovës, pak prej të cilëve flasin "
                    "serbisht. Banorët që intervistuam e përshkruajnë policinë si më të dukshme, "
                    "por më pak të besueshme, ndërsa rregullimet e dakorduara në Bruksel në vitin "
                    "2013 për një komandant rajonal nga komuniteti nuk zbatohen më.",
                    "I rekomandojmë Qeverisë së Kosovës dhe Policisë së Kosovës:",
                ],
                [
                    "Të rekrutojnë zyrtarë që flasin serbisht, përfshirë ata që u larguan në "
                    "vitin 2022, përmes një procedure transparente me afate të qarta.",
                    "Të emërojnë një komandant rajonal për veriun nga komuniteti serb, siç e "
                    "parasheh marrëveshja e vitit 2013.",
                    "Të sigurojnë që çdo stacion policor në veri të ketë zyrtarë që flasin "
                    "serbisht dhe të publikojnë të dhënat për ankesat për secilën komunë.",
                    "Të dakordojnë masa për ndërtimin e besimit me kuvendet komunale dhe me "
                    "përfaqësuesit e komunitetit.",
                ],
            ),
            "sr-latn": (
                [
                    "U novembru 2022. godine gotovo svi srpski policajci u četiri severne opštine "
                    "napustili su Kosovsku policiju u znak protesta zbog odluke o registarskim "
                    "tablicama. Osamnaest meseci kasnije, većinu mesta na severu zauzimaju "
                    "policajci iz drugih delova Kosova, od kojih malo njih govori srpski. "
                    "Stanovnici s kojima smo razgovarali opisuju policiju koja je vidljivija, ali "
                    "uživa manje poverenja, a rešenja dogovorena u Briselu 2013. godine o "
                    "regionalnom komandantu iz zajednice više se ne primenjuju.",
                    "Preporučujemo Vladi Kosova i Kosovskoj policiji da:",
                ],
                [
                    "Zaposle policajce koji govore srpski, uključujući i one koji su otišli 2022. "
                    "godine, kroz transparentan postupak sa jasnim rokovima.",
                    "Imenuju regionalnog komandanta za sever iz srpske zajednice, kako predviđa "
                    "sporazum iz 2013. godine.",
                    "Obezbede da u svakoj policijskoj stanici na severu ima policajaca koji "
                    "govore srpski i objavljuju podatke o pritužbama za svaku opštinu.",
                    "Dogovore mere za izgradnju poverenja sa opštinskim skupštinama i "
                    "predstavnicima zajednice.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "A police force without local officers"),
                "Before November 2022 the Kosovo Police in the north was staffed largely by local "
                "Serbs, many of whom had joined under the 2013 Brussels agreement. Their "
                "collective departure left the stations in North Mitrovica, Zvečan, Zubin Potok "
                "and Leposavić to be run by officers redeployed from other regions [1].",
                "The new officers have kept order through a tense period, but most of them do not "
                "speak Serbian and do not know the communities they serve. Residents told us that "
                "they now report fewer crimes and traffic accidents than before, because they "
                "expect not to be understood.",
                (
                    "quote",
                    "We used to call the police and someone from our street answered. Now we call "
                    "and nobody understands us.",
                    "A resident of Zvečan",
                ),
                ("h2", "What can be done"),
                "Bringing Serb officers back into the police is not only a question of numbers. "
                "It requires a recruitment procedure that treats the 2022 resignations as a "
                "political protest rather than a disciplinary offence, language training for "
                "officers already serving in the north, and regular meetings between station "
                "commanders and residents.",
                "Kosovo’s institutions and the EU should also return to the 2013 arrangements on "
                "policing in the north, which remain part of the agreements both parties have "
                "accepted [2].",
            ],
            "sq": [
                ("h2", "Një polici pa zyrtarë vendorë"),
                "Para nëntorit të vitit 2022, Policia e Kosovës në veri përbëhej kryesisht nga "
                "serbë vendës, shumë prej të cilëve ishin bashkuar me të sipas marrëveshjes së "
                "Brukselit të vitit 2013. Largimi i tyre kolektiv i la stacionet në Mitrovicë të "
                "Veriut, Zveçan, Zubin Potok dhe Leposaviq në duart e zyrtarëve të transferuar "
                "nga rajone të tjera [1].",
                "Zyrtarët e rinj e kanë ruajtur rendin në një periudhë të tensionuar, por shumica "
                "e tyre nuk flasin serbisht dhe nuk i njohin komunitetet të cilave u shërbejnë. "
                "Banorët na thanë se tani raportojnë më pak krime dhe aksidente trafiku se më "
                "parë, sepse nuk presin të kuptohen.",
                (
                    "quote",
                    "Dikur e thërrisnim policinë dhe përgjigjej dikush nga rruga jonë. Tani e "
                    "thërrasim dhe askush nuk na kupton.",
                    "Një banor i Zveçanit",
                ),
                ("h2", "Çfarë mund të bëhet"),
                "Rikthimi i zyrtarëve serbë në polici nuk është vetëm çështje numrash. Ai kërkon "
                "një procedurë rekrutimi që dorëheqjet e vitit 2022 i trajton si protestë "
                "politike e jo si shkelje disiplinore, trajnime gjuhësore për zyrtarët që tashmë "
                "shërbejnë në veri dhe takime të rregullta ndërmjet komandantëve të stacioneve "
                "dhe banorëve.",
                "Institucionet e Kosovës dhe BE-ja duhet t’u rikthehen edhe rregullimeve të vitit "
                "2013 për policimin në veri, të cilat mbeten pjesë e marrëveshjeve që të dyja "
                "palët i kanë pranuar [2].",
            ],
            "sr-latn": [
                ("h2", "Policija bez lokalnih policajaca"),
                "Pre novembra 2022. godine Kosovsku policiju na severu činili su uglavnom lokalni "
                "Srbi, od kojih su mnogi u nju ušli na osnovu Briselskog sporazuma iz 2013. "
                "godine. Njihovim kolektivnim odlaskom stanice u Severnoj Mitrovici, Zvečanu, "
                "Zubinom Potoku i Leposaviću ostale su u rukama policajaca premeštenih iz drugih "
                "regiona [1].",
                "Novi policajci su održali red u napetom periodu, ali većina njih ne govori "
                "srpski i ne poznaje zajednice kojima služi. Stanovnici su nam rekli da sada "
                "prijavljuju manje krivičnih dela i saobraćajnih nezgoda nego ranije, jer očekuju "
                "da ih neće razumeti.",
                (
                    "quote",
                    "Nekada smo zvali policiju i javljao se neko iz naše ulice. Sada zovemo i "
                    "niko nas ne razume.",
                    "Stanovnik Zvečana",
                ),
                ("h2", "Šta se može učiniti"),
                "Povratak srpskih policajaca u policiju nije samo pitanje brojeva. Za to je "
                "potreban postupak zapošljavanja koji ostavke iz 2022. godine tretira kao "
                "politički protest, a ne kao disciplinski prekršaj, jezička obuka za policajce "
                "koji već služe na severu i redovni sastanci komandira stanica sa građanima.",
                "Institucije Kosova i EU treba da se vrate i rešenjima iz 2013. godine o radu "
                "policije na severu, koja su i dalje deo sporazuma koje su obe strane prihvatile "
                "[2].",
            ],
        },
        "notes": {
            "en": [
                "Interviews by the Balkans Group with residents, former police officers and "
                "municipal officials in North Mitrovica, Zvečan, Zubin Potok and Leposavić, "
                "February–April 2024.",
                "First Agreement of Principles Governing the Normalisation of Relations, "
                "Brussels, 19 April 2013, points 7–9.",
            ],
            "sq": [
                "Intervista të Grupit Ballkanik me banorë, ish-zyrtarë policorë dhe zyrtarë "
                "komunalë në Mitrovicë të Veriut, Zveçan, Zubin Potok dhe Leposaviq, shkurt–prill "
                "2024.",
                "Marrëveshja e parë e parimeve që rregullojnë normalizimin e marrëdhënieve, "
                "Bruksel, 19 prill 2013, pikat 7–9.",
            ],
            "sr-latn": [
                "Razgovori Balkanske grupe sa stanovnicima, bivšim policajcima i opštinskim "
                "službenicima u Severnoj Mitrovici, Zvečanu, Zubinom Potoku i Leposaviću, "
                "februar–april 2024.",
                "Prvi sporazum o principima normalizacije odnosa, Brisel, 19. april 2013, tačke "
                "7–9.",
            ],
        },
    },
    {
        "slug": {
            "en": "currency-rule-six-months-on",
            "sq": "rregulla-per-valuten-pas-gjashte-muajsh",
            "sr-latn": "pravilo-o-valuti-sest-meseci-kasnije",
        },
        "type": "policy-brief",
        "date": datetime.date(2024, 8, 27),
        "number": "2024/06",
        "authors": ["ognjen-lukic", "dren-gashi"],
        "topics": ("serb-community-integration", "northern-kosovo"),
        "pdfs": ("en", "sr-latn"),
        "title": {
            "en": "Pensions in cash: the currency rule six months on",
            "sq": "Pensionet në para të gatshme: rregulla për valutën gjashtë muaj më vonë",
            "sr-latn": "Penzije u gotovini: pravilo o valuti šest meseci kasnije",
        },
        "subtitle": {
            "en": "How the end of cash payments in dinars affects Serb communities in Kosovo",
            "sq": "Si ndikon ndërprerja e pagesave në dinarë në komunitetet serbe në Kosovë",
            "sr-latn": "Kako prestanak gotovinskih plaćanja u dinarima pogađa srpske zajednice na "
            "Kosovu",
        },
        "summary": {
            "en": (
                [
                    "Since 1 February 2024 a regulation of the Central Bank of Kosovo has made "
                    "the euro the only currency for cash payments. Serb communities, who receive "
                    "pensions, salaries and social benefits from Serbia in dinars, have had to "
                    "find new ways of getting their money. Six months on, many pensioners travel "
                    "to Serbia to withdraw cash, and the few bank branches in Serb-majority areas "
                    "cannot meet demand.",
                    "We recommend that:",
                ],
                [
                    "The Central Bank and commercial banks open more branches and cash machines "
                    "in Serb-majority municipalities.",
                    "Kosovo and Serbia agree, within the dialogue, how payments from Serbia can "
                    "reach beneficiaries through banks licensed in Kosovo.",
                    "Pensioners and people with disabilities receive priority help during the "
                    "transition.",
                ],
            ),
            "sq": (
                [
                    "Që nga 1 shkurti 2024, një rregullore e Bankës Qendrore të Kosovës e ka bërë "
                    "euron valutën e vetme për pagesat në para të gatshme. Komunitetet serbe, të "
                    "cilat marrin pensione, paga dhe ndihma sociale nga Serbia në dinarë, janë "
                    "detyruar të gjejnë mënyra të reja për t’i marrë paratë e tyre. Gjashtë muaj "
                    "më vonë, shumë pensionistë udhëtojnë në Serbi për të tërhequr para, ndërsa "
                    "degët e pakta bankare në zonat me shumicë serbe nuk e përballojnë kërkesën.",
                    "Ne rekomandojmë që:",
                ],
                [
                    "Banka Qendrore dhe bankat komerciale të hapin më shumë degë dhe bankomatë në "
                    "komunat me shumicë serbe.",
                    "Kosova dhe Serbia të bien dakord, brenda dialogut, se si pagesat nga Serbia "
                    "mund t’u arrijnë përfituesve përmes bankave të licencuara në Kosovë.",
                    "Pensionistët dhe personat me aftësi të kufizuara të marrin ndihmë me "
                    "përparësi gjatë periudhës kalimtare.",
                ],
            ),
            "sr-latn": (
                [
                    "Od 1. februara 2024. godine uredba Centralne banke Kosova učinila je evro "
                    "jedinom valutom za gotovinska plaćanja. Srpske zajednice, koje penzije, "
                    "plate i socijalnu pomoć iz Srbije primaju u dinarima, morale su da pronađu "
                    "nove načine da dođu do svog novca. Šest meseci kasnije mnogi penzioneri "
                    "putuju u Srbiju da podignu novac, a malobrojne filijale banaka u sredinama "
                    "sa srpskom većinom ne mogu da odgovore na potražnju.",
                    "Preporučujemo da:",
                ],
                [
                    "Centralna banka i komercijalne banke otvore više filijala i bankomata u "
                    "opštinama sa srpskom većinom.",
                    "Kosovo i Srbija se u okviru dijaloga dogovore kako isplate iz Srbije mogu da "
                    "stignu do korisnika preko banaka licenciranih na Kosovu.",
                    "Penzioneri i osobe sa invaliditetom dobiju prioritetnu pomoć tokom prelaznog "
                    "perioda.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "A rule with unequal effects"),
                "The regulation applies to everyone in Kosovo, but its effects fall almost "
                "entirely on the Serb community. Families who depended on cash in dinars now have "
                "to open accounts, exchange money or travel to Serbia to collect their pensions.",
                (
                    "quote",
                    "I am seventy-eight. Every month my son drives me two hours to collect a "
                    "pension I used to get around the corner.",
                    "A pensioner in Zubin Potok",
                ),
                ("h2", "A solution within the dialogue"),
                "The EU has proposed a transitional arrangement under which payments from Serbia "
                "would reach beneficiaries through banks licensed in Kosovo. Agreeing on it "
                "should be a priority for both parties, because the people who pay the price of "
                "delay are the oldest and poorest members of the community.",
            ],
            "sq": [
                ("h2", "Një rregull me efekte të pabarabarta"),
                "Rregullorja vlen për të gjithë në Kosovë, por efektet e saj bien pothuajse "
                "tërësisht mbi komunitetin serb. Familjet që varen nga paratë e gatshme në dinarë "
                "tani duhet të hapin llogari, të këmbejnë para ose të udhëtojnë në Serbi për të "
                "marrë pensionet.",
                (
                    "quote",
                    "Jam shtatëdhjetë e tetë vjeç. Çdo muaj djali më çon dy orë me makinë për të "
                    "marrë një pension që dikur e merrja këtu afër.",
                    "Një pensionist në Zubin Potok",
                ),
                ("h2", "Një zgjidhje brenda dialogut"),
                "BE-ja ka propozuar një rregullim kalimtar sipas të cilit pagesat nga Serbia do "
                "t’u arrinin përfituesve përmes bankave të licencuara në Kosovë. Marrëveshja për "
                "të duhet të jetë përparësi për të dyja palët, sepse çmimin e vonesës e paguajnë "
                "anëtarët më të moshuar dhe më të varfër të komunitetit.",
            ],
            "sr-latn": [
                ("h2", "Pravilo sa nejednakim posledicama"),
                "Uredba važi za sve na Kosovu, ali njene posledice gotovo u potpunosti snosi "
                "srpska zajednica. Porodice koje su zavisile od gotovine u dinarima sada moraju "
                "da otvaraju račune, menjaju novac ili putuju u Srbiju da bi podigle penzije.",
                (
                    "quote",
                    "Imam sedamdeset osam godina. Svakog meseca me sin vozi dva sata da podignem "
                    "penziju koju sam ranije primao iza ćoška.",
                    "Penzioner iz Zubinog Potoka",
                ),
                ("h2", "Rešenje u okviru dijaloga"),
                "EU je predložila prelazno rešenje po kojem bi isplate iz Srbije stizale do "
                "korisnika preko banaka licenciranih na Kosovu. Dogovor o tome treba da bude "
                "prioritet za obe strane, jer cenu kašnjenja plaćaju najstariji i najsiromašniji "
                "članovi zajednice.",
            ],
        },
    },
    {
        "slug": {
            "en": "visa-free-travel-one-year-on",
            "sq": "udhetimi-pa-viza-nje-vit-me-vone",
            "sr-latn": "putovanje-bez-viza-godinu-dana-kasnije",
        },
        "type": "policy-brief",
        "date": datetime.date(2025, 1, 28),
        "number": "2025/02",
        "authors": ["dren-gashi", "tamara-savic"],
        "topics": ("eu-agenda",),
        "project": "elevate-peace",
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "Visa-free travel, one year on: what changed for Kosovo’s citizens",
            "sq": "Udhëtimi pa viza, një vit më vonë: çfarë ndryshoi për qytetarët e Kosovës",
            "sr-latn": "Putovanje bez viza, godinu dana kasnije: šta se promenilo za građane "
            "Kosova",
        },
        "subtitle": {
            "en": "Mobility, expectations and the reforms that keep the door open",
            "sq": "Lëvizshmëria, pritjet dhe reformat që e mbajnë derën të hapur",
            "sr-latn": "Mobilnost, očekivanja i reforme koje drže vrata otvorenim",
        },
        "summary": {
            "en": (
                [
                    "Since 1 January 2024 the citizens of Kosovo have been able to travel to the "
                    "Schengen area without a visa, the last in the western Balkans to gain that "
                    "right. In its first year, visa-free travel has brought families together, "
                    "made business trips easier and given many young people their first "
                    "experience of the EU. It has also raised expectations that the EU will "
                    "reward further reforms.",
                    "To keep and build on this achievement, Kosovo should:",
                ],
                [
                    "Inform citizens clearly of the rules on the length of stay and on work, to "
                    "avoid overstays and refusals of entry.",
                    "Prepare its citizens and border services for the EU’s new Entry/Exit System "
                    "and travel authorisation (ETIAS).",
                    "Continue the reforms in the rule of law, border management and the fight "
                    "against organised crime that the EU monitors.",
                ],
            ),
            "sq": (
                [
                    "Që nga 1 janari 2024, qytetarët e Kosovës mund të udhëtojnë në zonën Shengen "
                    "pa viza, të fundit në Ballkanin Perëndimor që e fituan këtë të drejtë. Në "
                    "vitin e parë, udhëtimi pa viza ka bashkuar familje, ka lehtësuar udhëtimet e "
                    "punës dhe u ka dhënë shumë të rinjve përvojën e tyre të parë në BE. Ai ka "
                    "ngritur edhe pritjet se BE-ja do t’i shpërblejë reformat e mëtejshme.",
                    "Për ta ruajtur dhe për ta çuar më tej këtë arritje, Kosova duhet:",
                ],
                [
                    "T’i informojë qartë qytetarët për rregullat mbi kohëzgjatjen e qëndrimit dhe "
                    "punën, për të shmangur tejkalimin e qëndrimit dhe refuzimin e hyrjes.",
                    "T’i përgatisë qytetarët dhe shërbimet kufitare për Sistemin e ri të "
                    "Hyrje-Daljeve të BE-së dhe autorizimin e udhëtimit (ETIAS).",
                    "T’i vazhdojë reformat në sundimin e ligjit, menaxhimin e kufirit dhe luftën "
                    "kundër krimit të organizuar, të cilat BE-ja i monitoron.",
                ],
            ),
            "sr-latn": (
                [
                    "Od 1. januara 2024. godine građani Kosova mogu da putuju u šengenski prostor "
                    "bez viza, kao poslednji na Zapadnom Balkanu koji su stekli to pravo. U prvoj "
                    "godini putovanje bez viza spojilo je porodice, olakšalo poslovna putovanja i "
                    "mnogim mladima omogućilo prvo iskustvo boravka u EU. Ono je podiglo i "
                    "očekivanja da će EU nagraditi nove reforme.",
                    "Da bi sačuvalo i nadogradilo ovo dostignuće, Kosovo treba da:",
                ],
                [
                    "Jasno obavesti građane o pravilima o dužini boravka i o radu, kako bi se "
                    "izbegla prekoračenja boravka i odbijanje ulaska.",
                    "Pripremi građane i granične službe za novi sistem ulaska i izlaska EU i za "
                    "odobrenje za putovanje (ETIAS).",
                    "Nastavi reforme u oblasti vladavine prava, upravljanja granicom i borbe "
                    "protiv organizovanog kriminala koje EU prati.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "The first year"),
                "For more than a decade, Kosovo’s citizens were the only ones in the region who "
                "needed a visa to visit the EU. Long queues at consulates, refused applications "
                "and high fees were a constant reminder of isolation. The decision that took "
                "effect at the start of 2024 ended that.",
                "In the first months the number of trips grew quickly, above all to Germany, "
                "Switzerland and Austria, where many families have relatives. Travel agencies and "
                "bus companies added new routes, and universities reported more student exchanges.",
                ("h2", "Keeping the door open"),
                "Visa-free travel can be suspended if the number of unfounded asylum applications "
                "or overstays rises sharply. So far the figures have remained low. The task now "
                "is to keep it that way while showing that Kosovo can deliver the reforms the EU "
                "expects of a country that wants to join it.",
                (
                    "quote",
                    "The visa was the wall people could see. The walls that remain are in the "
                    "reforms, and they are harder to see.",
                    "An EU diplomat in Prishtina",
                ),
            ],
            "sq": [
                ("h2", "Viti i parë"),
                "Për më shumë se një dekadë, qytetarët e Kosovës ishin të vetmit në rajon që "
                "kishin nevojë për vizë për të vizituar BE-në. Radhët e gjata para konsullatave, "
                "aplikimet e refuzuara dhe tarifat e larta ishin kujtesë e vazhdueshme e "
                "izolimit. Vendimi që hyri në fuqi në fillim të vitit 2024 i dha fund kësaj.",
                "Në muajt e parë numri i udhëtimeve u rrit shpejt, sidomos drejt Gjermanisë, "
                "Zvicrës dhe Austrisë, ku shumë familje kanë të afërm. Agjencitë e udhëtimit dhe "
                "kompanitë e autobusëve shtuan linja të reja, ndërsa universitetet raportuan më "
                "shumë shkëmbime studentore.",
                ("h2", "Ta mbajmë derën të hapur"),
                "Udhëtimi pa viza mund të pezullohet nëse numri i kërkesave të pabazuara për azil "
                "ose i tejkalimeve të qëndrimit rritet ndjeshëm. Deri tani shifrat kanë mbetur të "
                "ulëta. Detyra tani është që kjo të mbetet kështu, duke treguar njëkohësisht se "
                "Kosova mund t’i zbatojë reformat që BE-ja pret nga një vend që dëshiron t’i "
                "bashkohet.",
                (
                    "quote",
                    "Viza ishte muri që njerëzit e shihnin. Muret që kanë mbetur janë te "
                    "reformat, dhe ato shihen më vështirë.",
                    "Një diplomat i BE-së në Prishtinë",
                ),
            ],
            "sr-latn": [
                ("h2", "Prva godina"),
                "Više od jedne decenije građani Kosova bili su jedini u regionu kojima je za "
                "posetu EU bila potrebna viza. Dugi redovi ispred konzulata, odbijeni zahtevi i "
                "visoke takse bili su stalni podsetnik na izolaciju. Odluka koja je stupila na "
                "snagu početkom 2024. godine tome je stala na kraj.",
                "U prvim mesecima broj putovanja brzo je rastao, pre svega ka Nemačkoj, "
                "Švajcarskoj i Austriji, gde mnoge porodice imaju rođake. Turističke agencije i "
                "autobuski prevoznici uveli su nove linije, a univerziteti su zabeležili više "
                "studentskih razmena.",
                ("h2", "Da vrata ostanu otvorena"),
                "Putovanje bez viza može biti suspendovano ako broj neosnovanih zahteva za azil "
                "ili prekoračenja boravka naglo poraste. Do sada su brojke ostale niske. Zadatak "
                "je da tako i ostane, uz dokaz da Kosovo može da sprovede reforme koje EU očekuje "
                "od zemlje koja želi da joj se pridruži.",
                (
                    "quote",
                    "Viza je bila zid koji su ljudi videli. Zidovi koji su ostali nalaze se u "
                    "reformama i njih je teže videti.",
                    "Diplomata EU u Prištini",
                ),
            ],
        },
    },
    {
        "slug": {
            "en": "normalisation-agreement-two-years-on",
            "sq": "marreveshja-e-normalizimit-dy-vjet-me-vone",
            "sr-latn": "sporazum-o-normalizaciji-dve-godine-kasnije",
        },
        "type": "report",
        "date": datetime.date(2025, 3, 18),
        "number": "2025/03",
        "authors": ["arber-krasniqi", "milica-jovanovic"],
        "topics": ("brussels-dialogue", "eu-agenda", "serb-community-integration"),
        "project": "elevate-peace",
        "pdfs": ("en", "sq", "sr-latn"),
        "isbn": "978-9951-000-00-0",
        "related": (
            "association-of-serb-majority-municipalities",
            "kosovo-eu-membership-application",
        ),
        "title": {
            "en": "Two years after Ohrid: the normalisation agreement between promise and practice",
            "sq": "Dy vjet pas Ohrit: marrëveshja e normalizimit ndërmjet premtimit dhe praktikës",
            "sr-latn": "Dve godine posle Ohrida: sporazum o normalizaciji između obećanja i prakse",
        },
        "subtitle": {
            "en": "Which commitments Kosovo and Serbia have kept, which they have not, and what "
            "the EU can do",
            "sq": "Cilat zotime i kanë mbajtur Kosova dhe Serbia, cilat jo, dhe çfarë mund të "
            "bëjë BE-ja",
            "sr-latn": "Koje su obaveze Kosovo i Srbija ispunili, koje nisu i šta EU može da učini",
        },
        "summary": {
            "en": (
                [
                    "On 27 February 2023 in Brussels, and on 18 March 2023 in Ohrid, the leaders "
                    "of Kosovo and Serbia accepted the Agreement on the Path to Normalisation and "
                    "its Implementation Annex. Two years later, few of its eleven articles have "
                    "been implemented in full. Each side accuses the other of bad faith, the "
                    "arrangements for the self-management of the Serb community have not been "
                    "established, and the armed attack in Banjska in September 2023 froze the "
                    "dialogue for months.",
                    "The report finds that the agreement remains the best available framework, "
                    "and recommends that:",
                ],
                [
                    "The EU publishes a timetable for implementation, with clear steps for both "
                    "parties.",
                    "Kosovo presents a draft statute for the self-management of the Serb "
                    "community consistent with its constitution.",
                    "Serbia confirms in writing that it will not object to Kosovo’s membership of "
                    "international organisations.",
                    "Both parties link progress in the dialogue to tangible benefits for "
                    "citizens, such as the recognition of documents and diplomas.",
                ],
            ),
            "sq": (
                [
                    "Më 27 shkurt 2023 në Bruksel dhe më 18 mars 2023 në Ohër, udhëheqësit e "
                    "Kosovës dhe të Serbisë pranuan Marrëveshjen për rrugën drejt normalizimit "
                    "dhe Aneksin e saj të zbatimit. Dy vjet më vonë, pak nga njëmbëdhjetë nenet e "
                    "saj janë zbatuar plotësisht. Secila palë e akuzon tjetrën për keqbesim, "
                    "rregullimet për vetëmenaxhimin e komunitetit serb nuk janë krijuar, ndërsa "
                    "sulmi i armatosur në Banjskë në shtator të vitit 2023 e ngriu dialogun për "
                    "muaj të tërë.",
                    "Raporti konstaton se marrëveshja mbetet korniza më e mirë në dispozicion dhe "
                    "rekomandon që:",
                ],
                [
                    "BE-ja të publikojë një kalendar zbatimi, me hapa të qartë për të dyja palët.",
                    "Kosova të paraqesë një projektstatut për vetëmenaxhimin e komunitetit serb "
                    "në përputhje me kushtetutën e saj.",
                    "Serbia të konfirmojë me shkrim se nuk do ta kundërshtojë anëtarësimin e "
                    "Kosovës në organizatat ndërkombëtare.",
                    "Të dyja palët ta lidhin përparimin në dialog me përfitime të prekshme për "
                    "qytetarët, si njohja e dokumenteve dhe e diplomave.",
                ],
            ),
            "sr-latn": (
                [
                    "Lideri Kosova i Srbije prihvatili su 27. februara 2023. u Briselu i 18. "
                    "marta 2023. u Ohridu Sporazum o putu ka normalizaciji i Aneks o njegovom "
                    "sprovođenju. Dve godine kasnije, malo je od njegovih jedanaest članova u "
                    "potpunosti sprovedeno. Svaka strana optužuje drugu za nepoštovanje dogovora, "
                    "rešenja za samoupravljanje srpske zajednice nisu uspostavljena, a oružani "
                    "napad u Banjskoj u septembru 2023. godine zamrznuo je dijalog na više meseci.",
                    "Izveštaj zaključuje da je sporazum i dalje najbolji raspoloživi okvir i "
                    "preporučuje da:",
                ],
                [
                    "EU objavi vremenski plan sprovođenja, sa jasnim koracima za obe strane.",
                    "Kosovo predstavi nacrt statuta za samoupravljanje srpske zajednice koji je u "
                    "skladu sa njegovim ustavom.",
                    "Srbija pisanim putem potvrdi da se neće protiviti članstvu Kosova u "
                    "međunarodnim organizacijama.",
                    "Obe strane povežu napredak u dijalogu sa opipljivim koristima za građane, "
                    "kao što je priznavanje dokumenata i diploma.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "An agreement both parties accepted"),
                "The agreement was never signed, but the EU considers it binding on both parties "
                "and has made it part of their paths towards membership. Its eleven articles "
                "cover the mutual recognition of documents and national symbols, the "
                "self-management of the Serb community in Kosovo, the protection of the Serbian "
                "Orthodox Church and the exchange of permanent missions.",
                "Two years on, implementation has been slow and selective. Each side points to "
                "the other’s failures as a reason to wait, and citizens on both sides see little "
                "change in their daily lives.",
                ("h2", "What the EU can do"),
                "The EU has levers it has not fully used: the Growth Plan for the western "
                "Balkans, the accession negotiations with Serbia and Kosovo’s membership "
                "application. Tying them more clearly to the agreement, and explaining in public "
                "what each party has and has not done, would raise the cost of inaction.",
                (
                    "quote",
                    "Everyone in Brussels knows which articles are stuck. The problem is that "
                    "nobody says it out loud.",
                    "A diplomat of an EU member state",
                ),
            ],
            "sq": [
                ("h2", "Një marrëveshje që e pranuan të dyja palët"),
                "Marrëveshja nuk u nënshkrua kurrë, por BE-ja e konsideron atë detyruese për të "
                "dyja palët dhe e ka bërë pjesë të rrugës së tyre drejt anëtarësimit. "
                "Njëmbëdhjetë nenet e saj përfshijnë njohjen reciproke të dokumenteve dhe të "
                "simboleve kombëtare, vetëmenaxhimin e komunitetit serb në Kosovë, mbrojtjen e "
                "Kishës Ortodokse Serbe dhe shkëmbimin e misioneve të përhershme.",
                "Dy vjet më vonë, zbatimi ka qenë i ngadaltë dhe selektiv. Secila palë i përmend "
                "dështimet e tjetrës si arsye për të pritur, ndërsa qytetarët në të dyja anët "
                "shohin pak ndryshim në jetën e tyre të përditshme.",
                ("h2", "Çfarë mund të bëjë BE-ja"),
                "BE-ja ka instrumente që nuk i ka shfrytëzuar plotësisht: Planin e Rritjes për "
                "Ballkanin Perëndimor, negociatat e anëtarësimit me Serbinë dhe aplikimin e "
                "Kosovës për anëtarësim. Lidhja më e qartë e tyre me marrëveshjen dhe shpjegimi "
                "publik i asaj që secila palë ka bërë dhe nuk ka bërë do ta rriste çmimin e "
                "mosveprimit.",
                (
                    "quote",
                    "Të gjithë në Bruksel e dinë se cilat nene kanë ngecur. Problemi është se "
                    "askush nuk e thotë me zë.",
                    "Një diplomat i një shteti anëtar të BE-së",
                ),
            ],
            "sr-latn": [
                ("h2", "Sporazum koji su obe strane prihvatile"),
                "Sporazum nikada nije potpisan, ali ga EU smatra obavezujućim za obe strane i "
                "učinila ga je delom njihovog puta ka članstvu. Njegovih jedanaest članova "
                "obuhvata uzajamno priznavanje dokumenata i nacionalnih simbola, samoupravljanje "
                "srpske zajednice na Kosovu, zaštitu Srpske pravoslavne crkve i razmenu stalnih "
                "misija.",
                "Dve godine kasnije sprovođenje je sporo i selektivno. Svaka strana navodi "
                "propuste one druge kao razlog za čekanje, a građani na obe strane vide malo "
                "promena u svakodnevnom životu.",
                ("h2", "Šta EU može da učini"),
                "EU ima poluge koje nije u potpunosti iskoristila: Plan rasta za Zapadni Balkan, "
                "pristupne pregovore sa Srbijom i zahtev Kosova za članstvo. Jasnije povezivanje "
                "tih instrumenata sa sporazumom i javno objašnjavanje šta je koja strana uradila, "
                "a šta nije, povećalo bi cenu nečinjenja.",
                (
                    "quote",
                    "Svi u Briselu znaju koji su članovi zaglavljeni. Problem je što to niko ne "
                    "kaže naglas.",
                    "Diplomata jedne države članice EU",
                ),
            ],
        },
    },
    {
        "slug": {"en": "mitrovica-bridge", "sq": "ura-e-mitrovices", "sr-latn": "most-u-mitrovici"},
        "type": "report",
        "date": datetime.date(2025, 10, 14),
        "number": "2025/07",
        "authors": ["dusan-ristic", "dren-gashi"],
        "topics": ("northern-kosovo", "brussels-dialogue"),
        "project": "building-bridges-north",
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "The Ibar bridge in Mitrovica: from a line of division to a shared crossing",
            "sq": "Ura mbi Ibër në Mitrovicë: nga vijë ndarëse në kalim të përbashkët",
            "sr-latn": "Most na Ibru u Mitrovici: od linije podele do zajedničkog prelaza",
        },
        "subtitle": {
            "en": "How to open the main bridge to traffic without reopening old wounds",
            "sq": "Si të hapet ura kryesore për trafik pa u rihapur plagët e vjetra",
            "sr-latn": "Kako otvoriti glavni most za saobraćaj, a ne otvoriti stare rane",
        },
        "summary": {
            "en": (
                [
                    "The main bridge over the Ibar in Mitrovica has been closed to vehicles since "
                    "2011. For Albanians in the south it is a symbol of a divided city; for many "
                    "Serbs in the north the barricades, and later the “peace park” that replaced "
                    "them, were a guarantee of security. Our interviews on both banks show that "
                    "most residents want the bridge opened, but disagree on who should decide, "
                    "when and how.",
                    "We recommend that:",
                ],
                [
                    "The government agrees a phased plan for opening the bridge with the "
                    "municipalities of North and South Mitrovica, KFOR and the EU, and announces "
                    "it well in advance in Albanian and Serbian.",
                    "The opening comes with visible measures for residents of both banks, such as "
                    "street lighting, traffic safety and community policing.",
                    "Municipal leaders from both banks meet residents before, during and after "
                    "the opening.",
                    "The EU facilitator supports the process as part of the agreements on freedom "
                    "of movement.",
                ],
            ),
            "sq": (
                [
                    "Ura kryesore mbi Ibër në Mitrovicë është e mbyllur për automjete që nga viti "
                    "2011. Për shqiptarët në jug ajo është simbol i një qyteti të ndarë; për "
                    "shumë serbë në veri barrikadat, e më vonë „parku i paqes“ që i zëvendësoi, "
                    "ishin garanci sigurie. Intervistat tona në të dy brigjet tregojnë se shumica "
                    "e banorëve duan që ura të hapet, por nuk pajtohen se kush duhet të vendosë, "
                    "kur dhe si.",
                    "Ne rekomandojmë që:",
                ],
                [
                    "Qeveria të dakordojë një plan me faza për hapjen e urës me komunat e "
                    "Mitrovicës së Veriut dhe të Jugut, KFOR-in dhe BE-në, dhe ta shpallë atë "
                    "mjaft herët në shqip dhe në serbisht.",
                    "Hapja të shoqërohet me masa të dukshme për banorët e të dy brigjeve, si "
                    "ndriçimi i rrugëve, siguria në trafik dhe policimi në komunitet.",
                    "Udhëheqësit komunalë nga të dy brigjet të takohen me banorët para, gjatë dhe "
                    "pas hapjes.",
                    "Lehtësuesi i BE-së ta mbështesë procesin si pjesë të marrëveshjeve për "
                    "lirinë e lëvizjes.",
                ],
            ),
            "sr-latn": (
                [
                    "Glavni most na Ibru u Mitrovici zatvoren je za vozila od 2011. godine. Za "
                    "Albance na jugu on je simbol podeljenog grada; za mnoge Srbe na severu "
                    "barikade, a kasnije i „park mira“ koji ih je zamenio, bile su garancija "
                    "bezbednosti. Naši razgovori na obe obale pokazuju da većina stanovnika želi "
                    "da se most otvori, ali se ne slažu oko toga ko treba da odluči, kada i kako.",
                    "Preporučujemo da:",
                ],
                [
                    "Vlada sa opštinama Severna i Južna Mitrovica, Kforom i EU dogovori postupni "
                    "plan otvaranja mosta i najavi ga dovoljno unapred na albanskom i srpskom "
                    "jeziku.",
                    "Otvaranje prate vidljive mere za stanovnike obe obale, poput ulične rasvete, "
                    "bezbednosti saobraćaja i rada policije u zajednici.",
                    "Opštinski čelnici sa obe obale se sastaju sa građanima pre, tokom i posle "
                    "otvaranja.",
                    "Posrednik EU podrži proces kao deo sporazuma o slobodi kretanja.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "A bridge closed for fourteen years"),
                "The bridge was closed to cars when barricades went up in 2011. Since then, "
                "pedestrians have crossed freely and KFOR troops have stood guard [1]. Every few "
                "years a government in Prishtina has announced its opening, and every time the "
                "announcement has raised tension in the north rather than traffic across the "
                "river.",
                "The crossing matters to daily life. The clinical hospital and the university are "
                "on the northern bank, while the main market, many offices and the quickest road "
                "to Prishtina lie to the south. Drivers today make a detour over other bridges.",
                (
                    "quote",
                    "Nobody on my street is against the bridge. We are against waking up one "
                    "morning to find it has been decided for us.",
                    "A shop owner in North Mitrovica",
                ),
                ("h2", "Opening by agreement"),
                "A unilateral opening would meet a long-standing demand of Albanian residents but "
                "confirm the fear of many Serbs that decisions about the north are taken without "
                "them. An opening agreed with both municipalities and announced weeks in advance, "
                "with clear traffic rules and security arrangements, would make the bridge proof "
                "that the north can be governed with its residents rather than against them [2].",
            ],
            "sq": [
                ("h2", "Një urë e mbyllur për katërmbëdhjetë vjet"),
                "Ura u mbyll për makina kur u ngritën barrikadat në vitin 2011. Që atëherë "
                "këmbësorët kalojnë lirshëm, ndërsa trupat e KFOR-it e ruajnë atë [1]. Çdo disa "
                "vjet një qeveri në Prishtinë ka njoftuar hapjen e saj, dhe çdo herë njoftimi ka "
                "rritur tensionet në veri në vend të trafikut përmes lumit.",
                "Kalimi ka rëndësi për jetën e përditshme. Spitali klinik dhe universiteti "
                "ndodhen në bregun verior, ndërsa tregu kryesor, shumë zyra dhe rruga më e "
                "shpejtë për në Prishtinë ndodhen në jug. Shoferët sot bëjnë një rrugë më të "
                "gjatë nëpër ura të tjera.",
                (
                    "quote",
                    "Askush në rrugën time nuk është kundër urës. Jemi kundër që të zgjohemi një "
                    "mëngjes dhe të kuptojmë se dikush ka vendosur në vendin tonë.",
                    "Një pronar dyqani në Mitrovicë të Veriut",
                ),
                ("h2", "Hapja me marrëveshje"),
                "Një hapje e njëanshme do ta përmbushte një kërkesë të kahershme të banorëve "
                "shqiptarë, por do ta konfirmonte frikën e shumë serbëve se vendimet për veriun "
                "merren pa ta. Një hapje e dakorduar me të dyja komunat dhe e njoftuar disa javë "
                "më herët, me rregulla të qarta trafiku dhe masa sigurie, do ta bënte urën dëshmi "
                "se veriu mund të qeveriset bashkë me banorët e tij dhe jo kundër tyre [2].",
            ],
            "sr-latn": [
                ("h2", "Most zatvoren četrnaest godina"),
                "Most je zatvoren za automobile kada su 2011. godine podignute barikade. Od tada "
                "pešaci slobodno prelaze, a vojnici Kfora ga čuvaju [1]. Svakih nekoliko godina "
                "neka vlada u Prištini najavila bi njegovo otvaranje, i svaki put bi najava na "
                "severu podigla tenzije, a ne saobraćaj preko reke.",
                "Prelaz je važan za svakodnevni život. Kliničko-bolnički centar i univerzitet "
                "nalaze se na severnoj obali, dok su glavna pijaca, mnoge kancelarije i najbrži "
                "put ka Prištini na jugu. Vozači danas idu zaobilaznim putem preko drugih mostova.",
                (
                    "quote",
                    "Niko u mojoj ulici nije protiv mosta. Protiv smo toga da se jednog jutra "
                    "probudimo i saznamo da je neko odlučio umesto nas.",
                    "Vlasnik prodavnice u Severnoj Mitrovici",
                ),
                ("h2", "Otvaranje uz dogovor"),
                "Jednostrano otvaranje ispunilo bi dugogodišnji zahtev albanskih stanovnika, ali "
                "bi potvrdilo strah mnogih Srba da se odluke o severu donose bez njih. Otvaranje "
                "dogovoreno sa obe opštine i najavljeno nedeljama unapred, sa jasnim saobraćajnim "
                "pravilima i bezbednosnim merama, učinilo bi most dokazom da se severom može "
                "upravljati zajedno sa njegovim stanovnicima, a ne protiv njih [2].",
            ],
        },
        "notes": {
            "en": [
                "Interviews by the Balkans Group with residents, business owners and municipal "
                "officials in North and South Mitrovica, June–August 2025.",
                "Balkans Group roundtable with residents and municipal officials from both banks "
                "of the Ibar, North Mitrovica, 9 September 2025.",
            ],
            "sq": [
                "Intervista të Grupit Ballkanik me banorë, pronarë bizneseve dhe zyrtarë komunalë "
                "në Mitrovicë të Veriut dhe të Jugut, qershor–gusht 2025.",
                "Tryezë e rrumbullakët e Grupit Ballkanik me banorë dhe zyrtarë komunalë nga të "
                "dy brigjet e Ibrit, Mitrovicë e Veriut, 9 shtator 2025.",
            ],
            "sr-latn": [
                "Razgovori Balkanske grupe sa stanovnicima, vlasnicima preduzeća i opštinskim "
                "službenicima u Severnoj i Južnoj Mitrovici, jun–avgust 2025.",
                "Okrugli sto Balkanske grupe sa stanovnicima i opštinskim službenicima sa obe "
                "obale Ibra, Severna Mitrovica, 9. septembar 2025.",
            ],
        },
    },
    {
        "slug": {
            "en": "local-elections-north-2025",
            "sq": "zgjedhjet-lokale-ne-veri-2025",
            "sr-latn": "lokalni-izbori-na-severu-2025",
        },
        "type": "commentary",
        "date": datetime.date(2025, 11, 5),
        "number": "2025/09",
        "authors": ["dusan-ristic"],
        "topics": ("northern-kosovo", "serb-community-integration"),
        "project": "building-bridges-north",
        "pdfs": ("en", "sq", "sr-latn"),
        "related": ("mitrovica-bridge", "police-in-the-north"),
        "title": {
            "en": "Back to the ballot box: the 2025 local elections in the north",
            "sq": "Rikthim te kutitë e votimit: zgjedhjet lokale të vitit 2025 në veri",
            "sr-latn": "Povratak na birališta: lokalni izbori 2025. godine na severu",
        },
        "subtitle": {
            "en": "What the return of Serb voters means for the four northern municipalities",
            "sq": "Çfarë do të thotë rikthimi i votuesve serbë për katër komunat veriore",
            "sr-latn": "Šta povratak srpskih birača znači za četiri severne opštine",
        },
        "summary": {
            "en": (
                [
                    "In April 2023 almost all Serbs boycotted the early elections in North "
                    "Mitrovica, Zvečan, Zubin Potok and Leposavić, and mayors elected with a few "
                    "hundred votes took office. In the regular local elections of October 2025 "
                    "Serb voters returned to the polls in large numbers. The result gives the "
                    "north mayors with a clear mandate, and it sets them a test: whether they "
                    "will govern with Kosovo’s institutions or against them.",
                    "To make the most of this moment:",
                ],
                [
                    "The new mayors and the government should meet within the first hundred days "
                    "and agree on priorities for municipal services.",
                    "The government should speed up funding for municipal projects in the north "
                    "that were delayed during the crisis.",
                    "The EU should support the municipal administrations with training and "
                    "technical assistance.",
                ],
            ),
            "sq": (
                [
                    "Në prill të vitit 2023 pothuajse të gjithë serbët i bojkotuan zgjedhjet e "
                    "parakohshme në Mitrovicë të Veriut, Zveçan, Zubin Potok dhe Leposaviq, dhe "
                    "detyrën e morën kryetarë të zgjedhur me disa qindra vota. Në zgjedhjet e "
                    "rregullta lokale të tetorit 2025, votuesit serbë u rikthyen masivisht në "
                    "qendrat e votimit. Rezultati i jep veriut kryetarë me mandat të qartë, por "
                    "edhe një provë: nëse do të qeverisin bashkë me institucionet e Kosovës apo "
                    "kundër tyre.",
                    "Për ta shfrytëzuar sa më mirë këtë moment:",
                ],
                [
                    "Kryetarët e rinj dhe qeveria duhet të takohen brenda njëqind ditëve të para "
                    "dhe të bien dakord për përparësitë e shërbimeve komunale.",
                    "Qeveria duhet të përshpejtojë financimin e projekteve komunale në veri që u "
                    "vonuan gjatë krizës.",
                    "BE-ja duhet t’i mbështesë administratat komunale me trajnime dhe asistencë "
                    "teknike.",
                ],
            ),
            "sr-latn": (
                [
                    "U aprilu 2023. godine gotovo svi Srbi bojkotovali su vanredne izbore u "
                    "Severnoj Mitrovici, Zvečanu, Zubinom Potoku i Leposaviću, pa su dužnost "
                    "preuzeli gradonačelnici izabrani sa nekoliko stotina glasova. Na redovnim "
                    "lokalnim izborima u oktobru 2025. godine srpski birači su se u velikom broju "
                    "vratili na birališta. Rezultat severu donosi gradonačelnike sa jasnim "
                    "mandatom, ali i ispit: da li će upravljati zajedno sa institucijama Kosova "
                    "ili protiv njih.",
                    "Da bi se ovaj trenutak što bolje iskoristio:",
                ],
                [
                    "Novi gradonačelnici i vlada treba da se sastanu u prvih sto dana i dogovore "
                    "prioritete za opštinske usluge.",
                    "Vlada treba da ubrza finansiranje opštinskih projekata na severu koji su "
                    "odloženi tokom krize.",
                    "EU treba da podrži opštinske uprave obukama i tehničkom pomoći.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "A return to the polls"),
                "The boycott of 2023 left the north with mayors who had the law on their side but "
                "not their citizens. Protests outside municipal buildings that May turned "
                "violent, and for two years local government in the north functioned with little "
                "contact with the people it served.",
                "This autumn, Serb voters came back. Turnout in the four municipalities rose "
                "sharply, and the new mayors took office with the support of a clear majority of "
                "those who voted.",
                (
                    "quote",
                    "People voted because they were tired of being governed by people they did "
                    "not choose.",
                    "A municipal official in North Mitrovica",
                ),
                ("h2", "The test ahead"),
                "Mayors elected by Serb voters will be expected to deliver water, roads and "
                "permits, and to speak for their communities in Prishtina. They will need a "
                "government willing to work with them, and they will need to show that they can "
                "work with it.",
            ],
            "sq": [
                ("h2", "Rikthimi në qendrat e votimit"),
                "Bojkoti i vitit 2023 e la veriun me kryetarë që e kishin ligjin në anën e tyre, "
                "por jo qytetarët. Protestat para ndërtesave komunale në maj të atij viti u "
                "kthyen në dhunë, dhe për dy vjet qeverisja vendore në veri funksionoi me pak "
                "kontakt me njerëzit të cilëve u shërbente.",
                "Këtë vjeshtë votuesit serbë u rikthyen. Pjesëmarrja në katër komunat u rrit "
                "ndjeshëm, dhe kryetarët e rinj morën detyrën me mbështetjen e një shumice të "
                "qartë të atyre që votuan.",
                (
                    "quote",
                    "Njerëzit votuan sepse ishin lodhur duke u qeverisur nga njerëz që nuk i "
                    "kishin zgjedhur.",
                    "Një zyrtar komunal në Mitrovicë të Veriut",
                ),
                ("h2", "Prova që vjen"),
                "Nga kryetarët e zgjedhur nga votuesit serbë do të pritet të sigurojnë ujë, rrugë "
                "dhe leje, si dhe t’i përfaqësojnë komunitetet e tyre në Prishtinë. Atyre do t’u "
                "duhet një qeveri e gatshme të punojë me ta, dhe do t’u duhet të tregojnë se edhe "
                "vetë mund të punojnë me të.",
            ],
            "sr-latn": [
                ("h2", "Povratak na birališta"),
                "Bojkot iz 2023. godine ostavio je sever sa gradonačelnicima koji su imali zakon "
                "na svojoj strani, ali ne i građane. Protesti ispred opštinskih zgrada u maju te "
                "godine prerasli su u nasilje, a lokalna vlast na severu je dve godine "
                "funkcionisala sa malo kontakta sa ljudima kojima je služila.",
                "Ove jeseni srpski birači su se vratili. Izlaznost u četiri opštine naglo je "
                "porasla, a novi gradonačelnici preuzeli su dužnost uz podršku jasne većine onih "
                "koji su glasali.",
                (
                    "quote",
                    "Ljudi su glasali jer im je dosadilo da njima upravljaju oni koje nisu "
                    "izabrali.",
                    "Opštinski službenik u Severnoj Mitrovici",
                ),
                ("h2", "Ispit koji predstoji"),
                "Od gradonačelnika koje su izabrali srpski birači očekivaće se da obezbede vodu, "
                "puteve i dozvole i da govore u ime svojih zajednica u Prištini. Biće im potrebna "
                "vlada spremna da sarađuje sa njima, a i oni će morati da pokažu da mogu da "
                "sarađuju sa njom.",
            ],
        },
    },
    {
        "slug": {
            "en": "young-kosovo-serbs-and-jobs",
            "sq": "te-rinjte-serbe-te-kosoves-dhe-puna",
            "sr-latn": "mladi-kosovski-srbi-i-posao",
        },
        "type": "report",
        "date": datetime.date(2026, 2, 24),
        "number": "2026/02",
        "authors": ["jelena-petrovic", "dren-gashi", "ognjen-lukic"],
        "topics": ("serb-community-integration", "northern-kosovo"),
        "project": "building-bridges-north",
        "pdfs": ("en", "sq", "sr-latn"),
        "title": {
            "en": "Staying or leaving: young Kosovo Serbs, jobs and Kosovo’s institutions",
            "sq": "Të qëndrojnë apo të largohen: të rinjtë serbë të Kosovës, puna dhe "
            "institucionet e Kosovës",
            "sr-latn": "Ostati ili otići: mladi kosovski Srbi, posao i institucije Kosova",
        },
        "subtitle": {
            "en": "A survey of 600 young people in the north and in the Serb-majority "
            "municipalities south of the Ibar",
            "sq": "Anketë me 600 të rinj në veri dhe në komunat me shumicë serbe në jug të Ibrit",
            "sr-latn": "Anketa sa 600 mladih na severu i u opštinama sa srpskom većinom južno od "
            "Ibra",
        },
        "summary": {
            "en": (
                [
                    "Young Kosovo Serbs are leaving, above all for Serbia and the EU. Our survey "
                    "of 600 people aged 18 to 30 shows that most of them would stay if they could "
                    "find stable work, but few trust Kosovo’s institutions to help them, and many "
                    "do not know how to obtain the documents they need to apply for public jobs.",
                    "We recommend that:",
                ],
                [
                    "The Employment Agency opens offices with Serbian-speaking staff in every "
                    "Serb-majority municipality.",
                    "Public institutions fill the posts reserved for non-majority communities and "
                    "advertise them in Serbian.",
                    "The diplomas of the university in North Mitrovica are recognised without "
                    "delay, as agreed in the dialogue.",
                    "Donors support internships for young Serbs in Kosovo’s institutions and "
                    "private companies.",
                ],
            ),
            "sq": (
                [
                    "Të rinjtë serbë të Kosovës po largohen, sidomos drejt Serbisë dhe BE-së. "
                    "Anketa jonë me 600 persona të moshës 18 deri në 30 vjeç tregon se shumica e "
                    "tyre do të qëndronin nëse do të gjenin punë të qëndrueshme, por pak prej "
                    "tyre besojnë se institucionet e Kosovës do t’i ndihmojnë, dhe shumë nuk dinë "
                    "si t’i marrin dokumentet që u duhen për të aplikuar për punë në sektorin "
                    "publik.",
                    "Ne rekomandojmë që:",
                ],
                [
                    "Agjencia e Punësimit të hapë zyra me staf që flet serbisht në çdo komunë me "
                    "shumicë serbe.",
                    "Institucionet publike t’i plotësojnë vendet e rezervuara për komunitetet "
                    "joshumicë dhe t’i shpallin ato edhe në serbisht.",
                    "Diplomat e universitetit në Mitrovicë të Veriut të njihen pa vonesë, siç "
                    "është rënë dakord në dialog.",
                    "Donatorët të mbështesin praktika pune për të rinjtë serbë në institucionet e "
                    "Kosovës dhe në kompanitë private.",
                ],
            ),
            "sr-latn": (
                [
                    "Mladi kosovski Srbi odlaze, pre svega u Srbiju i EU. Naša anketa sa 600 "
                    "osoba starosti od 18 do 30 godina pokazuje da bi većina njih ostala kada bi "
                    "našla stalan posao, ali malo njih veruje da će im institucije Kosova pomoći, "
                    "a mnogi ne znaju kako da dođu do dokumenata koji su im potrebni da bi "
                    "konkurisali za posao u javnom sektoru.",
                    "Preporučujemo da:",
                ],
                [
                    "Agencija za zapošljavanje otvori kancelarije sa osobljem koje govori srpski "
                    "u svakoj opštini sa srpskom većinom.",
                    "Javne institucije popune mesta rezervisana za nevećinske zajednice i "
                    "oglašavaju ih i na srpskom jeziku.",
                    "Diplome univerziteta u Severnoj Mitrovici budu priznate bez odlaganja, kako "
                    "je dogovoreno u dijalogu.",
                    "Donatori podrže prakse za mlade Srbe u institucijama Kosova i u privatnim "
                    "preduzećima.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "A generation deciding"),
                "More than half of those we surveyed said they had thought about leaving Kosovo "
                "in the past year. The reasons they gave were the same as those of young "
                "Albanians: low wages, few jobs and a sense that connections matter more than "
                "merit. But young Serbs also named insecurity, and the closure of institutions "
                "financed by Belgrade that were for years the largest employers in their "
                "communities.",
                "Only one in five had ever applied for a job in Kosovo’s institutions. Many did "
                "not know that posts are reserved for non-majority communities, or believed that "
                "they would need to speak fluent Albanian.",
                (
                    "quote",
                    "I would stay tomorrow if I had a contract. My friends who left did not leave "
                    "Kosovo, they left unemployment.",
                    "A 24-year-old graduate in Gračanica",
                ),
                ("h2", "What would help"),
                "The tools already exist: posts reserved for non-majority communities, a public "
                "employment agency and programmes funded by donors. What is missing is outreach "
                "in Serbian, trust and follow-up.",
            ],
            "sq": [
                ("h2", "Një brez që vendos"),
                "Më shumë se gjysma e të anketuarve thanë se kishin menduar të largoheshin nga "
                "Kosova gjatë vitit të kaluar. Arsyet që dhanë ishin të njëjta me ato të të "
                "rinjve shqiptarë: paga të ulëta, pak vende pune dhe ndjesia se lidhjet vlejnë më "
                "shumë se meritat. Por të rinjtë serbë përmendën edhe pasigurinë dhe mbylljen e "
                "institucioneve të financuara nga Beogradi, të cilat për vite me radhë ishin "
                "punëdhënësit më të mëdhenj në komunitetet e tyre.",
                "Vetëm një në pesë kishte aplikuar ndonjëherë për punë në institucionet e "
                "Kosovës. Shumë prej tyre nuk e dinin se ka vende të rezervuara për komunitetet "
                "joshumicë, ose besonin se do t’u duhej ta flisnin rrjedhshëm shqipen.",
                (
                    "quote",
                    "Do të qëndroja nesër po të kisha një kontratë. Shokët e mi që ikën nuk ikën "
                    "nga Kosova, ikën nga papunësia.",
                    "Një i diplomuar 24-vjeçar në Graçanicë",
                ),
                ("h2", "Çfarë do të ndihmonte"),
                "Mjetet ekzistojnë tashmë: vende të rezervuara për komunitetet joshumicë, një "
                "agjenci publike punësimi dhe programe të financuara nga donatorët. Ajo që mungon "
                "është komunikimi në serbisht, besimi dhe ndjekja e rasteve.",
            ],
            "sr-latn": [
                ("h2", "Generacija koja odlučuje"),
                "Više od polovine anketiranih reklo je da je tokom protekle godine razmišljalo o "
                "odlasku sa Kosova. Razlozi koje su naveli isti su kao kod mladih Albanaca: niske "
                "plate, malo radnih mesta i osećaj da veze znače više od zasluga. Ali mladi Srbi "
                "naveli su i nesigurnost i zatvaranje institucija koje finansira Beograd, a koje "
                "su godinama bile najveći poslodavci u njihovim zajednicama.",
                "Samo svaki peti je ikada konkurisao za posao u institucijama Kosova. Mnogi nisu "
                "znali da postoje mesta rezervisana za nevećinske zajednice ili su verovali da bi "
                "morali tečno da govore albanski.",
                (
                    "quote",
                    "Ostao bih već sutra da imam ugovor. Moji prijatelji koji su otišli nisu "
                    "otišli sa Kosova, otišli su od nezaposlenosti.",
                    "Diplomac (24) iz Gračanice",
                ),
                ("h2", "Šta bi pomoglo"),
                "Alati već postoje: mesta rezervisana za nevećinske zajednice, javna agencija za "
                "zapošljavanje i programi koje finansiraju donatori. Nedostaju obraćanje "
                "građanima na srpskom jeziku, poverenje i praćenje.",
            ],
        },
    },
    {
        "slug": "vetting-judges-and-prosecutors",
        "type": "policy-analysis",
        "date": datetime.date(2026, 6, 16),
        "number": "2026/05",
        "authors": ["vjosa-berisha", "teuta-shala"],
        "topics": ("rule-of-law", "eu-agenda"),
        "project": "elevate-peace",
        "pdfs": ("en",),
        "title": {"en": "Vetting Kosovo’s judges and prosecutors: options and risks"},
        "subtitle": {"en": "What Kosovo can learn from Albania’s justice reform"},
        "summary": {
            "en": (
                [
                    "Trust in Kosovo’s courts and prosecution service remains low, and proposals "
                    "to vet judges and prosecutors have returned to the political agenda. "
                    "Albania’s vetting process, launched in 2016 under international monitoring, "
                    "led to the dismissal or resignation of a large share of the country’s judges "
                    "and prosecutors. It also left courts short-staffed for years.",
                    "We recommend that any vetting process in Kosovo:",
                ],
                [
                    "Is anchored in the constitution, after an opinion of the Venice Commission.",
                    "Includes international observers in the assessment of assets, integrity and "
                    "professional competence.",
                    "Comes with a plan for recruiting and training new judges and prosecutors, "
                    "including from non-majority communities.",
                    "Protects the rights of those vetted, with an appeal to an independent body.",
                ],
            ),
        },
        "body": {
            "en": [
                ("h2", "Why vetting is back"),
                "Surveys show that most of Kosovo’s citizens do not trust the courts [1]. An "
                "earlier proposal for vetting, presented in 2022, stalled after the Venice "
                "Commission called for a more targeted approach [2].",
                ("h2", "Lessons from Albania"),
                "Albania shows both the power and the cost of vetting. The process removed judges "
                "and prosecutors who could not explain their wealth, and it was welcomed by the "
                "EU. But it left the highest courts unable to function for long periods, and "
                "cases waited years for a hearing.",
                (
                    "quote",
                    "Vetting can clean a system or empty it. The difference lies in the "
                    "preparation.",
                    "A former judge who took part in our consultations",
                ),
                "For Kosovo, the lesson is that vetting must be prepared together with its "
                "consequences: new appointments, training and a plan to keep the courts working "
                "while it lasts.",
            ],
        },
        "notes": {
            "en": [
                "Balkans Group, Public trust in Kosovo’s institutions, survey of 1,000 "
                "respondents, November 2025.",
                "Venice Commission, Opinion on the concept paper on the vetting of judges and "
                "prosecutors in Kosovo, 2022.",
            ],
        },
    },
]

# In order of date.
NEWS = [
    {
        "slug": {
            "en": "statement-on-the-ibar-bridge",
            "sq": "deklarate-per-uren-mbi-iber",
            "sr-latn": "izjava-o-mostu-na-ibru",
        },
        "category": "statement",
        "date": datetime.date(2024, 6, 20),
        "topics": ("northern-kosovo",),
        "title": {
            "en": "Statement on the Ibar bridge: open it by agreement",
            "sq": "Deklaratë për urën mbi Ibër: të hapet me marrëveshje",
            "sr-latn": "Izjava o mostu na Ibru: otvoriti ga uz dogovor",
        },
        "summary": {
            "en": "Any decision to open the main bridge in Mitrovica to vehicles should be agreed "
            "with both municipalities, KFOR and the EU, and announced in advance to residents of "
            "both banks.",
            "sq": "Çdo vendim për hapjen e urës kryesore në Mitrovicë për automjete duhet të "
            "dakordohet me të dyja komunat, KFOR-in dhe BE-në, dhe t’u njoftohet paraprakisht "
            "banorëve të të dy brigjeve.",
            "sr-latn": "Svaka odluka o otvaranju glavnog mosta u Mitrovici za vozila treba da "
            "bude dogovorena sa obe opštine, Kforom i EU i unapred najavljena stanovnicima obe "
            "obale.",
        },
        "body": {
            "en": [
                "The Balkans Group follows with concern the renewed announcements about opening "
                "the main bridge over the Ibar in Mitrovica to traffic. We support freedom of "
                "movement for all residents of Mitrovica, and we believe the bridge should one "
                "day connect the city rather than divide it.",
                "How the bridge is opened matters as much as whether it is opened. A decision "
                "taken without consulting the residents of the north, or announced at short "
                "notice, risks new tension and would set back trust between the communities. We "
                "call on the government to agree the steps with the municipalities of North and "
                "South Mitrovica, KFOR and the EU, and to explain them to residents in Albanian "
                "and Serbian.",
            ],
            "sq": [
                "Grupi Ballkanik ndjek me shqetësim njoftimet e reja për hapjen e urës kryesore "
                "mbi Ibër në Mitrovicë për trafik. Ne e mbështesim lirinë e lëvizjes për të "
                "gjithë banorët e Mitrovicës dhe besojmë se ura një ditë duhet ta bashkojë "
                "qytetin, jo ta ndajë.",
                "Mënyra se si hapet ura ka po aq rëndësi sa edhe vetë hapja. Një vendim i marrë "
                "pa u konsultuar me banorët e veriut, ose i njoftuar në çastin e fundit, rrezikon "
                "tensione të reja dhe do ta dëmtonte besimin ndërmjet komuniteteve. I bëjmë "
                "thirrje qeverisë t’i dakordojë hapat me komunat e Mitrovicës së Veriut dhe të "
                "Jugut, KFOR-in dhe BE-në, dhe t’ua shpjegojë banorëve në shqip dhe në serbisht.",
            ],
            "sr-latn": [
                "Balkanska grupa sa zabrinutošću prati nove najave o otvaranju glavnog mosta na "
                "Ibru u Mitrovici za saobraćaj. Podržavamo slobodu kretanja za sve stanovnike "
                "Mitrovice i verujemo da most jednog dana treba da spaja grad, a ne da ga deli.",
                "Način na koji će most biti otvoren podjednako je važan kao i samo otvaranje. "
                "Odluka doneta bez konsultacija sa stanovnicima severa, ili najavljena u "
                "poslednjem trenutku, nosi rizik od novih tenzija i narušila bi poverenje među "
                "zajednicama. Pozivamo vladu da korake dogovori sa opštinama Severna i Južna "
                "Mitrovica, Kforom i EU i da ih objasni građanima na albanskom i srpskom jeziku.",
            ],
        },
    },
    {
        "slug": {
            "en": "statement-on-services-for-serb-communities",
            "sq": "deklarate-per-sherbimet-per-komunitetet-serbe",
            "sr-latn": "izjava-o-uslugama-za-srpske-zajednice",
        },
        "category": "statement",
        "date": datetime.date(2024, 8, 22),
        "topics": ("serb-community-integration", "northern-kosovo"),
        "title": {
            "en": "Statement: changes that affect Serb communities need dialogue and time",
            "sq": "Deklaratë: ndryshimet që prekin komunitetet serbe kërkojnë dialog dhe kohë",
            "sr-latn": "Izjava: promene koje pogađaju srpske zajednice zahtevaju dijalog i vreme",
        },
        "summary": {
            "en": "Pensioners, patients and families should not be the ones who pay for disputes "
            "between institutions. We call for transitional arrangements agreed within the "
            "dialogue.",
            "sq": "Pensionistët, pacientët dhe familjet nuk duhet të jenë ata që paguajnë për "
            "mosmarrëveshjet ndërmjet institucioneve. Kërkojmë rregullime kalimtare të dakorduara "
            "brenda dialogut.",
            "sr-latn": "Penzioneri, pacijenti i porodice ne treba da budu ti koji plaćaju cenu "
            "sporova između institucija. Pozivamo na prelazna rešenja dogovorena u okviru "
            "dijaloga.",
        },
        "body": {
            "en": [
                "In recent months, many services on which Serb communities in Kosovo have relied "
                "for years have been closed or interrupted, from cash payments in dinars to "
                "offices run by Serbian institutions. Whatever the legal arguments, the people "
                "most affected are pensioners, patients and families with little means.",
                "The Balkans Group calls on the government in Prishtina and on Belgrade to agree, "
                "with the help of the EU, transitional arrangements that allow Kosovo Serbs to "
                "receive their pensions, salaries and services without disruption, and to inform "
                "citizens in Serbian, in good time, of every change that concerns them.",
            ],
            "sq": [
                "Në muajt e fundit, shumë shërbime në të cilat komunitetet serbe në Kosovë janë "
                "mbështetur për vite me radhë janë mbyllur ose ndërprerë, nga pagesat në para të "
                "gatshme në dinarë deri te zyrat e drejtuara nga institucionet serbe. Cilatdo "
                "qofshin argumentet ligjore, më të prekurit janë pensionistët, pacientët dhe "
                "familjet me mundësi të pakta.",
                "Grupi Ballkanik u bën thirrje qeverisë në Prishtinë dhe Beogradit që, me ndihmën "
                "e BE-së, të bien dakord për rregullime kalimtare që u mundësojnë serbëve të "
                "Kosovës t’i marrin pensionet, pagat dhe shërbimet pa ndërprerje, dhe t’i "
                "informojnë qytetarët në serbisht, me kohë, për çdo ndryshim që i prek.",
            ],
            "sr-latn": [
                "Poslednjih meseci zatvorene su ili prekinute mnoge usluge na koje su se srpske "
                "zajednice na Kosovu godinama oslanjale, od gotovinskih isplata u dinarima do "
                "kancelarija koje vode srpske institucije. Kakvi god da su pravni argumenti, "
                "najviše su pogođeni penzioneri, pacijenti i porodice skromnih mogućnosti.",
                "Balkanska grupa poziva vladu u Prištini i Beograd da se, uz pomoć EU, dogovore o "
                "prelaznim rešenjima koja će kosovskim Srbima omogućiti da bez prekida primaju "
                "penzije, plate i usluge, i da građane na srpskom jeziku blagovremeno "
                "obaveštavaju o svakoj promeni koja ih se tiče.",
            ],
        },
    },
    {
        "slug": {
            "en": "new-partnership-with-sida",
            "sq": "partneritet-i-ri-me-sida",
            "sr-latn": "novo-partnerstvo-sa-sidom",
        },
        "category": "announcement",
        "date": datetime.date(2024, 9, 10),
        "topics": ("brussels-dialogue", "eu-agenda"),
        "project": "elevate-peace",
        "image": True,
        "title": {
            "en": "New partnership with Sida: Elevate Peace, state-building agenda, and advancing "
            "the EU Agenda",
            "sq": "Partneritet i ri me Sida-n: Ngritja e paqes, agjenda e ndërtimit të shtetit "
            "dhe avancimi i agjendës së BE-së",
            "sr-latn": "Novo partnerstvo sa Sidom: Unapređenje mira, agenda izgradnje države i "
            "napredak evropske agende",
        },
        "summary": {
            "en": "We are pleased to announce a new partnership with Sida on the project Elevate "
            "Peace, state-building agenda, and advancing the EU Agenda.",
            "sq": "Kemi kënaqësinë të njoftojmë një partneritet të ri me Sida-n në projektin "
            "„Ngritja e paqes, agjenda e ndërtimit të shtetit dhe avancimi i agjendës së BE-së“.",
            "sr-latn": "Sa zadovoljstvom najavljujemo novo partnerstvo sa Sidom na projektu "
            "„Unapređenje mira, agenda izgradnje države i napredak evropske agende“.",
        },
        "body": {
            "en": [
                "We are pleased to announce a new partnership with Sida, the Swedish "
                "International Development Cooperation Agency, on the project Elevate Peace, "
                "state-building agenda, and advancing the EU Agenda. Together, we will advance "
                "state-building agendas, foster dialogue for peace and promote inclusive "
                "policymaking.",
                "The project brings our Albanian and Serb researchers together on the "
                "implementation of the agreements reached in the EU-facilitated dialogue between "
                "Kosovo and Serbia, on the rule-of-law reforms that Kosovo’s path towards the "
                "European Union requires, and on the participation of non-majority communities in "
                "decision-making.",
                "We are grateful to Sida for its trust and support. In the months ahead we will "
                "publish reports, hold roundtables in Prishtina, North Mitrovica and Brussels, "
                "and share our findings in Albanian, Serbian and English.",
            ],
            "sq": [
                "Kemi kënaqësinë të njoftojmë një partneritet të ri me Sida-n, Agjencinë Suedeze "
                "për Bashkëpunim Ndërkombëtar për Zhvillim, në projektin „Ngritja e paqes, "
                "agjenda e ndërtimit të shtetit dhe avancimi i agjendës së BE-së“. Së bashku do "
                "të avancojmë agjendat e ndërtimit të shtetit, do të nxisim dialogun për paqe dhe "
                "do të promovojmë politikëbërjen gjithëpërfshirëse.",
                "Projekti i bashkon hulumtuesit tanë shqiptarë dhe serbë rreth zbatimit të "
                "marrëveshjeve të arritura në dialogun ndërmjet Kosovës dhe Serbisë të lehtësuar "
                "nga BE-ja, rreth reformave të sundimit të ligjit që kërkon rruga e Kosovës drejt "
                "Bashkimit Evropian dhe rreth pjesëmarrjes së komuniteteve joshumicë në "
                "vendimmarrje.",
                "I jemi mirënjohës Sida-s për besimin dhe mbështetjen. Në muajt në vijim do të "
                "botojmë raporte, do të organizojmë tryeza të rrumbullakëta në Prishtinë, në "
                "Mitrovicë të Veriut dhe në Bruksel, dhe do t’i ndajmë gjetjet tona në shqip, "
                "serbisht dhe anglisht.",
            ],
            "sr-latn": [
                "Sa zadovoljstvom najavljujemo novo partnerstvo sa Sidom, Švedskom agencijom za "
                "međunarodnu razvojnu saradnju, na projektu „Unapređenje mira, agenda izgradnje "
                "države i napredak evropske agende“. Zajedno ćemo unapređivati agende izgradnje "
                "države, podsticati dijalog za mir i promovisati inkluzivno kreiranje politika.",
                "Projekat okuplja naše albanske i srpske istraživače oko sprovođenja sporazuma "
                "postignutih u dijalogu Kosova i Srbije uz posredovanje EU, oko reformi vladavine "
                "prava koje zahteva put Kosova ka Evropskoj uniji i oko učešća nevećinskih "
                "zajednica u donošenju odluka.",
                "Zahvalni smo Sidi na poverenju i podršci. U narednim mesecima objavljivaćemo "
                "izveštaje, organizovati okrugle stolove u Prištini, Severnoj Mitrovici i Briselu "
                "i predstavljati svoje nalaze na albanskom, srpskom i engleskom jeziku.",
            ],
        },
    },
    {
        "slug": {
            "en": "the-dialogue-and-daily-life-on-television",
            "sq": "dialogu-dhe-jeta-e-perditshme-ne-televizion",
            "sr-latn": "dijalog-i-svakodnevni-zivot-na-televiziji",
        },
        "category": "in-the-media",
        "date": datetime.date(2024, 11, 12),
        "topics": ("brussels-dialogue",),
        "title": {
            "en": "On regional television: what the dialogue means for daily life",
            "sq": "Në televizionin rajonal: çfarë do të thotë dialogu për jetën e përditshme",
            "sr-latn": "Na regionalnoj televiziji: šta dijalog znači za svakodnevni život",
        },
        "summary": {
            "en": "Our deputy director Milica Jovanović discussed on a regional Serbian-language "
            "channel why agreements on documents, diplomas and freedom of movement matter more to "
            "citizens than headlines.",
            "sq": "Zëvendësdrejtoresha jonë Milica Jovanović diskutoi në një kanal rajonal në "
            "gjuhën serbe pse marrëveshjet për dokumentet, diplomat dhe lirinë e lëvizjes kanë më "
            "shumë rëndësi për qytetarët se titujt e lajmeve.",
            "sr-latn": "Naša zamenica direktora Milica Jovanović govorila je na jednom "
            "regionalnom kanalu na srpskom jeziku o tome zašto su sporazumi o dokumentima, "
            "diplomama i slobodi kretanja građanima važniji od naslova u medijima.",
        },
        "body": {
            "en": [
                "In an evening talk show on a regional Serbian-language television channel, "
                "Milica Jovanović explained how the agreements reached in the Brussels dialogue "
                "shape ordinary lives: the documents people carry, the diplomas they can use and "
                "the roads they can travel.",
                "She argued that citizens on both sides judge the dialogue by these practical "
                "results rather than by the statements of politicians, and that the EU and both "
                "governments should report on them regularly and in plain language.",
            ],
            "sq": [
                "Në një emision bisedor të mbrëmjes në një kanal televiziv rajonal në gjuhën "
                "serbe, Milica Jovanović shpjegoi se si marrëveshjet e arritura në dialogun e "
                "Brukselit ndikojnë në jetën e përditshme: në dokumentet që njerëzit mbajnë me "
                "vete, në diplomat që mund t’i përdorin dhe në rrugët nëpër të cilat mund të "
                "udhëtojnë.",
                "Ajo tha se qytetarët në të dyja anët e vlerësojnë dialogun sipas këtyre "
                "rezultateve praktike e jo sipas deklaratave të politikanëve, dhe se BE-ja dhe të "
                "dyja qeveritë duhet të raportojnë për to rregullisht dhe me gjuhë të thjeshtë.",
            ],
            "sr-latn": [
                "U večernjoj emisiji na jednom regionalnom televizijskom kanalu na srpskom "
                "jeziku, Milica Jovanović objasnila je kako sporazumi postignuti u briselskom "
                "dijalogu oblikuju svakodnevni život: dokumenta koja ljudi nose, diplome koje "
                "mogu da koriste i puteve kojima mogu da putuju.",
                "Ona je istakla da građani na obe strane dijalog ocenjuju po tim praktičnim "
                "rezultatima, a ne po izjavama političara, i da EU i obe vlade o njima treba da "
                "izveštavaju redovno i jednostavnim jezikom.",
            ],
        },
    },
    {
        "slug": {
            "en": "building-bridges-project-launch",
            "sq": "nisja-e-projektit-ndertimi-i-urave",
            "sr-latn": "pocetak-projekta-gradjenje-mostova",
        },
        "category": "announcement",
        "date": datetime.date(2025, 1, 15),
        "topics": ("serb-community-integration", "northern-kosovo"),
        "project": "building-bridges-north",
        "image": True,
        "title": {
            "en": "Building bridges: a new project on the integration of the Serb community",
            "sq": "Ndërtimi i urave: një projekt i ri për integrimin e komunitetit serb",
            "sr-latn": "Građenje mostova: novi projekat o integraciji srpske zajednice",
        },
        "summary": {
            "en": "With the support of the European Union Office in Kosovo and a partner in "
            "Belgrade, we are starting a three-year project on the integration of the Serb "
            "community in northern Kosovo.",
            "sq": "Me mbështetjen e Zyrës së Bashkimit Evropian në Kosovë dhe të një partneri në "
            "Beograd, po nisim një projekt trevjeçar për integrimin e komunitetit serb në veri të "
            "Kosovës.",
            "sr-latn": "Uz podršku Kancelarije Evropske unije na Kosovu i partnera iz Beograda, "
            "započinjemo trogodišnji projekat o integraciji srpske zajednice na severu Kosova.",
        },
        "body": {
            "en": [
                "The project Building bridges will follow how Kosovo Serbs in the four northern "
                "municipalities use Kosovo’s institutions in their daily lives: documents, "
                "employment, policing, the courts and local services. Our researchers in North "
                "Mitrovica will lead the field work.",
                "Each year we will publish a report in three languages and bring residents, "
                "municipal officials and representatives of the government together to discuss "
                "its findings.",
            ],
            "sq": [
                "Projekti „Ndërtimi i urave“ do të ndjekë se si serbët e Kosovës në katër komunat "
                "veriore i përdorin institucionet e Kosovës në jetën e tyre të përditshme: "
                "dokumentet, punësimin, policinë, gjykatat dhe shërbimet vendore. Hulumtuesit "
                "tanë në Mitrovicë të Veriut do ta udhëheqin punën në terren.",
                "Çdo vit do të botojmë një raport në tri gjuhë dhe do të mbledhim banorë, zyrtarë "
                "komunalë dhe përfaqësues të qeverisë për të diskutuar gjetjet e tij.",
            ],
            "sr-latn": [
                "Projekat „Građenje mostova“ pratiće kako kosovski Srbi u četiri severne opštine "
                "koriste institucije Kosova u svakodnevnom životu: dokumenta, zapošljavanje, rad "
                "policije, sudove i lokalne usluge. Terenski rad vodiće naši istraživači u "
                "Severnoj Mitrovici.",
                "Svake godine objavićemo izveštaj na tri jezika i okupiti stanovnike, opštinske "
                "službenike i predstavnike vlade da razgovaraju o njegovim nalazima.",
            ],
        },
    },
    {
        "slug": {
            "en": "brussels-roundtable-on-visa-free-travel",
            "sq": "tryeze-ne-bruksel-per-udhetimin-pa-viza",
            "sr-latn": "okrugli-sto-u-briselu-o-putovanju-bez-viza",
        },
        "category": "press-release",
        "date": datetime.date(2025, 1, 30),
        "topics": ("eu-agenda",),
        "project": "elevate-peace",
        "image": True,
        "title": {
            "en": "Roundtable in Brussels: visa-free travel and the next steps on the EU agenda",
            "sq": "Tryezë në Bruksel: udhëtimi pa viza dhe hapat e ardhshëm në agjendën e BE-së",
            "sr-latn": "Okrugli sto u Briselu: putovanje bez viza i sledeći koraci na evropskoj "
            "agendi",
        },
        "summary": {
            "en": "We presented our policy brief on the first year of visa-free travel to "
            "officials of the EU institutions and member states in Brussels.",
            "sq": "Përmbledhjen tonë të politikave për vitin e parë të udhëtimit pa viza ua "
            "prezantuam zyrtarëve të institucioneve të BE-së dhe të shteteve anëtare në Bruksel.",
            "sr-latn": "Našu kratku analizu o prvoj godini putovanja bez viza predstavili smo u "
            "Briselu zvaničnicima institucija EU i država članica.",
        },
        "body": {
            "en": [
                "On 30 January the Balkans Group held a roundtable in Brussels to present its "
                "policy brief Visa-free travel, one year on. Officials of the European "
                "Commission, the European External Action Service and several member states "
                "discussed the findings with our researchers.",
                "Participants agreed that the first year has been a success for citizens and that "
                "the figures on asylum applications and overstays remain low. The discussion then "
                "turned to the reforms in the rule of law that will determine how quickly Kosovo "
                "can move forward on its path towards the EU.",
            ],
            "sq": [
                "Më 30 janar Grupi Ballkanik organizoi një tryezë të rrumbullakët në Bruksel për "
                "të prezantuar përmbledhjen e politikave „Udhëtimi pa viza, një vit më vonë“. "
                "Zyrtarë të Komisionit Evropian, të Shërbimit Evropian për Veprim të Jashtëm dhe "
                "të disa shteteve anëtare i diskutuan gjetjet me hulumtuesit tanë.",
                "Pjesëmarrësit u pajtuan se viti i parë ka qenë sukses për qytetarët dhe se "
                "shifrat për kërkesat për azil dhe tejkalimet e qëndrimit mbeten të ulëta. "
                "Diskutimi më pas u përqendrua te reformat në sundimin e ligjit, të cilat do të "
                "përcaktojnë se sa shpejt mund të ecë Kosova përpara në rrugën e saj drejt BE-së.",
            ],
            "sr-latn": [
                "Balkanska grupa je 30. januara organizovala okrugli sto u Briselu na kojem je "
                "predstavila kratku analizu „Putovanje bez viza, godinu dana kasnije“. Zvaničnici "
                "Evropske komisije, Evropske službe za spoljne poslove i nekoliko država članica "
                "razgovarali su o nalazima sa našim istraživačima.",
                "Učesnici su se složili da je prva godina bila uspeh za građane i da su brojke o "
                "zahtevima za azil i prekoračenjima boravka i dalje niske. Razgovor se potom "
                "usmerio na reforme u oblasti vladavine prava, od kojih će zavisiti koliko brzo "
                "Kosovo može da napreduje na putu ka EU.",
            ],
        },
    },
    {
        "slug": {
            "en": "vacancy-junior-researcher-north-mitrovica",
            "sq": "vend-pune-hulumtues-i-ri-ne-mitrovice-te-veriut",
            "sr-latn": "konkurs-mladji-istrazivac-u-severnoj-mitrovici",
        },
        "category": "announcement",
        "date": datetime.date(2025, 2, 3),
        "topics": ("northern-kosovo",),
        "project": "building-bridges-north",
        "title": {
            "en": "We are hiring: junior researcher in North Mitrovica",
            "sq": "Po punësojmë: hulumtues i ri ose hulumtuese e re në Mitrovicë të Veriut",
            "sr-latn": "Zapošljavamo: mlađi istraživač ili istraživačica u Severnoj Mitrovici",
        },
        "summary": {
            "en": "We are looking for a junior researcher to join our team in North Mitrovica and "
            "work on the project Building bridges. Applications are open until 28 February 2025.",
            "sq": "Kërkojmë një hulumtues ose hulumtuese të re që t’i bashkohet ekipit tonë në "
            "Mitrovicë të Veriut dhe të punojë në projektin „Ndërtimi i urave“. Aplikimet janë të "
            "hapura deri më 28 shkurt 2025.",
            "sr-latn": "Tražimo mlađeg istraživača ili istraživačicu koji će se pridružiti našem "
            "timu u Severnoj Mitrovici i raditi na projektu „Građenje mostova“. Prijave su "
            "otvorene do 28. februara 2025.",
        },
        "body": {
            "en": [
                "The junior researcher will carry out interviews and surveys in the four northern "
                "municipalities, follow local politics and the media, and help draft our reports. "
                "Fluency in Serbian and good English are required; knowledge of Albanian is an "
                "advantage, and we offer language classes.",
                ("h2", "How to apply"),
                "Please send a CV and a short letter explaining your interest to the address on "
                "our contact page. We welcome applications from members of all communities, and "
                "from women in particular.",
            ],
            "sq": [
                "Hulumtuesi ose hulumtuesja e re do të zhvillojë intervista dhe anketa në katër "
                "komunat veriore, do të ndjekë politikën vendore dhe mediat, dhe do të ndihmojë "
                "në hartimin e raporteve tona. Kërkohet zotërim i rrjedhshëm i serbishtes dhe "
                "njohje e mirë e anglishtes; njohja e shqipes është përparësi, dhe ne ofrojmë "
                "kurse gjuhe.",
                ("h2", "Si të aplikoni"),
                "Ju lutemi dërgoni CV-në dhe një letër të shkurtër ku shpjegoni interesimin tuaj "
                "në adresën që gjendet në faqen tonë të kontaktit. Mirëpresim aplikime nga "
                "pjesëtarët e të gjitha komuniteteve, e veçanërisht nga gratë.",
            ],
            "sr-latn": [
                "Mlađi istraživač ili istraživačica vodiće razgovore i ankete u četiri severne "
                "opštine, pratiće lokalnu politiku i medije i pomagati u pisanju naših izveštaja. "
                "Potrebno je tečno znanje srpskog i dobro znanje engleskog jezika; znanje "
                "albanskog je prednost, a mi nudimo kurseve jezika.",
                ("h2", "Kako se prijaviti"),
                "Molimo vas da biografiju i kratko motivaciono pismo pošaljete na adresu navedenu "
                "na našoj stranici za kontakt. Pozdravljamo prijave pripadnika svih zajednica, a "
                "posebno žena.",
            ],
        },
    },
    {
        "slug": {
            "en": "ohrid-two-years-on-in-the-media",
            "sq": "ohri-dy-vjet-me-vone-ne-media",
            "sr-latn": "ohrid-dve-godine-kasnije-u-medijima",
        },
        "category": "in-the-media",
        "date": datetime.date(2025, 3, 20),
        "topics": ("brussels-dialogue", "eu-agenda"),
        "project": "elevate-peace",
        "title": {
            "en": "Two years after Ohrid: our analysis in the international media",
            "sq": "Dy vjet pas Ohrit: analiza jonë në mediat ndërkombëtare",
            "sr-latn": "Dve godine posle Ohrida: naša analiza u međunarodnim medijima",
        },
        "summary": {
            "en": "Our report on the normalisation agreement was cited by international news "
            "agencies and discussed by our researchers on radio and television in three languages.",
            "sq": "Raporti ynë për marrëveshjen e normalizimit u citua nga agjenci ndërkombëtare "
            "lajmesh dhe u diskutua nga hulumtuesit tanë në radio dhe televizion në tri gjuhë.",
            "sr-latn": "Naš izveštaj o sporazumu o normalizaciji citirale su međunarodne novinske "
            "agencije, a naši istraživači su o njemu govorili na radiju i televiziji na tri "
            "jezika.",
        },
        "body": {
            "en": [
                "On the second anniversary of the agreement reached in Ohrid, our report Two "
                "years after Ohrid was cited by international news agencies and several European "
                "newspapers. Arbër Krasniqi and Milica Jovanović gave interviews to Albanian-, "
                "Serbian- and English-language radio and television.",
                "In their interviews they stressed the report’s main message: the agreement "
                "remains the best available framework, but it needs a public timetable and clear "
                "benefits for citizens if it is to regain their trust.",
            ],
            "sq": [
                "Në përvjetorin e dytë të marrëveshjes së arritur në Ohër, raporti ynë „Dy vjet "
                "pas Ohrit“ u citua nga agjenci ndërkombëtare lajmesh dhe nga disa gazeta "
                "evropiane. Arbër Krasniqi dhe Milica Jovanović dhanë intervista për radio dhe "
                "televizione në gjuhën shqipe, serbe dhe angleze.",
                "Në intervistat e tyre ata theksuan mesazhin kryesor të raportit: marrëveshja "
                "mbetet korniza më e mirë në dispozicion, por i duhet një kalendar publik dhe "
                "përfitime të qarta për qytetarët, nëse do ta rifitojë besimin e tyre.",
            ],
            "sr-latn": [
                "Na drugu godišnjicu sporazuma postignutog u Ohridu, naš izveštaj „Dve godine "
                "posle Ohrida“ citirale su međunarodne novinske agencije i nekoliko evropskih "
                "listova. Arbër Krasniqi i Milica Jovanović dali su intervjue radijskim i "
                "televizijskim stanicama na albanskom, srpskom i engleskom jeziku.",
                "U intervjuima su naglasili glavnu poruku izveštaja: sporazum je i dalje najbolji "
                "raspoloživi okvir, ali su mu potrebni javni vremenski plan i jasne koristi za "
                "građane ako želi da ponovo stekne njihovo poverenje.",
            ],
        },
    },
    {
        "slug": {
            "en": "statement-on-the-local-elections-in-the-north",
            "sq": "deklarate-per-zgjedhjet-lokale-ne-veri",
            "sr-latn": "izjava-o-lokalnim-izborima-na-severu",
        },
        "category": "statement",
        "date": datetime.date(2025, 10, 13),
        "topics": ("northern-kosovo", "serb-community-integration"),
        "title": {
            "en": "Statement on the local elections in the north",
            "sq": "Deklaratë për zgjedhjet lokale në veri",
            "sr-latn": "Izjava o lokalnim izborima na severu",
        },
        "summary": {
            "en": "We welcome the return of Serb voters to the polls in the four northern "
            "municipalities and call on the new mayors and the government to work together from "
            "the first day.",
            "sq": "Mirëpresim rikthimin e votuesve serbë në qendrat e votimit në katër komunat "
            "veriore dhe u bëjmë thirrje kryetarëve të rinj dhe qeverisë të punojnë së bashku që "
            "nga dita e parë.",
            "sr-latn": "Pozdravljamo povratak srpskih birača na birališta u četiri severne "
            "opštine i pozivamo nove gradonačelnike i vladu da sarađuju od prvog dana.",
        },
        "body": {
            "en": [
                "The Balkans Group welcomes the peaceful conduct of yesterday’s local elections "
                "and the return of Serb voters to the polls in North Mitrovica, Zvečan, Zubin "
                "Potok and Leposavić after the boycott of 2023. Municipal government works best "
                "when it is chosen by the people it serves.",
                "We call on the newly elected mayors and assemblies, and on the government in "
                "Prishtina, to meet early, to agree on priorities for municipal services and to "
                "resolve disputes through institutions rather than on the street.",
            ],
            "sq": [
                "Grupi Ballkanik e mirëpret zhvillimin paqësor të zgjedhjeve lokale të djeshme "
                "dhe rikthimin e votuesve serbë në qendrat e votimit në Mitrovicë të Veriut, "
                "Zveçan, Zubin Potok dhe Leposaviq pas bojkotit të vitit 2023. Qeverisja komunale "
                "funksionon më mirë kur zgjidhet nga njerëzit të cilëve u shërben.",
                "U bëjmë thirrje kryetarëve dhe kuvendeve të sapozgjedhura, si dhe qeverisë në "
                "Prishtinë, të takohen herët, të bien dakord për përparësitë e shërbimeve "
                "komunale dhe t’i zgjidhin mosmarrëveshjet përmes institucioneve e jo në rrugë.",
            ],
            "sr-latn": [
                "Balkanska grupa pozdravlja miran tok jučerašnjih lokalnih izbora i povratak "
                "srpskih birača na birališta u Severnoj Mitrovici, Zvečanu, Zubinom Potoku i "
                "Leposaviću posle bojkota iz 2023. godine. Opštinska vlast najbolje funkcioniše "
                "kada je biraju ljudi kojima služi.",
                "Pozivamo novoizabrane gradonačelnike i skupštine, kao i vladu u Prištini, da se "
                "što pre sastanu, dogovore prioritete za opštinske usluge i sporove rešavaju kroz "
                "institucije, a ne na ulici.",
            ],
        },
    },
    {
        "slug": {
            "en": "ibar-bridge-report-launch",
            "sq": "prezantimi-i-raportit-per-uren-mbi-iber",
            "sr-latn": "predstavljanje-izvestaja-o-mostu-na-ibru",
        },
        "category": "press-release",
        "date": datetime.date(2025, 10, 14),
        "topics": ("northern-kosovo", "brussels-dialogue"),
        "project": "building-bridges-north",
        "image": True,
        "title": {
            "en": "Report launch in Mitrovica: the Ibar bridge, from a line of division to a "
            "shared crossing",
            "sq": "Prezantimi i raportit në Mitrovicë: ura mbi Ibër, nga vijë ndarëse në kalim të "
            "përbashkët",
            "sr-latn": "Predstavljanje izveštaja u Mitrovici: most na Ibru, od linije podele do "
            "zajedničkog prelaza",
        },
        "summary": {
            "en": "Residents and officials from both banks of the Ibar discussed our new report "
            "on the main bridge in Mitrovica at its launch in North Mitrovica.",
            "sq": "Banorë dhe zyrtarë nga të dy brigjet e Ibrit diskutuan raportin tonë të ri për "
            "urën kryesore në Mitrovicë gjatë prezantimit të tij në Mitrovicë të Veriut.",
            "sr-latn": "Stanovnici i zvaničnici sa obe obale Ibra razgovarali su o našem novom "
            "izveštaju o glavnom mostu u Mitrovici na njegovom predstavljanju u Severnoj "
            "Mitrovici.",
        },
        "body": {
            "en": [
                "More than sixty people from both banks of the Ibar attended the launch of our "
                "report on the main bridge in Mitrovica, held in North Mitrovica on 14 October. "
                "Municipal officials, business owners, students and representatives of "
                "international organisations took part in the discussion, which was interpreted "
                "in both directions.",
                "The report, written by Dušan Ristić and Dren Gashi, recommends opening the "
                "bridge to traffic in phases, by agreement with both municipalities, KFOR and the "
                "EU, and with measures that residents of both banks can see. It is available in "
                "English, Albanian and Serbian.",
            ],
            "sq": [
                "Më shumë se gjashtëdhjetë persona nga të dy brigjet e Ibrit morën pjesë në "
                "prezantimin e raportit tonë për urën kryesore në Mitrovicë, të mbajtur në "
                "Mitrovicë të Veriut më 14 tetor. Në diskutim, i cili u përkthye në të dy "
                "drejtimet, morën pjesë zyrtarë komunalë, pronarë bizneseve, studentë dhe "
                "përfaqësues të organizatave ndërkombëtare.",
                "Raporti, i shkruar nga Dušan Ristić dhe Dren Gashi, rekomandon hapjen e urës për "
                "trafik me faza, me marrëveshje me të dyja komunat, KFOR-in dhe BE-në, dhe me "
                "masa që banorët e të dy brigjeve mund t’i shohin. Ai është në dispozicion në "
                "anglisht, shqip dhe serbisht.",
            ],
            "sr-latn": [
                "Više od šezdeset ljudi sa obe obale Ibra prisustvovalo je predstavljanju našeg "
                "izveštaja o glavnom mostu u Mitrovici, održanom 14. oktobra u Severnoj "
                "Mitrovici. U razgovoru, koji je prevođen u oba smera, učestvovali su opštinski "
                "službenici, vlasnici preduzeća, studenti i predstavnici međunarodnih "
                "organizacija.",
                "Izveštaj, čiji su autori Dušan Ristić i Dren Gashi, preporučuje postupno "
                "otvaranje mosta za saobraćaj, uz dogovor sa obe opštine, Kforom i EU, i uz mere "
                "koje stanovnici obe obale mogu da vide. Dostupan je na engleskom, albanskom i "
                "srpskom jeziku.",
            ],
        },
    },
    {
        "slug": {
            "en": "after-the-elections-in-serbian-language-media",
            "sq": "pas-zgjedhjeve-ne-mediat-ne-gjuhen-serbe",
            "sr-latn": "posle-izbora-u-medijima-na-srpskom-jeziku",
        },
        "category": "in-the-media",
        "date": datetime.date(2025, 11, 7),
        "topics": ("northern-kosovo",),
        "title": {
            "en": "After the elections in the north: our researcher in Serbian-language media",
            "sq": "Pas zgjedhjeve në veri: hulumtuesi ynë në mediat në gjuhën serbe",
            "sr-latn": "Posle izbora na severu: naš istraživač u medijima na srpskom jeziku",
        },
        "summary": {
            "en": "Dušan Ristić, our researcher in North Mitrovica, spoke to local radio and "
            "online portals about what the new mayors in the north can achieve in their first "
            "year.",
            "sq": "Dušan Ristić, hulumtuesi ynë në Mitrovicë të Veriut, foli për radio lokale dhe "
            "portale në internet për atë që mund të arrijnë kryetarët e rinj në veri në vitin e "
            "tyre të parë.",
            "sr-latn": "Dušan Ristić, naš istraživač u Severnoj Mitrovici, govorio je za lokalne "
            "radio-stanice i internet portale o tome šta novi gradonačelnici na severu mogu da "
            "postignu u prvoj godini.",
        },
        "body": {
            "en": [
                "Following the publication of his commentary Back to the ballot box, Dušan Ristić "
                "gave interviews to local Serbian-language radio stations and online portals in "
                "northern Kosovo.",
                "He said that residents expect visible improvements in water supply, roads and "
                "permits, and that the new mayors will be judged on whether they can work with "
                "the government in Prishtina without giving up the interests of their communities.",
            ],
            "sq": [
                "Pas botimit të komentit të tij „Rikthim te kutitë e votimit“, Dušan Ristić dha "
                "intervista për radio lokale dhe portale në internet në gjuhën serbe në veri të "
                "Kosovës.",
                "Ai tha se banorët presin përmirësime të dukshme në furnizimin me ujë, në rrugë "
                "dhe në leje, dhe se kryetarët e rinj do të vlerësohen sipas asaj nëse mund të "
                "punojnë me qeverinë në Prishtinë pa hequr dorë nga interesat e komuniteteve të "
                "tyre.",
            ],
            "sr-latn": [
                "Nakon objavljivanja svog komentara „Povratak na birališta“, Dušan Ristić dao je "
                "intervjue lokalnim radio-stanicama i internet portalima na srpskom jeziku na "
                "severu Kosova.",
                "Rekao je da građani očekuju vidljiva poboljšanja u snabdevanju vodom, putevima i "
                "izdavanju dozvola i da će se novi gradonačelnici ocenjivati po tome da li mogu "
                "da sarađuju sa vladom u Prištini, a da se ne odreknu interesa svojih zajednica.",
            ],
        },
    },
    {
        "slug": {
            "en": "youth-survey-presented-in-gracanica",
            "sq": "anketa-e-te-rinjve-u-prezantua-ne-gracanice",
            "sr-latn": "anketa-mladih-predstavljena-u-gracanici",
        },
        "category": "press-release",
        "date": datetime.date(2026, 2, 24),
        "topics": ("serb-community-integration",),
        "project": "building-bridges-north",
        "image": True,
        "title": {
            "en": "Young Kosovo Serbs and jobs: our survey presented in Gračanica",
            "sq": "Të rinjtë serbë të Kosovës dhe puna: anketa jonë u prezantua në Graçanicë",
            "sr-latn": "Mladi kosovski Srbi i posao: naša anketa predstavljena u Gračanici",
        },
        "summary": {
            "en": "Our report on young Kosovo Serbs, jobs and Kosovo’s institutions was presented "
            "to students, employers and officials in Gračanica.",
            "sq": "Raporti ynë për të rinjtë serbë të Kosovës, punën dhe institucionet e Kosovës "
            "u prezantua para studentëve, punëdhënësve dhe zyrtarëve në Graçanicë.",
            "sr-latn": "Naš izveštaj o mladim kosovskim Srbima, poslu i institucijama Kosova "
            "predstavljen je studentima, poslodavcima i zvaničnicima u Gračanici.",
        },
        "body": {
            "en": [
                "On 24 February we presented the report Staying or leaving, based on a survey of "
                "600 young people in the north and in the Serb-majority municipalities south of "
                "the Ibar. Students, local employers, officials of the Employment Agency and "
                "municipal representatives discussed the findings with the authors.",
                "The report shows that most young Kosovo Serbs would stay if they could find "
                "stable work, and recommends that public institutions reach out to them in "
                "Serbian and fill the posts reserved for non-majority communities.",
            ],
            "sq": [
                "Më 24 shkurt prezantuam raportin „Të qëndrojnë apo të largohen“, të bazuar në "
                "një anketë me 600 të rinj në veri dhe në komunat me shumicë serbe në jug të "
                "Ibrit. Studentë, punëdhënës vendorë, zyrtarë të Agjencisë së Punësimit dhe "
                "përfaqësues komunalë i diskutuan gjetjet me autorët.",
                "Raporti tregon se shumica e të rinjve serbë të Kosovës do të qëndronin po të "
                "gjenin punë të qëndrueshme, dhe rekomandon që institucionet publike t’u "
                "drejtohen atyre në serbisht dhe t’i plotësojnë vendet e rezervuara për "
                "komunitetet joshumicë.",
            ],
            "sr-latn": [
                "Dvadeset četvrtog februara predstavili smo izveštaj „Ostati ili otići“, zasnovan "
                "na anketi sa 600 mladih na severu i u opštinama sa srpskom većinom južno od "
                "Ibra. Studenti, lokalni poslodavci, službenici Agencije za zapošljavanje i "
                "predstavnici opština razgovarali su o nalazima sa autorima.",
                "Izveštaj pokazuje da bi većina mladih kosovskih Srba ostala kada bi našla stalan "
                "posao i preporučuje da im se javne institucije obraćaju na srpskom jeziku i "
                "popune mesta rezervisana za nevećinske zajednice.",
            ],
        },
    },
    {
        "slug": {
            "en": "our-new-website-in-three-languages",
            "sq": "faqja-jone-e-re-ne-tri-gjuhe",
            "sr-latn": "nas-novi-sajt-na-tri-jezika",
        },
        "category": "announcement",
        "date": datetime.date(2026, 3, 10),
        "image": True,
        "title": {
            "en": "Our new website: every report in English, Albanian and Serbian",
            "sq": "Faqja jonë e re: çdo raport në anglisht, shqip dhe serbisht",
            "sr-latn": "Naš novi sajt: svaki izveštaj na engleskom, albanskom i srpskom",
        },
        "summary": {
            "en": "Our new website brings together all our publications, with a searchable "
            "library and a PDF in each language in which a report has been published.",
            "sq": "Faqja jonë e re i bashkon të gjitha publikimet tona, me një bibliotekë ku mund "
            "të kërkoni dhe me një PDF në secilën gjuhë në të cilën është botuar një raport.",
            "sr-latn": "Naš novi sajt okuplja sve naše publikacije, sa bibliotekom koja se može "
            "pretraživati i PDF dokumentom na svakom jeziku na kojem je izveštaj objavljen.",
        },
        "body": {
            "en": [
                "We have launched a new website. Readers can now search and filter our "
                "publications by topic, type, year and author, and download each report as a PDF "
                "in English, Albanian or Serbian, wherever a translation exists.",
                "Older publications that exist only in English are marked as such, and we are "
                "translating the most important of them. We would be glad to hear what you think "
                "of the new site.",
            ],
            "sq": [
                "Kemi lansuar një faqe të re në internet. Lexuesit tani mund t’i kërkojnë dhe t’i "
                "filtrojnë publikimet tona sipas temës, llojit, vitit dhe autorit, dhe ta "
                "shkarkojnë çdo raport si PDF në anglisht, shqip ose serbisht, kudo që ekziston "
                "përkthimi.",
                "Publikimet më të vjetra që ekzistojnë vetëm në anglisht janë shënuar si të "
                "tilla, dhe po i përkthejmë më të rëndësishmet prej tyre. Do të na gëzonte të "
                "dëgjonim mendimin tuaj për faqen e re.",
            ],
            "sr-latn": [
                "Pokrenuli smo novi sajt. Čitaoci sada mogu da pretražuju i filtriraju naše "
                "publikacije po temi, vrsti, godini i autoru i da svaki izveštaj preuzmu kao PDF "
                "na engleskom, albanskom ili srpskom jeziku, gde god postoji prevod.",
                "Starije publikacije koje postoje samo na engleskom jeziku označene su kao takve, "
                "a najvažnije među njima prevodimo. Biće nam drago da čujemo šta mislite o novom "
                "sajtu.",
            ],
        },
    },
]
