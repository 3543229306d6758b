"""Demo projects, donors and partners of BPRG, in three languages.

Keys of the inner dicts are language codes. The Sida project is real (from
BPRG's announcement); the other two and the Belgrade partner are examples.
"""

import datetime

INDEX_SLUG = {"en": "projects", "sq": "projektet", "sr-latn": "projekti"}
INDEX_TITLE = {"en": "Projects", "sq": "Projektet", "sr-latn": "Projekti"}
INDEX_INTRO = {
    "en": "Our projects bring Albanian and Serb researchers together on the questions that "
    "matter most for Kosovo and its relations with Serbia, with the support of our donors and "
    "partners.",
    "sq": "Projektet tona bashkojnë hulumtues shqiptarë dhe serbë rreth çështjeve më të "
    "rëndësishme për Kosovën dhe marrëdhëniet e saj me Serbinë, me mbështetjen e donatorëve "
    "dhe partnerëve tanë.",
    "sr-latn": "Naši projekti okupljaju albanske i srpske istraživače oko pitanja koja su "
    "najvažnija za Kosovo i njegove odnose sa Srbijom, uz podršku naših donatora i partnera.",
}

# slug -> fields; ``name`` and ``short_name`` per language.
PARTNERS = {
    "sida": {
        "kind": "donor",
        "website": "https://www.sida.se",
        "name": {
            "en": "Swedish International Development Cooperation Agency (Sida)",
            "sq": "Agjencia Suedeze për Bashkëpunim Ndërkombëtar për Zhvillim (Sida)",
            "sr-latn": "Švedska agencija za međunarodnu razvojnu saradnju (Sida)",
        },
        "short_name": {"en": "Sida", "sq": "Sida", "sr-latn": "Sida"},
    },
    "eu-office-kosovo": {
        "kind": "donor",
        "website": "https://www.eeas.europa.eu/delegations/kosovo_en",
        "name": {
            "en": "European Union Office in Kosovo",
            "sq": "Zyra e Bashkimit Evropian në Kosovë",
            "sr-latn": "Kancelarija Evropske unije na Kosovu",
        },
        "short_name": {"en": "EU Office", "sq": "Zyra e BE-së", "sr-latn": "Kancelarija EU"},
    },
    "ned": {
        "kind": "donor",
        "website": "https://www.ned.org",
        "name": {
            "en": "National Endowment for Democracy (NED)",
            "sq": "Fondacioni Kombëtar për Demokraci (NED)",
            "sr-latn": "Nacionalna zadužbina za demokratiju (NED)",
        },
        "short_name": {"en": "NED", "sq": "NED", "sr-latn": "NED"},
    },
    "kfos": {
        "kind": "donor",
        "website": "https://kfos.org",
        "name": {
            "en": "Kosovo Foundation for Open Society (KFOS)",
            "sq": "Fondacioni i Kosovës për Shoqëri të Hapur (KFOS)",
            "sr-latn": "Kosovska fondacija za otvoreno društvo (KFOS)",
        },
        "short_name": {"en": "KFOS", "sq": "KFOS", "sr-latn": "KFOS"},
    },
    # Fictional.
    "centre-for-regional-dialogue": {
        "kind": "partner",
        "website": "",
        "name": {
            "en": "Centre for Regional Dialogue, Belgrade",
            "sq": "Qendra për Dialog Rajonal, Beograd",
            "sr-latn": "Centar za regionalni dijalog, Beograd",
        },
        "short_name": {"en": "CRD", "sq": "CRD", "sr-latn": "CRD"},
    },
}

ROLES = {
    "lead_m": {
        "en": "Project lead",
        "sq": "Udhëheqës i projektit",
        "sr-latn": "Rukovodilac projekta",
    },
    "lead_f": {
        "en": "Project lead",
        "sq": "Udhëheqëse e projektit",
        "sr-latn": "Rukovoditeljka projekta",
    },
}

PROJECTS = [
    {
        "slug": {"en": "elevate-peace", "sq": "ngritja-e-paqes", "sr-latn": "unapredjenje-mira"},
        "title": {
            "en": "Elevate Peace, state-building agenda, and advancing the EU Agenda",
            "sq": "Ngritja e paqes, agjenda e ndërtimit të shtetit dhe avancimi i agjendës së "
            "BE-së",
            "sr-latn": "Unapređenje mira, agenda izgradnje države i napredak evropske agende",
        },
        "start_date": datetime.date(2024, 9, 1),
        "end_date": datetime.date(2027, 8, 31),
        "partners": [("sida", "donor")],
        "summary": {
            "en": "A new partnership with Sida to advance state-building agendas, foster "
            "dialogue for peace and promote inclusive policymaking in Kosovo and between Kosovo "
            "and Serbia.",
            "sq": "Një partneritet i ri me Sida-n për të avancuar agjendat e ndërtimit të "
            "shtetit, për të nxitur dialogun për paqe dhe për të promovuar politikëbërjen "
            "gjithëpërfshirëse në Kosovë dhe ndërmjet Kosovës dhe Serbisë.",
            "sr-latn": "Novo partnerstvo sa Sidom radi unapređenja agendi izgradnje države, "
            "podsticanja dijaloga za mir i promovisanja inkluzivnog kreiranja politika na Kosovu "
            "i između Kosova i Srbije.",
        },
        "body": {
            "en": [
                "We are pleased to announce a new partnership with Sida on the project Elevate "
                "Peace, state-building agenda, and advancing the EU Agenda. Together, we’ll "
                "advance state-building agendas, foster dialogue for peace, and promote "
                "inclusive policymaking.",
                "Over three years, Albanian and Serb researchers will work together on the "
                "implementation of the agreements reached in the EU-facilitated dialogue, on "
                "the rule-of-law reforms that Kosovo’s path towards the European Union requires "
                "and on the participation of non-majority communities in decision-making.",
                "The project combines field research in Prishtina, in northern Kosovo and in the "
                "Serb-majority municipalities south of the Ibar with policy reports, roundtables "
                "that bring together officials from Prishtina and Belgrade, and advocacy with "
                "the EU and its member states.",
                "Every report will be published in Albanian, Serbian and English, so that "
                "citizens and decision-makers in both communities can read and discuss the same "
                "findings.",
            ],
            "sq": [
                "Kemi kënaqësinë të njoftojmë një partneritet të ri me Sida-n në projektin "
                "„Ngritja e paqes, agjenda e ndërtimit të shtetit dhe avancimi i agjendës së "
                "BE-së“. Së bashku, do të avancojmë agjendat e ndërtimit të shtetit, do të "
                "nxisim dialogun për paqe dhe do të promovojmë politikëbërjen "
                "gjithëpërfshirëse.",
                "Gjatë tre vjetëve, hulumtues shqiptarë dhe serbë do të punojnë së bashku për "
                "zbatimin e marrëveshjeve të arritura në dialogun e lehtësuar nga BE-ja, për "
                "reformat e sundimit të ligjit që kërkon rruga e Kosovës drejt Bashkimit "
                "Evropian dhe për pjesëmarrjen e komuniteteve joshumicë në vendimmarrje.",
                "Projekti ndërthur hulumtimin në terren në Prishtinë, në veri të Kosovës dhe në "
                "komunat me shumicë serbe në jug të Ibrit me raporte politikash, tryeza të "
                "rrumbullakëta që bashkojnë zyrtarë nga Prishtina dhe Beogradi, si dhe avokim "
                "pranë BE-së dhe shteteve të saj anëtare.",
                "Çdo raport do të botohet në shqip, serbisht dhe anglisht, në mënyrë që "
                "qytetarët dhe vendimmarrësit në të dy komunitetet të lexojnë dhe të diskutojnë "
                "të njëjtat gjetje.",
            ],
            "sr-latn": [
                "Sa zadovoljstvom najavljujemo novo partnerstvo sa Sidom na projektu "
                "„Unapređenje mira, agenda izgradnje države i napredak evropske agende“. "
                "Zajedno ćemo unapređivati agende izgradnje države, podsticati dijalog za mir i "
                "promovisati inkluzivno kreiranje politika.",
                "Tokom tri godine, albanski i srpski istraživači zajedno će raditi na "
                "sprovođenju sporazuma postignutih u dijalogu uz posredovanje EU, na reformama "
                "vladavine prava koje zahteva put Kosova ka Evropskoj uniji i na učešću "
                "nevećinskih zajednica u donošenju odluka.",
                "Projekat spaja terenska istraživanja u Prištini, na severu Kosova i u opštinama "
                "sa srpskom većinom južno od Ibra sa izveštajima o javnim politikama, okruglim "
                "stolovima koji okupljaju zvaničnike iz Prištine i Beograda i zagovaranjem kod "
                "EU i njenih država članica.",
                "Svaki izveštaj biće objavljen na albanskom, srpskom i engleskom jeziku, kako bi "
                "građani i donosioci odluka u obe zajednice mogli da čitaju i razmatraju iste "
                "nalaze.",
            ],
        },
        "image_alt": {
            "en": "Abstract circles in blue and red, illustrating the Elevate Peace project",
            "sq": "Rrathë abstraktë në blu dhe të kuq, ilustrim i projektit Ngritja e paqes",
            "sr-latn": "Apstraktni krugovi u plavoj i crvenoj boji, ilustracija projekta "
            "Unapređenje mira",
        },
        "team": [
            ("arber-krasniqi", ROLES["lead_m"]),
            (
                "milica-jovanovic",
                {
                    "en": "Deputy project lead",
                    "sq": "Zëvendësudhëheqëse e projektit",
                    "sr-latn": "Zamenica rukovodioca projekta",
                },
            ),
            (
                "dren-gashi",
                {
                    "en": "Researcher, EU agenda",
                    "sq": "Hulumtues për agjendën e BE-së",
                    "sr-latn": "Istraživač za evropsku agendu",
                },
            ),
            (
                "jelena-petrovic",
                {
                    "en": "Researcher, inclusive policymaking",
                    "sq": "Hulumtuese për politikëbërjen gjithëpërfshirëse",
                    "sr-latn": "Istraživačica za inkluzivno kreiranje politika",
                },
            ),
        ],
    },
    {
        "slug": {
            "en": "building-bridges-north",
            "sq": "ndertimi-i-urave",
            "sr-latn": "gradjenje-mostova",
        },
        "title": {
            "en": "Building bridges: integration of the Serb community in northern Kosovo",
            "sq": "Ndërtimi i urave: integrimi i komunitetit serb në veri të Kosovës",
            "sr-latn": "Građenje mostova: integracija srpske zajednice na severu Kosova",
        },
        "start_date": datetime.date(2025, 1, 1),
        "end_date": datetime.date(2027, 12, 31),
        "partners": [("eu-office-kosovo", "donor"), ("centre-for-regional-dialogue", "partner")],
        "summary": {
            "en": "With a partner organisation in Belgrade, we look at what keeps Serbs in the "
            "north apart from Kosovo’s institutions and what would help them take part: "
            "documents, jobs, policing, courts and local services.",
            "sq": "Së bashku me një organizatë partnere në Beograd, shqyrtojmë çfarë i mban "
            "serbët e veriut larg institucioneve të Kosovës dhe çfarë do t’i ndihmonte të "
            "marrin pjesë në to: dokumentet, punësimi, policimi, gjykatat dhe shërbimet "
            "vendore.",
            "sr-latn": "Zajedno sa partnerskom organizacijom iz Beograda istražujemo šta Srbe na "
            "severu drži podalje od institucija Kosova i šta bi im pomoglo da u njima "
            "učestvuju: dokumenta, zaposlenje, rad policije, sudovi i lokalne usluge.",
        },
        "body": {
            "en": [
                "Since Serb mayors, police officers and judges in the north left Kosovo’s "
                "institutions at the end of 2022, many Kosovo Serbs have had little contact "
                "with those institutions, while many services financed by Belgrade have been "
                "closed.",
                "This project documents how these changes affect daily life in North Mitrovica, "
                "Zvečan, Zubin Potok and Leposavić, and proposes practical steps to rebuild "
                "trust: from access to documents and the recognition of diplomas to the "
                "recruitment of Serbs into the police and the courts.",
                "Our researchers in North Mitrovica work with a partner organisation in "
                "Belgrade, so that the findings are discussed both with the government in "
                "Prishtina and with decision-makers and the public in Serbia.",
            ],
            "sq": [
                "Që kur kryetarët serbë të komunave, policët dhe gjyqtarët në veri u larguan nga "
                "institucionet e Kosovës në fund të vitit 2022, shumë serbë të Kosovës kanë "
                "pasur pak kontakt me këto institucione, ndërsa shumë shërbime të financuara nga "
                "Beogradi janë mbyllur.",
                "Ky projekt dokumenton se si këto ndryshime ndikojnë në jetën e përditshme në "
                "Mitrovicën e Veriut, Zveçan, Zubin Potok dhe Leposaviq, dhe propozon hapa "
                "praktikë për rindërtimin e besimit: nga qasja në dokumente dhe njohja e "
                "diplomave deri te rekrutimi i serbëve në polici dhe në gjykata.",
                "Hulumtuesit tanë në Mitrovicën e Veriut punojnë me një organizatë partnere në "
                "Beograd, në mënyrë që gjetjet të diskutohen si me qeverinë në Prishtinë, ashtu "
                "edhe me vendimmarrësit dhe publikun në Serbi.",
            ],
            "sr-latn": [
                "Otkako su krajem 2022. godine srpski predsednici opština, policajci i sudije na "
                "severu napustili institucije Kosova, mnogi kosovski Srbi imaju malo kontakta sa "
                "tim institucijama, dok su mnoge usluge koje finansira Beograd zatvorene.",
                "Ovaj projekat beleži kako te promene utiču na svakodnevni život u Severnoj "
                "Mitrovici, Zvečanu, Zubinom Potoku i Leposaviću i predlaže praktične korake za "
                "obnovu poverenja: od pristupa dokumentima i priznavanja diploma do zapošljavanja "
                "Srba u policiji i sudovima.",
                "Naši istraživači u Severnoj Mitrovici rade sa partnerskom organizacijom iz "
                "Beograda, kako bi se o nalazima razgovaralo i sa vladom u Prištini i sa "
                "donosiocima odluka i javnošću u Srbiji.",
            ],
        },
        "image_alt": {
            "en": "Abstract circles in blue and red, illustrating the project on northern Kosovo",
            "sq": "Rrathë abstraktë në blu dhe të kuq, ilustrim i projektit për veriun e Kosovës",
            "sr-latn": "Apstraktni krugovi u plavoj i crvenoj boji, ilustracija projekta o "
            "severu Kosova",
        },
        "team": [
            ("nikola-stojanovic", ROLES["lead_m"]),
            (
                "dusan-ristic",
                {
                    "en": "Field researcher, North Mitrovica",
                    "sq": "Hulumtues në terren, Mitrovicë e Veriut",
                    "sr-latn": "Terenski istraživač, Severna Mitrovica",
                },
            ),
            (
                "vjosa-berisha",
                {
                    "en": "Researcher, rule of law",
                    "sq": "Hulumtuese për sundimin e ligjit",
                    "sr-latn": "Istraživačica za vladavinu prava",
                },
            ),
            (
                "ognjen-lukic",
                {
                    "en": "Research assistant",
                    "sq": "Asistent hulumtimi",
                    "sr-latn": "Istraživački asistent",
                },
            ),
        ],
    },
    {
        "slug": {
            "en": "monitoring-brussels-agreements",
            "sq": "monitorimi-i-marreveshjeve",
            "sr-latn": "pracenje-briselskih-sporazuma",
        },
        "title": {
            "en": "Monitoring the implementation of the Brussels agreements",
            "sq": "Monitorimi i zbatimit të marrëveshjeve të Brukselit",
            "sr-latn": "Praćenje sprovođenja briselskih sporazuma",
        },
        "start_date": datetime.date(2021, 1, 1),
        "end_date": datetime.date(2023, 12, 31),
        "partners": [("ned", "donor"), ("kfos", "donor")],
        "summary": {
            "en": "From 2021 to 2023 we tracked which of the agreements reached in the Brussels "
            "dialogue had been implemented, which had stalled and why, up to the 2023 agreement "
            "on the path to normalisation.",
            "sq": "Nga viti 2021 deri në vitin 2023 ndoqëm se cilat nga marrëveshjet e arritura "
            "në dialogun e Brukselit ishin zbatuar, cilat kishin ngecur dhe pse, deri te "
            "marrëveshja e vitit 2023 për rrugën drejt normalizimit.",
            "sr-latn": "Od 2021. do 2023. godine pratili smo koji su sporazumi postignuti u "
            "briselskom dijalogu sprovedeni, koji su zastali i zašto, sve do sporazuma o putu "
            "ka normalizaciji iz 2023. godine.",
        },
        "body": {
            "en": [
                "Since 2011 Kosovo and Serbia have reached dozens of agreements in the dialogue "
                "facilitated by the European Union, on matters from civil registries and "
                "freedom of movement to the integration of the police and the judiciary in the "
                "north. Many of them have been implemented only in part, or not at all.",
                "For three years, a mixed team of Albanian and Serb researchers monitored the "
                "implementation of each agreement, interviewed officials in Prishtina, Belgrade "
                "and Brussels as well as citizens in the communities most affected, and "
                "published regular scorecards and policy briefs.",
                "The project ended in December 2023, the year in which the Agreement on the Path "
                "to Normalisation and its Implementation Annex were reached. Its final report "
                "set out the commitments both parties still had to meet and proposed a sequence "
                "for meeting them.",
            ],
            "sq": [
                "Që nga viti 2011, Kosova dhe Serbia kanë arritur dhjetëra marrëveshje në "
                "dialogun e lehtësuar nga Bashkimi Evropian, për çështje nga regjistrat civilë "
                "dhe liria e lëvizjes deri te integrimi i policisë dhe i gjyqësorit në veri. "
                "Shumë prej tyre janë zbatuar vetëm pjesërisht ose aspak.",
                "Gjatë tre vjetëve, një ekip i përzier hulumtuesish shqiptarë dhe serbë "
                "monitoroi zbatimin e secilës marrëveshje, intervistoi zyrtarë në Prishtinë, "
                "Beograd dhe Bruksel, si dhe qytetarë në komunitetet më të prekura, dhe botoi "
                "rregullisht tabela vlerësimi dhe analiza të shkurtra politikash.",
                "Projekti përfundoi në dhjetor të vitit 2023, vitin kur u arritën Marrëveshja "
                "për rrugën drejt normalizimit dhe Aneksi i saj i zbatimit. Raporti "
                "përfundimtar paraqiti detyrimet që të dyja palët ende duhej t’i përmbushnin dhe "
                "propozoi një radhë për përmbushjen e tyre.",
            ],
            "sr-latn": [
                "Od 2011. godine Kosovo i Srbija postigli su desetine sporazuma u dijalogu uz "
                "posredovanje Evropske unije, o pitanjima od matičnih knjiga i slobode kretanja "
                "do integracije policije i pravosuđa na severu. Mnogi od njih sprovedeni su samo "
                "delimično ili uopšte nisu sprovedeni.",
                "Tokom tri godine, mešoviti tim albanskih i srpskih istraživača pratio je "
                "sprovođenje svakog sporazuma, razgovarao sa zvaničnicima u Prištini, Beogradu i "
                "Briselu, kao i sa građanima u najpogođenijim zajednicama, i redovno objavljivao "
                "ocene napretka i kratke analize politika.",
                "Projekat je završen u decembru 2023. godine, kada su postignuti Sporazum o putu "
                "ka normalizaciji i Aneks o njegovom sprovođenju. Završni izveštaj naveo je "
                "obaveze koje obe strane tek treba da ispune i predložio redosled njihovog "
                "ispunjavanja.",
            ],
        },
        "image_alt": {
            "en": "Abstract circles in blue and red, illustrating the monitoring of the Brussels "
            "agreements",
            "sq": "Rrathë abstraktë në blu dhe të kuq, ilustrim i monitorimit të marrëveshjeve "
            "të Brukselit",
            "sr-latn": "Apstraktni krugovi u plavoj i crvenoj boji, ilustracija praćenja "
            "briselskih sporazuma",
        },
        "team": [
            ("vjosa-berisha", ROLES["lead_f"]),
            (
                "nikola-stojanovic",
                {
                    "en": "Senior researcher",
                    "sq": "Hulumtues i lartë",
                    "sr-latn": "Viši istraživač",
                },
            ),
            (
                "ivana-djuric",
                {
                    "en": "Researcher",
                    "sq": "Hulumtuese",
                    "sr-latn": "Istraživačica",
                },
            ),
        ],
    },
]
