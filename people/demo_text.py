"""Demo people of BPRG, in three languages. Everyone here is fictional.

Keys of the inner dicts are language codes. ``biography`` is a list of
paragraphs per language; ``languages`` name keys of ``LANGUAGE_NAMES``;
``expertise`` names topic slugs (bbg_site/demo/topics.py); ``links`` says
which example profiles (``x``, ``linkedin``) a person has.
"""

INDEX_SLUG = {"en": "people", "sq": "njerezit", "sr-latn": "ljudi"}
INDEX_TITLE = {"en": "People", "sq": "Njerëzit", "sr-latn": "Ljudi"}
INDEX_INTRO = {
    "en": "Balkans Group is a fully mixed team: Albanian and Serb researchers and analysts work "
    "side by side in Prishtina and in northern Kosovo, doing joint research, drafting reports "
    "together and engaging in advocacy with decision-makers on both sides.",
    "sq": "Grupi Ballkanik është një ekip plotësisht i përzier: hulumtues dhe analistë shqiptarë "
    "e serbë punojnë krah për krah në Prishtinë dhe në veri të Kosovës, bëjnë hulumtime të "
    "përbashkëta, hartojnë raporte së bashku dhe angazhohen në avokim me vendimmarrësit në të "
    "dyja anët.",
    "sr-latn": "Balkanska grupa je potpuno mešovit tim: albanski i srpski istraživači i "
    "analitičari rade rame uz rame u Prištini i na severu Kosova, zajedno istražuju, pišu "
    "izveštaje i bave se zagovaranjem kod donosilaca odluka na obe strane.",
}

PHOTO_ALT = {
    "en": "Portrait of {name}",
    "sq": "Fotografi portreti: {name}",
    "sr-latn": "Portret: {name}",
}

LANGUAGE_NAMES = {
    "albanian": {"en": "Albanian", "sq": "shqip", "sr-latn": "albanski"},
    "serbian": {"en": "Serbian", "sq": "serbisht", "sr-latn": "srpski"},
    "english": {"en": "English", "sq": "anglisht", "sr-latn": "engleski"},
    "german": {"en": "German", "sq": "gjermanisht", "sr-latn": "nemački"},
    "french": {"en": "French", "sq": "frëngjisht", "sr-latn": "francuski"},
}


def languages_spoken(keys, lang: str) -> str:
    """The names of the languages in ``keys`` as readers of ``lang`` write them."""
    names = ", ".join(LANGUAGE_NAMES[key][lang] for key in keys)
    return names[:1].upper() + names[1:]


STAFF = [
    {
        "first_name": "Arbër",
        "last_name": "Krasniqi",
        "slug": "arber-krasniqi",
        "start_year": 2015,
        "expertise": ("brussels-dialogue", "eu-agenda"),
        "languages": ("albanian", "serbian", "english", "german"),
        "links": ("x", "linkedin"),
        "position": {
            "en": "Executive Director",
            "sq": "Drejtor ekzekutiv",
            "sr-latn": "Izvršni direktor",
        },
        "short_bio": {
            "en": "Arbër leads the Balkans Group and its advocacy with the governments in "
            "Prishtina and Belgrade, the EU and its member states.",
            "sq": "Arbëri udhëheq Grupin Ballkanik dhe avokimin e tij pranë qeverive në "
            "Prishtinë dhe në Beograd, BE-së dhe shteteve të saj anëtare.",
            "sr-latn": "Arbër rukovodi Balkanskom grupom i njenim zagovaranjem kod vlada u "
            "Prištini i Beogradu, EU i njenih država članica.",
        },
        "biography": {
            "en": [
                "Arbër Krasniqi has been Executive Director of the Balkans Group since 2015. He "
                "oversees the group’s research programme and leads its advocacy with the "
                "governments in Prishtina and Belgrade, the EU institutions in Brussels and the "
                "embassies of the EU member states.",
                "Before joining BPRG he spent eight years as an analyst of Kosovo and the "
                "western Balkans for an international conflict-prevention organisation. He "
                "holds a master’s degree in international relations and comments regularly on "
                "the Kosovo–Serbia dialogue in Albanian, Serbian and international media.",
            ],
            "sq": [
                "Arbër Krasniqi është drejtor ekzekutiv i Grupit Ballkanik që nga viti 2015. Ai "
                "mbikëqyr programin hulumtues të grupit dhe udhëheq avokimin e tij pranë "
                "qeverive në Prishtinë dhe në Beograd, institucioneve të BE-së në Bruksel dhe "
                "ambasadave të shteteve anëtare të BE-së.",
                "Para se t’i bashkohej BPRG-së, ai punoi tetë vjet si analist për Kosovën dhe "
                "Ballkanin Perëndimor në një organizatë ndërkombëtare për parandalimin e "
                "konflikteve. Ka diplomë master në marrëdhënie ndërkombëtare dhe komenton "
                "rregullisht dialogun Kosovë–Serbi në mediat shqiptare, serbe dhe "
                "ndërkombëtare.",
            ],
            "sr-latn": [
                "Arbër Krasniqi je izvršni direktor Balkanske grupe od 2015. godine. Nadzire "
                "istraživački program grupe i vodi njeno zagovaranje kod vlada u Prištini i "
                "Beogradu, institucija EU u Briselu i ambasada država članica EU.",
                "Pre dolaska u BPRG osam godina je radio kao analitičar za Kosovo i Zapadni "
                "Balkan u jednoj međunarodnoj organizaciji za sprečavanje sukoba. Ima master "
                "diplomu iz međunarodnih odnosa i redovno komentariše dijalog Kosova i Srbije u "
                "albanskim, srpskim i međunarodnim medijima.",
            ],
        },
    },
    {
        "first_name": "Milica",
        "last_name": "Jovanović",
        "slug": "milica-jovanovic",
        "start_year": 2016,
        "expertise": ("serb-community-integration", "brussels-dialogue"),
        "languages": ("serbian", "albanian", "english"),
        "links": ("linkedin",),
        "position": {
            "en": "Deputy Director",
            "sq": "Zëvendësdrejtoreshë",
            "sr-latn": "Zamenica direktora",
        },
        "short_bio": {
            "en": "Milica runs the group’s research programme and its work with Serb "
            "communities across Kosovo.",
            "sq": "Milica drejton programin hulumtues të grupit dhe punën e tij me komunitetet "
            "serbe në mbarë Kosovën.",
            "sr-latn": "Milica vodi istraživački program grupe i njen rad sa srpskim "
            "zajednicama širom Kosova.",
        },
        "biography": {
            "en": [
                "Milica Jovanović is Deputy Director of the Balkans Group, which she joined in "
                "2016 as a policy analyst. She manages the research programme, edits the "
                "group’s reports and leads its work on the integration of Kosovo Serbs into "
                "Kosovo’s institutions.",
                "Milica grew up in Gračanica and studied political science in Belgrade and "
                "European studies in Bruges. Before joining BPRG she worked for three years in "
                "municipal administration. She learned Albanian as an adult and uses it every "
                "day with colleagues and interlocutors in Prishtina.",
            ],
            "sq": [
                "Milica Jovanović është zëvendësdrejtoreshë e Grupit Ballkanik, të cilit iu "
                "bashkua në vitin 2016 si analiste e politikave. Ajo menaxhon programin "
                "hulumtues, redakton raportet e grupit dhe udhëheq punën e tij për integrimin "
                "e serbëve të Kosovës në institucionet e Kosovës.",
                "Milica u rrit në Graçanicë dhe studioi shkenca politike në Beograd dhe studime "
                "evropiane në Brugge. Para se t’i bashkohej BPRG-së, punoi tre vjet në "
                "administratën komunale. Shqipen e mësoi si e rritur dhe e përdor çdo ditë me "
                "kolegët dhe bashkëbiseduesit në Prishtinë.",
            ],
            "sr-latn": [
                "Milica Jovanović je zamenica direktora Balkanske grupe, kojoj se pridružila "
                "2016. godine kao analitičarka politika. Upravlja istraživačkim programom, "
                "uređuje izveštaje grupe i vodi njen rad na integraciji kosovskih Srba u "
                "institucije Kosova.",
                "Milica je odrasla u Gračanici, a studirala je političke nauke u Beogradu i "
                "evropske studije u Brižu. Pre dolaska u BPRG tri godine je radila u opštinskoj "
                "upravi. Albanski je naučila kao odrasla i svakodnevno ga koristi sa kolegama i "
                "sagovornicima u Prištini.",
            ],
        },
    },
    {
        "first_name": "Vjosa",
        "last_name": "Berisha",
        "slug": "vjosa-berisha",
        "start_year": 2017,
        "expertise": ("rule-of-law", "eu-agenda"),
        "languages": ("albanian", "english", "serbian", "french"),
        "links": ("x",),
        "position": {
            "en": "Senior Researcher",
            "sq": "Hulumtuese e lartë",
            "sr-latn": "Viša istraživačica",
        },
        "short_bio": {
            "en": "Vjosa researches the justice system, the fight against corruption and the "
            "rule-of-law reforms on Kosovo’s path towards the EU.",
            "sq": "Vjosa hulumton sistemin e drejtësisë, luftën kundër korrupsionit dhe "
            "reformat e sundimit të ligjit në rrugën e Kosovës drejt BE-së.",
            "sr-latn": "Vjosa istražuje pravosuđe, borbu protiv korupcije i reforme vladavine "
            "prava na putu Kosova ka EU.",
        },
        "biography": {
            "en": [
                "Vjosa Berisha is a senior researcher at the Balkans Group, where she leads the "
                "work on the rule of law. She has written reports on the vetting of judges and "
                "prosecutors, on the Kosovo Police and on the fight against corruption.",
                "A lawyer by training, she worked at a legal aid organisation in Prishtina and "
                "spent a year as a visiting researcher in Brussels. She regularly briefs EU and "
                "member-state officials on rule-of-law reforms in Kosovo.",
            ],
            "sq": [
                "Vjosa Berisha është hulumtuese e lartë në Grupin Ballkanik, ku udhëheq punën "
                "për sundimin e ligjit. Ajo ka shkruar raporte për vetingun e gjyqtarëve dhe të "
                "prokurorëve, për Policinë e Kosovës dhe për luftën kundër korrupsionit.",
                "Juriste me formim, ajo ka punuar në një organizatë për ndihmë juridike falas në "
                "Prishtinë dhe ka kaluar një vit si hulumtuese vizituese në Bruksel. Ajo "
                "informon rregullisht zyrtarët e BE-së dhe të shteteve anëtare për reformat e "
                "sundimit të ligjit në Kosovë.",
            ],
            "sr-latn": [
                "Vjosa Berisha je viša istraživačica u Balkanskoj grupi, gde vodi rad na "
                "vladavini prava. Napisala je izveštaje o proveri (vetingu) sudija i tužilaca, "
                "o Kosovskoj policiji i o borbi protiv korupcije.",
                "Pravnica po obrazovanju, radila je u organizaciji za besplatnu pravnu pomoć u "
                "Prištini i provela godinu dana kao gostujuća istraživačica u Briselu. Redovno "
                "informiše zvaničnike EU i država članica o reformama vladavine prava na "
                "Kosovu.",
            ],
        },
    },
    {
        "first_name": "Nikola",
        "last_name": "Stojanović",
        "slug": "nikola-stojanovic",
        "start_year": 2018,
        "expertise": ("northern-kosovo", "brussels-dialogue"),
        "languages": ("serbian", "english", "albanian"),
        "links": ("linkedin",),
        "position": {
            "en": "Senior Researcher",
            "sq": "Hulumtues i lartë",
            "sr-latn": "Viši istraživač",
        },
        "short_bio": {
            "en": "Nikola follows the implementation of the Brussels agreements and security in "
            "the north of Kosovo.",
            "sq": "Nikola ndjek zbatimin e marrëveshjeve të Brukselit dhe sigurinë në veri të "
            "Kosovës.",
            "sr-latn": "Nikola prati sprovođenje briselskih sporazuma i bezbednost na severu "
            "Kosova.",
        },
        "biography": {
            "en": [
                "Nikola Stojanović is a senior researcher at the Balkans Group. He follows the "
                "implementation of the agreements reached in the Brussels dialogue, from the "
                "integration of the judiciary and the police in the north to freedom of "
                "movement and energy.",
                "Born in Zvečan, he studied law in North Mitrovica and holds a master’s degree "
                "in security studies. Before BPRG he worked for an international organisation "
                "monitoring human rights in northern Kosovo.",
            ],
            "sq": [
                "Nikola Stojanović është hulumtues i lartë në Grupin Ballkanik. Ai ndjek "
                "zbatimin e marrëveshjeve të arritura në dialogun e Brukselit, nga integrimi i "
                "gjyqësorit dhe i policisë në veri deri te liria e lëvizjes dhe energjia.",
                "I lindur në Zveçan, ai studioi drejtësi në Mitrovicën e Veriut dhe ka diplomë "
                "master në studime të sigurisë. Para BPRG-së punoi në një organizatë "
                "ndërkombëtare që monitoronte të drejtat e njeriut në veri të Kosovës.",
            ],
            "sr-latn": [
                "Nikola Stojanović je viši istraživač u Balkanskoj grupi. Prati sprovođenje "
                "sporazuma postignutih u briselskom dijalogu, od integracije pravosuđa i "
                "policije na severu do slobode kretanja i energetike.",
                "Rođen je u Zvečanu, studirao je pravo u Severnoj Mitrovici i ima master "
                "diplomu iz studija bezbednosti. Pre BPRG-a radio je u međunarodnoj "
                "organizaciji koja je pratila stanje ljudskih prava na severu Kosova.",
            ],
        },
    },
    {
        "first_name": "Dren",
        "last_name": "Gashi",
        "slug": "dren-gashi",
        "start_year": 2020,
        "expertise": ("eu-agenda", "rule-of-law"),
        "languages": ("albanian", "english", "german", "serbian"),
        "links": ("x", "linkedin"),
        "position": {
            "en": "Policy Analyst",
            "sq": "Analist i politikave",
            "sr-latn": "Analitičar politika",
        },
        "short_bio": {
            "en": "Dren analyses Kosovo’s path towards the EU and the reforms it requires of the "
            "government and the Assembly.",
            "sq": "Dreni analizon rrugën e Kosovës drejt BE-së dhe reformat që ajo kërkon nga "
            "Qeveria dhe Kuvendi.",
            "sr-latn": "Dren analizira put Kosova ka EU i reforme koje on zahteva od vlade i "
            "skupštine.",
        },
        "biography": {
            "en": [
                "Dren Gashi is a policy analyst at the Balkans Group. He writes on Kosovo’s "
                "relations with the European Union, the Stabilisation and Association Agreement "
                "and the reforms required by the EU’s Growth Plan for the Western Balkans.",
                "Dren studied economics in Prishtina and European integration in Vienna. Before "
                "joining BPRG in 2020 he was a trainee at the Committee on European Integration "
                "of the Assembly of Kosovo.",
            ],
            "sq": [
                "Dren Gashi është analist i politikave në Grupin Ballkanik. Ai shkruan për "
                "marrëdhëniet e Kosovës me Bashkimin Evropian, Marrëveshjen e "
                "Stabilizim-Asociimit dhe reformat që kërkon Plani i Rritjes i BE-së për "
                "Ballkanin Perëndimor.",
                "Dreni studioi ekonomi në Prishtinë dhe integrim evropian në Vjenë. Para se "
                "t’i bashkohej BPRG-së në vitin 2020, ishte praktikant në Komisionin për "
                "Integrim Evropian të Kuvendit të Kosovës.",
            ],
            "sr-latn": [
                "Dren Gashi je analitičar politika u Balkanskoj grupi. Piše o odnosima Kosova "
                "sa Evropskom unijom, Sporazumu o stabilizaciji i pridruživanju i reformama "
                "koje zahteva Plan rasta EU za Zapadni Balkan.",
                "Dren je studirao ekonomiju u Prištini i evropske integracije u Beču. Pre nego "
                "što se 2020. godine pridružio BPRG-u, bio je pripravnik u Odboru za evropske "
                "integracije Skupštine Kosova.",
            ],
        },
    },
    {
        "first_name": "Jelena",
        "last_name": "Petrović",
        "slug": "jelena-petrovic",
        "start_year": 2021,
        "expertise": ("serb-community-integration", "rule-of-law"),
        "languages": ("serbian", "english", "albanian"),
        "links": ("x",),
        "position": {
            "en": "Policy Analyst",
            "sq": "Analiste e politikave",
            "sr-latn": "Analitičarka politika",
        },
        "short_bio": {
            "en": "Jelena works on the rights of non-majority communities, language rights and "
            "access to public services.",
            "sq": "Jelena punon për të drejtat e komuniteteve joshumicë, të drejtat gjuhësore "
            "dhe qasjen në shërbimet publike.",
            "sr-latn": "Jelena se bavi pravima nevećinskih zajednica, jezičkim pravima i "
            "pristupom javnim uslugama.",
        },
        "biography": {
            "en": [
                "Jelena Petrović is a policy analyst at the Balkans Group. Her research covers "
                "the rights of non-majority communities, the use of the official languages and "
                "Serbs’ access to documents, courts and public services in Kosovo.",
                "She studied sociology in Niš and human rights in Sarajevo, and worked for a "
                "local NGO in Gračanica before joining BPRG in 2021.",
            ],
            "sq": [
                "Jelena Petrović është analiste e politikave në Grupin Ballkanik. Hulumtimet e "
                "saj përfshijnë të drejtat e komuniteteve joshumicë, përdorimin e gjuhëve "
                "zyrtare dhe qasjen e serbëve në dokumente, gjykata dhe shërbime publike në "
                "Kosovë.",
                "Ajo studioi sociologji në Nish dhe të drejtat e njeriut në Sarajevë, dhe punoi "
                "në një OJQ vendore në Graçanicë para se t’i bashkohej BPRG-së në vitin 2021.",
            ],
            "sr-latn": [
                "Jelena Petrović je analitičarka politika u Balkanskoj grupi. Istražuje prava "
                "nevećinskih zajednica, upotrebu službenih jezika i pristup Srba dokumentima, "
                "sudovima i javnim uslugama na Kosovu.",
                "Studirala je sociologiju u Nišu i ljudska prava u Sarajevu, a pre nego što se "
                "2021. godine pridružila BPRG-u radila je u lokalnoj nevladinoj organizaciji u "
                "Gračanici.",
            ],
        },
    },
    {
        "first_name": "Dušan",
        "last_name": "Ristić",
        "slug": "dusan-ristic",
        "start_year": 2019,
        "expertise": ("northern-kosovo", "serb-community-integration"),
        "languages": ("serbian", "english", "albanian"),
        "links": (),
        "position": {
            "en": "Researcher, North Mitrovica office",
            "sq": "Hulumtues, zyra në Mitrovicën e Veriut",
            "sr-latn": "Istraživač, kancelarija u Severnoj Mitrovici",
        },
        "short_bio": {
            "en": "Based in North Mitrovica, Dušan keeps the group in touch with citizens, local "
            "officials and civil society in the north.",
            "sq": "Me bazë në Mitrovicën e Veriut, Dušan Ristić e mban grupin në lidhje me "
            "qytetarët, zyrtarët vendorë dhe shoqërinë civile në veri.",
            "sr-latn": "Iz Severne Mitrovice, Dušan povezuje grupu sa građanima, lokalnim "
            "zvaničnicima i civilnim društvom na severu.",
        },
        "biography": {
            "en": [
                "Dušan Ristić is a researcher at the Balkans Group, based in North Mitrovica. He "
                "conducts interviews and focus groups in the four northern municipalities and "
                "follows local politics, the economy and relations between the communities.",
                "Dušan studied journalism and worked for a local radio station before joining "
                "BPRG in 2019. His network of contacts in the north is one of the group’s most "
                "valuable assets.",
            ],
            "sq": [
                "Dušan Ristić është hulumtues i Grupit Ballkanik me bazë në Mitrovicën e "
                "Veriut. Ai zhvillon intervista dhe grupe fokusi në katër komunat veriore dhe "
                "ndjek politikën vendore, ekonominë dhe marrëdhëniet ndërmjet komuniteteve.",
                "Ai studioi gazetari dhe punoi në një radio vendore para se t’i bashkohej "
                "BPRG-së në vitin 2019. Rrjeti i tij i kontakteve në veri është një nga "
                "pasuritë më të çmuara të grupit.",
            ],
            "sr-latn": [
                "Dušan Ristić je istraživač Balkanske grupe sa sedištem u Severnoj Mitrovici. "
                "Vodi intervjue i fokus grupe u četiri severne opštine i prati lokalnu "
                "politiku, privredu i odnose među zajednicama.",
                "Studirao je novinarstvo i radio na lokalnom radiju pre nego što se 2019. "
                "godine pridružio BPRG-u. Njegova mreža kontakata na severu jedna je od "
                "najvrednijih prednosti grupe.",
            ],
        },
    },
    {
        "first_name": "Besa",
        "last_name": "Hoxha",
        "slug": "besa-hoxha",
        "start_year": 2022,
        "expertise": ("eu-agenda",),
        "languages": ("albanian", "english", "serbian"),
        "links": ("x", "linkedin"),
        "position": {
            "en": "Communications Officer",
            "sq": "Zyrtare për komunikim",
            "sr-latn": "Službenica za komunikacije",
        },
        "short_bio": {
            "en": "Besa manages the group’s website, social media and relations with journalists "
            "in three languages.",
            "sq": "Besa menaxhon uebfaqen e grupit, rrjetet sociale dhe marrëdhëniet me "
            "gazetarët në tri gjuhë.",
            "sr-latn": "Besa vodi veb-sajt grupe, društvene mreže i odnose sa novinarima na tri "
            "jezika.",
        },
        "biography": {
            "en": [
                "Besa Hoxha is the communications officer of the Balkans Group. She manages the "
                "website and social media, organises the launches of reports and looks after "
                "relations with journalists in Prishtina, Belgrade and Brussels.",
                "Besa worked as a journalist for a Prishtina daily for five years. She joined "
                "BPRG in 2022 and leads its work to make research accessible to readers in "
                "Albanian, Serbian and English.",
            ],
            "sq": [
                "Besa Hoxha është zyrtare për komunikim në Grupin Ballkanik. Ajo menaxhon "
                "uebfaqen dhe rrjetet sociale, organizon prezantimet e raporteve dhe kujdeset "
                "për marrëdhëniet me gazetarët në Prishtinë, Beograd dhe Bruksel.",
                "Besa punoi pesë vjet si gazetare në një të përditshme të Prishtinës. Ajo iu "
                "bashkua BPRG-së në vitin 2022 dhe udhëheq përpjekjet për t’i bërë hulumtimet "
                "të qasshme për lexuesit në shqip, serbisht dhe anglisht.",
            ],
            "sr-latn": [
                "Besa Hoxha je službenica za komunikacije Balkanske grupe. Vodi veb-sajt i "
                "društvene mreže, organizuje predstavljanja izveštaja i brine o odnosima sa "
                "novinarima u Prištini, Beogradu i Briselu.",
                "Besa je pet godina radila kao novinarka u jednom prištinskom dnevnom listu. "
                "BPRG-u se pridružila 2022. godine i predvodi rad na tome da istraživanja budu "
                "dostupna čitaocima na albanskom, srpskom i engleskom jeziku.",
            ],
        },
    },
    {
        "first_name": "Luljeta",
        "last_name": "Morina",
        "slug": "luljeta-morina",
        "start_year": 2016,
        "expertise": ("eu-agenda",),
        "languages": ("albanian", "english", "serbian"),
        "links": ("linkedin",),
        "position": {
            "en": "Programme and Finance Manager",
            "sq": "Menaxhere e programit dhe e financave",
            "sr-latn": "Menadžerka za programe i finansije",
        },
        "short_bio": {
            "en": "Luljeta manages the group’s grants, budgets and reporting to donors.",
            "sq": "Luljeta menaxhon grantet e grupit, buxhetet dhe raportimin te donatorët.",
            "sr-latn": "Luljeta upravlja grantovima grupe, budžetima i izveštavanjem prema "
            "donatorima.",
        },
        "biography": {
            "en": [
                "Luljeta Morina is the programme and finance manager of the Balkans Group. She "
                "manages the grants that fund the group’s work, prepares budgets and financial "
                "reports and makes sure that every project meets its donors’ requirements.",
                "Luljeta studied finance and accounting in Prishtina and has fifteen years of "
                "experience in managing projects funded by the EU and bilateral donors.",
            ],
            "sq": [
                "Luljeta Morina është menaxhere e programit dhe e financave në Grupin "
                "Ballkanik. Ajo menaxhon grantet që financojnë punën e grupit, përgatit "
                "buxhetet dhe raportet financiare dhe kujdeset që çdo projekt t’i plotësojë "
                "kërkesat e donatorëve.",
                "Luljeta studioi financa dhe kontabilitet në Prishtinë dhe ka pesëmbëdhjetë "
                "vjet përvojë në menaxhimin e projekteve të financuara nga BE-ja dhe nga "
                "donatorë bilateralë.",
            ],
            "sr-latn": [
                "Luljeta Morina je menadžerka za programe i finansije u Balkanskoj grupi. "
                "Upravlja grantovima iz kojih se finansira rad grupe, priprema budžete i "
                "finansijske izveštaje i stara se da svaki projekat ispuni zahteve donatora.",
                "Luljeta je studirala finansije i računovodstvo u Prištini i ima petnaest "
                "godina iskustva u upravljanju projektima koje finansiraju EU i bilateralni "
                "donatori.",
            ],
        },
    },
    {
        "first_name": "Ognjen",
        "last_name": "Lukić",
        "slug": "ognjen-lukic",
        "start_year": 2024,
        "expertise": ("northern-kosovo", "brussels-dialogue"),
        "languages": ("serbian", "english", "albanian"),
        "links": (),
        "position": {
            "en": "Junior Researcher",
            "sq": "Hulumtues i ri",
            "sr-latn": "Mlađi istraživač",
        },
        "short_bio": {
            "en": "Ognjen supports the group’s research on the north of Kosovo and the "
            "dialogue, and is learning Albanian.",
            "sq": "Ognjen Lukić mbështet hulumtimet e grupit për veriun e Kosovës dhe për "
            "dialogun, dhe po mëson shqip.",
            "sr-latn": "Ognjen podržava istraživanja grupe o severu Kosova i dijalogu i uči "
            "albanski.",
        },
        "biography": {
            "en": [
                "Ognjen Lukić joined the Balkans Group in 2024 as a junior researcher, after "
                "completing its traineeship programme. He supports the research on northern "
                "Kosovo and the Brussels dialogue, compiles data and drafts background notes.",
                "He holds a bachelor’s degree in political science from the University of "
                "Belgrade and is learning Albanian in the group’s language courses.",
            ],
            "sq": [
                "Ognjen Lukić iu bashkua Grupit Ballkanik në vitin 2024 si hulumtues i ri, pasi "
                "përfundoi programin e tij të praktikës. Ai mbështet hulumtimet për veriun e "
                "Kosovës dhe për dialogun e Brukselit, mbledh të dhëna dhe harton shënime "
                "sfondi.",
                "Ai ka diplomë bachelor në shkenca politike nga Universiteti i Beogradit dhe po "
                "mëson shqip në kurset gjuhësore të grupit.",
            ],
            "sr-latn": [
                "Ognjen Lukić se pridružio Balkanskoj grupi 2024. godine kao mlađi istraživač, "
                "nakon što je završio njen program stažiranja. Podržava istraživanja o severu "
                "Kosova i briselskom dijalogu, prikuplja podatke i priprema pozadinske "
                "beleške.",
                "Završio je osnovne studije političkih nauka na Univerzitetu u Beogradu i uči "
                "albanski na jezičkim kursevima grupe.",
            ],
        },
    },
]

BOARD = [
    {
        "first_name": "Agim",
        "last_name": "Rexhepi",
        "slug": "agim-rexhepi",
        "start_year": 2015,
        "expertise": ("brussels-dialogue", "eu-agenda"),
        "languages": ("albanian", "english", "french", "serbian"),
        "links": (),
        "position": {
            "en": "Chair of the Board",
            "sq": "Kryetar i Bordit",
            "sr-latn": "Predsednik Upravnog odbora",
        },
        "short_bio": {
            "en": "A former ambassador, Agim chairs the board and advises the group on its "
            "diplomatic engagement.",
            "sq": "Ish-ambasador, Agimi kryeson bordin dhe e këshillon grupin për angazhimin e "
            "tij diplomatik.",
            "sr-latn": "Bivši ambasador, Agim predsedava Upravnim odborom i savetuje grupu o "
            "njenom diplomatskom angažovanju.",
        },
        "biography": {
            "en": [
                "Agim Rexhepi has chaired the board of the Balkans Group since its founding. A "
                "career diplomat, he served as Kosovo’s ambassador to two EU member states and "
                "as a senior adviser on European integration.",
                "He lectures on diplomacy and international negotiation and has written widely "
                "on Kosovo’s foreign policy and its relations with its neighbours.",
            ],
            "sq": [
                "Agim Rexhepi kryeson bordin e Grupit Ballkanik që nga themelimi i tij. "
                "Diplomat i karrierës, ai ka shërbyer si ambasador i Kosovës në dy shtete "
                "anëtare të BE-së dhe si këshilltar i lartë për integrimin evropian.",
                "Ai ligjëron për diplomacinë dhe negociatat ndërkombëtare dhe ka shkruar "
                "gjerësisht për politikën e jashtme të Kosovës dhe marrëdhëniet e saj me "
                "fqinjët.",
            ],
            "sr-latn": [
                "Agim Rexhepi je predsednik Upravnog odbora Balkanske grupe od njenog "
                "osnivanja. Kao karijerni diplomata, bio je ambasador Kosova u dve države "
                "članice EU i viši savetnik za evropske integracije.",
                "Predaje diplomatiju i međunarodno pregovaranje i mnogo je pisao o spoljnoj "
                "politici Kosova i njegovim odnosima sa susedima.",
            ],
        },
    },
    {
        "first_name": "Dragana",
        "last_name": "Kostić",
        "slug": "dragana-kostic",
        "start_year": 2017,
        "expertise": ("rule-of-law", "serb-community-integration"),
        "languages": ("serbian", "english", "german"),
        "links": (),
        "position": {
            "en": "Member of the Board",
            "sq": "Anëtare e Bordit",
            "sr-latn": "Članica Upravnog odbora",
        },
        "short_bio": {
            "en": "A professor of constitutional law, Dragana brings expertise on "
            "decentralisation and minority rights.",
            "sq": "Profesoreshë e së drejtës kushtetuese, Dragana sjell ekspertizë për "
            "decentralizimin dhe të drejtat e pakicave.",
            "sr-latn": "Profesorka ustavnog prava, Dragana doprinosi znanjem o decentralizaciji "
            "i pravima manjina.",
        },
        "biography": {
            "en": [
                "Dragana Kostić is a professor of constitutional law and has been a member of "
                "the board of the Balkans Group since 2017. Her research focuses on "
                "decentralisation, local self-government and the protection of minority rights "
                "in the western Balkans.",
                "She has advised international organisations on local government reform and is "
                "the author of a textbook on comparative constitutional law.",
            ],
            "sq": [
                "Dragana Kostić është profesoreshë e së drejtës kushtetuese dhe anëtare e bordit "
                "të Grupit Ballkanik që nga viti 2017. Hulumtimet e saj përqendrohen te "
                "decentralizimi, vetëqeverisja vendore dhe mbrojtja e të drejtave të pakicave "
                "në Ballkanin Perëndimor.",
                "Ajo ka këshilluar organizata ndërkombëtare për reformën e qeverisjes vendore "
                "dhe është autore e një teksti universitar për të drejtën kushtetuese "
                "krahasuese.",
            ],
            "sr-latn": [
                "Dragana Kostić je profesorka ustavnog prava i članica Upravnog odbora "
                "Balkanske grupe od 2017. godine. Njena istraživanja usmerena su na "
                "decentralizaciju, lokalnu samoupravu i zaštitu prava manjina na Zapadnom "
                "Balkanu.",
                "Savetovala je međunarodne organizacije o reformi lokalne samouprave i autorka "
                "je udžbenika iz uporednog ustavnog prava.",
            ],
        },
    },
    {
        "first_name": "Teuta",
        "last_name": "Shala",
        "slug": "teuta-shala",
        "start_year": 2019,
        "expertise": ("rule-of-law",),
        "languages": ("albanian", "english", "serbian"),
        "links": (),
        "position": {
            "en": "Member of the Board",
            "sq": "Anëtare e Bordit",
            "sr-latn": "Članica Upravnog odbora",
        },
        "short_bio": {
            "en": "A former judge, Teuta advises the group on justice reform and the "
            "independence of the judiciary.",
            "sq": "Ish-gjyqtare, Teuta e këshillon grupin për reformën e drejtësisë dhe "
            "pavarësinë e gjyqësorit.",
            "sr-latn": "Bivša sutkinja, Teuta savetuje grupu o reformi pravosuđa i nezavisnosti "
            "sudstva.",
        },
        "biography": {
            "en": [
                "Teuta Shala served for fifteen years as a judge in Kosovo’s courts before "
                "becoming an independent expert on justice reform. She joined the board of the "
                "Balkans Group in 2019.",
                "She has worked with the Council of Europe and the EU on programmes to "
                "strengthen the judiciary in Kosovo and Albania, and teaches at the Academy of "
                "Justice of Kosovo.",
            ],
            "sq": [
                "Teuta Shala shërbeu pesëmbëdhjetë vjet si gjyqtare në gjykatat e Kosovës, para "
                "se të bëhej eksperte e pavarur për reformën e drejtësisë. Ajo iu bashkua "
                "bordit të Grupit Ballkanik në vitin 2019.",
                "Ajo ka punuar me Këshillin e Evropës dhe me BE-në në programe për forcimin e "
                "gjyqësorit në Kosovë dhe në Shqipëri, dhe ligjëron në Akademinë e Drejtësisë "
                "të Kosovës.",
            ],
            "sr-latn": [
                "Teuta Shala je petnaest godina bila sutkinja u sudovima na Kosovu, pre nego što "
                "je postala nezavisna stručnjakinja za reformu pravosuđa. Upravnom odboru "
                "Balkanske grupe pridružila se 2019. godine.",
                "Radila je sa Savetom Evrope i EU na programima jačanja pravosuđa na Kosovu i u "
                "Albaniji i predaje na Pravosudnoj akademiji Kosova.",
            ],
        },
    },
]

FELLOWS = [
    {
        "first_name": "Tamara",
        "last_name": "Savić",
        "slug": "tamara-savic",
        "start_year": 2023,
        "expertise": ("eu-agenda", "brussels-dialogue"),
        "languages": ("serbian", "english", "french"),
        "links": ("linkedin",),
        "position": {
            "en": "Non-resident Fellow",
            "sq": "Bashkëpunëtore jorezidente",
            "sr-latn": "Nerezidentna saradnica",
        },
        "short_bio": {
            "en": "Based in Brussels, Tamara writes on EU enlargement policy and the "
            "Kosovo–Serbia dialogue.",
            "sq": "Me bazë në Bruksel, Tamara shkruan për politikën e zgjerimit të BE-së dhe "
            "për dialogun Kosovë–Serbi.",
            "sr-latn": "Iz Brisela, Tamara piše o politici proširenja EU i dijalogu Kosova i "
            "Srbije.",
        },
        "biography": {
            "en": [
                "Tamara Savić is a non-resident fellow of the Balkans Group, based in Brussels. "
                "She writes on EU enlargement policy and on how the member states approach the "
                "Kosovo–Serbia dialogue.",
                "She previously worked in the European Parliament as an adviser on the western "
                "Balkans and holds a doctorate in European politics.",
            ],
            "sq": [
                "Tamara Savić është bashkëpunëtore jorezidente e Grupit Ballkanik me bazë në "
                "Bruksel. Ajo shkruan për politikën e zgjerimit të BE-së dhe për qasjen e "
                "shteteve anëtare ndaj dialogut Kosovë–Serbi.",
                "Më parë ka punuar në Parlamentin Evropian si këshilltare për Ballkanin "
                "Perëndimor dhe ka doktoraturë në politikë evropiane.",
            ],
            "sr-latn": [
                "Tamara Savić je nerezidentna saradnica Balkanske grupe sa sedištem u Briselu. "
                "Piše o politici proširenja EU i o pristupu država članica dijalogu Kosova i "
                "Srbije.",
                "Ranije je radila u Evropskom parlamentu kao savetnica za Zapadni Balkan i ima "
                "doktorat iz evropske politike.",
            ],
        },
    },
    {
        "first_name": "Genc",
        "last_name": "Bytyqi",
        "slug": "genc-bytyqi",
        "start_year": 2022,
        "expertise": ("rule-of-law", "northern-kosovo"),
        "languages": ("albanian", "english", "serbian"),
        "links": ("x",),
        "position": {
            "en": "Associate Fellow",
            "sq": "Bashkëpunëtor i asociuar",
            "sr-latn": "Pridruženi saradnik",
        },
        "short_bio": {
            "en": "Genc is a security analyst who contributes to the group’s research on "
            "policing and security in the north.",
            "sq": "Genci është analist sigurie që kontribuon në hulumtimet e grupit për "
            "policimin dhe sigurinë në veri.",
            "sr-latn": "Genc je analitičar bezbednosti koji doprinosi istraživanjima grupe o "
            "radu policije i bezbednosti na severu.",
        },
        "biography": {
            "en": [
                "Genc Bytyqi is an associate fellow of the Balkans Group and a security analyst "
                "with long experience of policing in multi-ethnic areas. He contributes to the "
                "group’s research on the Kosovo Police, border crossings and security in the "
                "north.",
                "He served for twelve years in the Kosovo Police, including in Mitrovica, and "
                "holds a master’s degree in security studies.",
            ],
            "sq": [
                "Genc Bytyqi është bashkëpunëtor i asociuar i Grupit Ballkanik dhe analist "
                "sigurie me përvojë të gjatë në policimin e zonave shumetnike. Ai kontribuon në "
                "hulumtimet e grupit për Policinë e Kosovës, pikat kufitare dhe sigurinë në "
                "veri.",
                "Ai shërbeu dymbëdhjetë vjet në Policinë e Kosovës, përfshirë në Mitrovicë, dhe "
                "ka diplomë master në studime të sigurisë.",
            ],
            "sr-latn": [
                "Genc Bytyqi je pridruženi saradnik Balkanske grupe i analitičar bezbednosti sa "
                "dugogodišnjim iskustvom u radu policije u multietničkim sredinama. Doprinosi "
                "istraživanjima grupe o Kosovskoj policiji, graničnim prelazima i bezbednosti "
                "na severu.",
                "Dvanaest godina je služio u Kosovskoj policiji, između ostalog u Mitrovici, i "
                "ima master diplomu iz studija bezbednosti.",
            ],
        },
    },
]

ALUMNI = [
    {
        "first_name": "Ardita",
        "last_name": "Kelmendi",
        "slug": "ardita-kelmendi",
        "start_year": 2016,
        "end_year": 2020,
        "expertise": ("eu-agenda", "rule-of-law"),
        "languages": ("albanian", "english", "french", "serbian"),
        "links": ("linkedin",),
        "position": {
            "en": "Former Policy Analyst",
            "sq": "Ish-analiste e politikave",
            "sr-latn": "Bivša analitičarka politika",
        },
        "now_at": {
            "en": "Policy officer at the EU Office in Kosovo",
            "sq": "Zyrtare për politika në Zyrën e BE-së në Kosovë",
            "sr-latn": "Službenica za politike u Kancelariji EU na Kosovu",
        },
        "short_bio": {
            "en": "Ardita worked on the EU agenda and the rule of law at BPRG and now works at "
            "the EU Office in Kosovo.",
            "sq": "Ardita punoi për agjendën e BE-së dhe sundimin e ligjit në BPRG dhe tani "
            "punon në Zyrën e BE-së në Kosovë.",
            "sr-latn": "Ardita se u BPRG-u bavila evropskom agendom i vladavinom prava, a sada "
            "radi u Kancelariji EU na Kosovu.",
        },
        "biography": {
            "en": [
                "Ardita Kelmendi was a policy analyst at the Balkans Group from 2016 to 2020. "
                "She co-wrote the group’s reports on visa liberalisation and on public "
                "administration reform, and coordinated its roundtables with the EU Office.",
                "She is now a policy officer at the EU Office in Kosovo, where she works on the "
                "rule of law and public administration reform.",
            ],
            "sq": [
                "Ardita Kelmendi ishte analiste e politikave në Grupin Ballkanik nga viti 2016 "
                "deri në vitin 2020. Ajo ishte bashkautore e raporteve të grupit për "
                "liberalizimin e vizave dhe për reformën e administratës publike, dhe koordinoi "
                "tryezat e tij të rrumbullakëta me Zyrën e BE-së.",
                "Tani ajo është zyrtare për politika në Zyrën e BE-së në Kosovë, ku punon për "
                "sundimin e ligjit dhe për reformën e administratës publike.",
            ],
            "sr-latn": [
                "Ardita Kelmendi je bila analitičarka politika u Balkanskoj grupi od 2016. do "
                "2020. godine. Bila je koautorka izveštaja grupe o liberalizaciji viza i o "
                "reformi javne uprave i koordinirala je njene okrugle stolove sa Kancelarijom "
                "EU.",
                "Sada je službenica za politike u Kancelariji EU na Kosovu, gde radi na "
                "vladavini prava i reformi javne uprave.",
            ],
        },
    },
    {
        "first_name": "Nemanja",
        "last_name": "Vuković",
        "slug": "nemanja-vukovic",
        "start_year": 2017,
        "end_year": 2021,
        "expertise": ("serb-community-integration", "northern-kosovo"),
        "languages": ("serbian", "english", "albanian"),
        "links": ("x",),
        "position": {
            "en": "Former Researcher",
            "sq": "Ish-hulumtues",
            "sr-latn": "Bivši istraživač",
        },
        "now_at": {
            "en": "PhD candidate at the University of Belgrade",
            "sq": "Doktorant në Universitetin e Beogradit",
            "sr-latn": "Doktorand na Univerzitetu u Beogradu",
        },
        "short_bio": {
            "en": "Nemanja researched Serb communities south of the Ibar at BPRG and is now "
            "writing a doctorate in Belgrade.",
            "sq": "Nemanja hulumtoi komunitetet serbe në jug të Ibrit në BPRG dhe tani po "
            "shkruan doktoraturën në Beograd.",
            "sr-latn": "Nemanja je u BPRG-u istraživao srpske zajednice južno od Ibra, a sada "
            "piše doktorat u Beogradu.",
        },
        "biography": {
            "en": [
                "Nemanja Vuković was a researcher at the Balkans Group from 2017 to 2021. He led "
                "the group’s fieldwork in the Serb-majority municipalities south of the Ibar and "
                "co-wrote its report on the return of displaced persons.",
                "He is now a PhD candidate at the University of Belgrade, writing a thesis on "
                "local self-government and interethnic relations in Kosovo.",
            ],
            "sq": [
                "Nemanja Vuković ishte hulumtues në Grupin Ballkanik nga viti 2017 deri në vitin "
                "2021. Ai udhëhoqi punën në terren të grupit në komunat me shumicë serbe në jug "
                "të Ibrit dhe ishte bashkautor i raportit të tij për kthimin e personave të "
                "zhvendosur.",
                "Tani ai është doktorant në Universitetin e Beogradit, ku shkruan një tezë për "
                "vetëqeverisjen vendore dhe marrëdhëniet ndëretnike në Kosovë.",
            ],
            "sr-latn": [
                "Nemanja Vuković je bio istraživač u Balkanskoj grupi od 2017. do 2021. godine. "
                "Vodio je terenski rad grupe u opštinama sa srpskom većinom južno od Ibra i bio "
                "koautor njenog izveštaja o povratku raseljenih lica.",
                "Sada je doktorand na Univerzitetu u Beogradu, gde piše tezu o lokalnoj "
                "samoupravi i međuetničkim odnosima na Kosovu.",
            ],
        },
    },
    {
        "first_name": "Blerim",
        "last_name": "Hasani",
        "slug": "blerim-hasani",
        "start_year": 2018,
        "end_year": 2022,
        "expertise": ("serb-community-integration", "brussels-dialogue"),
        "languages": ("albanian", "serbian", "english"),
        "links": ("linkedin",),
        "position": {
            "en": "Former Policy Analyst",
            "sq": "Ish-analist i politikave",
            "sr-latn": "Bivši analitičar politika",
        },
        "now_at": {
            "en": "Adviser in the Ministry of Local Government Administration",
            "sq": "Këshilltar në Ministrinë e Administrimit të Pushtetit Lokal",
            "sr-latn": "Savetnik u Ministarstvu administracije lokalne samouprave",
        },
        "short_bio": {
            "en": "Blerim analysed decentralisation and cooperation between municipalities at "
            "BPRG and now advises the Ministry of Local Government Administration.",
            "sq": "Blerimi analizoi decentralizimin dhe bashkëpunimin ndërkomunal në BPRG dhe "
            "tani është këshilltar në Ministrinë e Administrimit të Pushtetit Lokal.",
            "sr-latn": "Blerim je u BPRG-u analizirao decentralizaciju i međuopštinsku "
            "saradnju, a sada je savetnik u Ministarstvu administracije lokalne samouprave.",
        },
        "biography": {
            "en": [
                "Blerim Hasani was a policy analyst at the Balkans Group from 2018 to 2022. He "
                "wrote on decentralisation, the financing of municipalities and cooperation "
                "between Albanian- and Serb-majority municipalities.",
                "He is now an adviser in the Ministry of Local Government Administration, where "
                "he works on inter-municipal cooperation.",
            ],
            "sq": [
                "Blerim Hasani ishte analist i politikave në Grupin Ballkanik nga viti 2018 deri "
                "në vitin 2022. Ai shkroi për decentralizimin, financimin e komunave dhe "
                "bashkëpunimin ndërmjet komunave me shumicë shqiptare dhe atyre me shumicë "
                "serbe.",
                "Tani ai është këshilltar në Ministrinë e Administrimit të Pushtetit Lokal, ku "
                "punon për bashkëpunimin ndërkomunal.",
            ],
            "sr-latn": [
                "Blerim Hasani je bio analitičar politika u Balkanskoj grupi od 2018. do 2022. "
                "godine. Pisao je o decentralizaciji, finansiranju opština i saradnji između "
                "opština sa albanskom i opština sa srpskom većinom.",
                "Sada je savetnik u Ministarstvu administracije lokalne samouprave, gde radi na "
                "međuopštinskoj saradnji.",
            ],
        },
    },
    {
        "first_name": "Ivana",
        "last_name": "Đurić",
        "slug": "ivana-djuric",
        "start_year": 2019,
        "end_year": 2023,
        "expertise": ("brussels-dialogue", "eu-agenda"),
        "languages": ("serbian", "english", "german", "albanian"),
        "links": ("linkedin",),
        "position": {
            "en": "Former Researcher",
            "sq": "Ish-hulumtuese",
            "sr-latn": "Bivša istraživačica",
        },
        "now_at": {
            "en": "Researcher at a think tank in Brussels",
            "sq": "Hulumtuese në një think tank në Bruksel",
            "sr-latn": "Istraživačica u jednom think tanku u Briselu",
        },
        "short_bio": {
            "en": "Ivana monitored the Brussels agreements at BPRG and now researches EU foreign "
            "policy in Brussels.",
            "sq": "Ivana monitoroi marrëveshjet e Brukselit në BPRG dhe tani hulumton politikën "
            "e jashtme të BE-së në Bruksel.",
            "sr-latn": "Ivana je u BPRG-u pratila sprovođenje briselskih sporazuma, a sada u "
            "Briselu istražuje spoljnu politiku EU.",
        },
        "biography": {
            "en": [
                "Ivana Đurić was a researcher at the Balkans Group from 2019 to 2023. She worked "
                "on the group’s monitoring of the Brussels agreements and wrote its briefs on "
                "freedom of movement, licence plates and energy.",
                "She now works as a researcher at a think tank in Brussels, where she covers EU "
                "foreign policy towards the western Balkans.",
            ],
            "sq": [
                "Ivana Đurić ishte hulumtuese në Grupin Ballkanik nga viti 2019 deri në vitin "
                "2023. Ajo punoi në monitorimin e marrëveshjeve të Brukselit dhe shkroi "
                "analizat e shkurtra të grupit për lirinë e lëvizjes, targat e automjeteve dhe "
                "energjinë.",
                "Tani ajo punon si hulumtuese në një think tank në Bruksel, ku merret me "
                "politikën e jashtme të BE-së ndaj Ballkanit Perëndimor.",
            ],
            "sr-latn": [
                "Ivana Đurić je bila istraživačica u Balkanskoj grupi od 2019. do 2023. godine. "
                "Radila je na praćenju sprovođenja briselskih sporazuma i pisala kratke analize "
                "grupe o slobodi kretanja, registarskim tablicama i energetici.",
                "Sada radi kao istraživačica u jednom think tanku u Briselu, gde prati spoljnu "
                "politiku EU prema Zapadnom Balkanu.",
            ],
        },
    },
]

# In the order the page tree (and so each group on the people page) lists them.
PEOPLE = {"staff": STAFF, "board": BOARD, "fellows": FELLOWS, "alumni": ALUMNI}
