"""Demo content for the Integration Lab.

Pure data used to seed a development or demo site: region profiles, the six
partner regions' own integration actions and a set of integration practices.
All texts are demo texts written for this project. All statistics are
illustrative figures chosen to look plausible; they are NOT official data and
must not be quoted as such (see DEMO_SOURCE). Websites point to example.org and
contacts are role-based, never real people.

Slugs used here for aspects, policy areas, target groups and funding sources
come from practices/taxonomy.py. Run this file directly to check coverage.
"""

DEMO_SOURCE = "Demo figure (illustrative, not official statistics)"

# Indicator slugs used in REGIONS[...]["statistics"]; values are (value, reference_year).
# population and non-eu-population are head counts; all other indicators are percentages.
STATISTIC_INDICATORS = (
    "population",
    "non-eu-population",
    "unemployment-rate",
    "unemployment-rate-non-eu",
    "unemployment-rate-non-eu-women",
    "neet-rate-nationals",
    "neet-rate-non-eu",
    "neet-rate-non-eu-women",
    "poverty-risk-rate",
)

HOME_INTRO = (
    "Regions across Europe share here how they integrate migrants and refugees: "
    "search practices, compare regions and learn from partner regions' own actions."
)

# The lab's ordinary content pages: (slug, title, intro).
CONTENT_PAGES = [
    (
        "guidelines",
        "Guidelines",
        "How to describe a practice so that another region can learn from it, and how "
        "the seven aspects of the evaluation framework are assessed.",
    ),
    (
        "glossary",
        "Glossary",
        "The terms the lab uses, from third-country national to multi-level governance.",
    ),
    (
        "about",
        "About the lab",
        "A mutual-learning tool for regional authorities working on the integration of "
        "migrants and refugees, run with six partner regions.",
    ),
]

REGIONS = [
    # ------------------------------------------------------------------
    # The six partner (pilot) regions
    # ------------------------------------------------------------------
    {
        "slug": "azores",
        "title": "Azores",
        "country": "PT",
        "nuts_code": "PT20",
        "partner": True,
        "intro": (
            "An Atlantic archipelago of nine inhabited islands and an autonomous region of Portugal. "
            "Long a land of emigration, it now also receives newcomers from Brazil, Cape Verde and South Asia "
            "and welcomes back emigrants returning from North America."
        ),
        "responsible_body": (
            "Regional Directorate for Communities, under the Presidency of the Regional Government of the Azores"
        ),
        "latitude": 37.78,
        "longitude": -25.50,
        "mipex_r_url": "https://www.mipex.eu/regions/azores",
        "urban_rural": "predominantly-rural",
        "statistics": {
            "population": (240700, 2023),
            "non-eu-population": (6100, 2023),
            "unemployment-rate": (6.4, 2023),
            "unemployment-rate-non-eu": (10.8, 2023),
            "unemployment-rate-non-eu-women": (13.1, 2023),
            "neet-rate-nationals": (13.9, 2023),
            "neet-rate-non-eu": (18.6, 2022),
            "neet-rate-non-eu-women": (23.0, 2022),
            "poverty-risk-rate": (26.3, 2023),
        },
    },
    {
        "slug": "campania",
        "title": "Campania",
        "country": "IT",
        "nuts_code": "ITF3",
        "partner": True,
        "intro": (
            "A densely populated region of southern Italy centred on Naples. Many non-EU residents work in "
            "agriculture on the plains of Caserta and Salerno, in domestic care and in trade, often in informal jobs."
        ),
        "responsible_body": (
            "Directorate-General for Social and Welfare Policies of the Campania Region, "
            "with a focus on the labour-market integration of non-EU immigrants"
        ),
        "latitude": 40.90,
        "longitude": 14.75,
        "mipex_r_url": "https://www.mipex.eu/regions/campania",
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (5593000, 2023),
            "non-eu-population": (231000, 2023),
            "unemployment-rate": (17.4, 2023),
            "unemployment-rate-non-eu": (14.6, 2023),
            "unemployment-rate-non-eu-women": (20.3, 2023),
            "neet-rate-nationals": (27.1, 2023),
            "neet-rate-non-eu": (33.8, 2023),
            "neet-rate-non-eu-women": (45.7, 2023),
            "poverty-risk-rate": (43.5, 2023),
        },
    },
    {
        "slug": "catalonia",
        "title": "Catalonia",
        "country": "ES",
        "nuts_code": "ES51",
        "partner": True,
        "intro": (
            "A Spanish autonomous community in the north-east with its own language and a long record of "
            "receiving migrants, first from other parts of Spain and since the late 1990s from Morocco, "
            "Latin America, Pakistan and elsewhere."
        ),
        "responsible_body": (
            "Secretariat for Equality, Migration and Citizenship of the Department of Labour, Social Affairs "
            "and Families, Government of Catalonia"
        ),
        "latitude": 41.80,
        "longitude": 1.53,
        "mipex_r_url": "https://www.mipex.eu/regions/catalonia",
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (7901000, 2023),
            "non-eu-population": (968000, 2023),
            "unemployment-rate": (9.0, 2023),
            "unemployment-rate-non-eu": (16.7, 2023),
            "unemployment-rate-non-eu-women": (19.4, 2023),
            "neet-rate-nationals": (10.6, 2023),
            "neet-rate-non-eu": (22.3, 2023),
            "neet-rate-non-eu-women": (27.9, 2023),
            "poverty-risk-rate": (24.1, 2023),
        },
    },
    {
        "slug": "murcia",
        "title": "Region of Murcia",
        "country": "ES",
        "nuts_code": "ES62",
        "partner": True,
        "intro": (
            "A south-eastern Spanish region whose intensive horticulture draws a large foreign workforce, "
            "mainly from Morocco, Ecuador and sub-Saharan Africa. The share of foreign residents is among the highest in Spain."
        ),
        "responsible_body": (
            "Directorate-General for Social Services and Relations with the Third Sector, Regional Ministry "
            "for Women, Equality, Family and Social Policy"
        ),
        "latitude": 38.00,
        "longitude": -1.40,
        "mipex_r_url": "https://www.mipex.eu/regions/murcia",
        "urban_rural": "intermediate",
        "statistics": {
            "population": (1552000, 2023),
            "non-eu-population": (171000, 2023),
            "unemployment-rate": (11.8, 2023),
            "unemployment-rate-non-eu": (19.2, 2023),
            "unemployment-rate-non-eu-women": (26.4, 2023),
            "neet-rate-nationals": (13.8, 2023),
            "neet-rate-non-eu": (27.5, 2023),
            "neet-rate-non-eu-women": (38.6, 2023),
            "poverty-risk-rate": (31.7, 2023),
        },
    },
    {
        "slug": "puglia",
        "title": "Puglia",
        "country": "IT",
        "nuts_code": "ITF4",
        "partner": True,
        "intro": (
            "The heel of Italy, facing the Adriatic and Ionian seas, with a history of sea arrivals since the 1990s. "
            "Seasonal farm work in the Foggia area draws thousands of non-EU workers each summer."
        ),
        "responsible_body": (
            "Section for Citizen Security, Migration and Social Anti-Mafia Policies of the Presidency of the "
            "Puglia Region, which drafts the regional three-year migration plans"
        ),
        "latitude": 40.95,
        "longitude": 16.60,
        "mipex_r_url": "https://www.mipex.eu/regions/puglia",
        "urban_rural": "intermediate",
        "statistics": {
            "population": (3891000, 2023),
            "non-eu-population": (108000, 2023),
            "unemployment-rate": (11.6, 2023),
            "unemployment-rate-non-eu": (13.2, 2023),
            "unemployment-rate-non-eu-women": (18.9, 2023),
            "neet-rate-nationals": (22.4, 2023),
            "neet-rate-non-eu": (30.6, 2023),
            "neet-rate-non-eu-women": (42.1, 2023),
            "poverty-risk-rate": (35.8, 2023),
        },
    },
    {
        "slug": "skane",
        "title": "Skåne",
        "country": "SE",
        "nuts_code": "SE224",
        "partner": True,
        "intro": (
            "Sweden's southernmost county, linked to Copenhagen by the Öresund bridge. Malmö and several smaller "
            "towns received many refugees in 2015 and again from Ukraine in 2022."
        ),
        "responsible_body": (
            "County Administrative Board of Skåne (Länsstyrelsen Skåne), which runs a partnership with Region Skåne, "
            "the Public Employment Service, municipalities, universities and civil society"
        ),
        "latitude": 55.99,
        "longitude": 13.59,
        "mipex_r_url": "https://www.mipex.eu/regions/skane",
        "urban_rural": "intermediate",
        "statistics": {
            "population": (1402000, 2023),
            "non-eu-population": (152000, 2023),
            "unemployment-rate": (8.1, 2023),
            "unemployment-rate-non-eu": (22.4, 2023),
            "unemployment-rate-non-eu-women": (24.9, 2023),
            "neet-rate-nationals": (5.8, 2023),
            "neet-rate-non-eu": (17.5, 2023),
            "neet-rate-non-eu-women": (21.3, 2023),
            "poverty-risk-rate": (18.9, 2023),
        },
    },
    # ------------------------------------------------------------------
    # Other regions of EU member states (not partners)
    # ------------------------------------------------------------------
    {
        "slug": "berlin",
        "title": "Berlin",
        "country": "DE",
        "nuts_code": "DE30",
        "partner": False,
        "intro": (
            "Germany's capital and a city-state, so the city government also acts as a regional government. "
            "About a quarter of residents hold a foreign passport, and the city has housed large numbers of refugees since 2015."
        ),
        "responsible_body": "Senate Department responsible for integration, with the State Commissioner for Integration and Migration",
        "latitude": 52.52,
        "longitude": 13.40,
        "mipex_r_url": "https://www.mipex.eu/regions/berlin",
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (3756000, 2023),
            "non-eu-population": (561000, 2023),
            "unemployment-rate": (5.4, 2023),
            "unemployment-rate-non-eu": (12.7, 2023),
            "unemployment-rate-non-eu-women": (13.9, 2023),
            "neet-rate-nationals": (8.2, 2023),
            "neet-rate-non-eu": (16.4, 2023),
            "poverty-risk-rate": (24.5, 2022),
        },
    },
    {
        "slug": "tyrol",
        "title": "Tyrol",
        "country": "AT",
        "nuts_code": "AT33",
        "partner": False,
        "intro": (
            "An Alpine federal state of Austria whose tourism and hospitality sector depends on workers from abroad. "
            "Refugees have been housed across many small valley municipalities."
        ),
        "responsible_body": "Office of the Tyrolean Provincial Government, Department of Society and Labour (integration unit)",
        "latitude": 47.25,
        "longitude": 11.40,
        "mipex_r_url": None,
        "urban_rural": "predominantly-rural",
        "statistics": {
            "population": (774000, 2023),
            "non-eu-population": (56000, 2023),
            "unemployment-rate": (3.2, 2023),
            "unemployment-rate-non-eu": (8.6, 2023),
            "neet-rate-nationals": (5.9, 2022),
            "poverty-risk-rate": (14.1, 2022),
        },
    },
    {
        "slug": "ile-de-france",
        "title": "Île-de-France",
        "country": "FR",
        "nuts_code": "FR10",
        "partner": False,
        "intro": (
            "The Paris region, home to almost a fifth of France's population and to the largest share of its immigrants. "
            "Reception of asylum seekers is a state task, while the regional council funds training and language courses."
        ),
        "responsible_body": "Regional prefecture (state integration services), with the Île-de-France Regional Council for training and language learning",
        "latitude": 48.85,
        "longitude": 2.35,
        "mipex_r_url": "https://www.mipex.eu/regions/ile-de-france",
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (12317000, 2023),
            "non-eu-population": (1352000, 2022),
            "unemployment-rate": (7.4, 2023),
            "unemployment-rate-non-eu": (14.8, 2023),
            "unemployment-rate-non-eu-women": (16.2, 2023),
            "neet-rate-nationals": (11.2, 2023),
            "neet-rate-non-eu": (21.5, 2023),
            "neet-rate-non-eu-women": (26.8, 2023),
            "poverty-risk-rate": (20.3, 2022),
        },
    },
    {
        "slug": "attica",
        "title": "Attica",
        "country": "GR",
        "nuts_code": "EL30",
        "partner": False,
        "intro": (
            "The region around Athens and Piraeus, where most migrants in Greece live. Many refugees who first "
            "arrived on the Aegean islands later moved to Attica in search of work and housing."
        ),
        "responsible_body": "Region of Attica, Directorate of Social Welfare, working alongside the national Ministry of Migration and Asylum",
        "latitude": 38.00,
        "longitude": 23.75,
        "mipex_r_url": None,
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (3792000, 2023),
            "non-eu-population": (329000, 2023),
            "unemployment-rate": (10.2, 2023),
            "unemployment-rate-non-eu": (14.0, 2023),
            "neet-rate-nationals": (13.1, 2023),
            "poverty-risk-rate": (24.0, 2023),
        },
    },
    {
        "slug": "helsinki-uusimaa",
        "title": "Helsinki-Uusimaa",
        "country": "FI",
        "nuts_code": "FI1B",
        "partner": False,
        "intro": (
            "The capital region of Finland, where roughly half of the country's foreign-language speakers live. "
            "Integration services are shared between municipalities and the state's regional centres."
        ),
        "responsible_body": "Uusimaa Centre for Economic Development, Transport and the Environment (ELY Centre), with the municipalities of the region",
        "latitude": 60.25,
        "longitude": 24.90,
        "mipex_r_url": "https://www.mipex.eu/regions/helsinki-uusimaa",
        "urban_rural": "predominantly-urban",
        "statistics": {
            "population": (1722000, 2023),
            "non-eu-population": (116000, 2023),
            "unemployment-rate": (7.8, 2023),
            "unemployment-rate-non-eu": (17.2, 2023),
            "unemployment-rate-non-eu-women": (18.5, 2023),
            "neet-rate-nationals": (7.0, 2023),
            "neet-rate-non-eu": (15.3, 2023),
            "poverty-risk-rate": (15.1, 2023),
        },
    },
    {
        "slug": "north-brabant",
        "title": "North Brabant",
        "country": "NL",
        "nuts_code": "NL41",
        "partner": False,
        "intro": (
            "A southern Dutch province with a strong manufacturing and logistics economy around Eindhoven, Tilburg "
            "and 's-Hertogenbosch. Civic integration is a municipal task under national law."
        ),
        "responsible_body": "Municipalities (civic integration under national law), supported by the Province of North Brabant",
        "latitude": 51.55,
        "longitude": 5.10,
        "mipex_r_url": None,
        "urban_rural": "intermediate",
        "statistics": {
            "population": (2626000, 2023),
            "non-eu-population": (94000, 2023),
            "unemployment-rate": (3.4, 2023),
            "unemployment-rate-non-eu": (8.9, 2023),
            "neet-rate-nationals": (3.8, 2023),
            "poverty-risk-rate": (14.9, 2023),
        },
    },
    {
        "slug": "lower-silesia",
        "title": "Lower Silesia",
        "country": "PL",
        "nuts_code": "PL51",
        "partner": False,
        "intro": (
            "A south-western Polish voivodeship around Wrocław whose factories and logistics centres employ many "
            "workers from Ukraine and, more recently, from Asia. It also took in many people fleeing Ukraine in 2022."
        ),
        "responsible_body": "Marshal's Office of the Lower Silesian Voivodeship, through its regional centre for social policy",
        "latitude": 51.10,
        "longitude": 16.60,
        "mipex_r_url": None,
        "urban_rural": "intermediate",
        "statistics": {
            "population": (2877000, 2023),
            "non-eu-population": (142000, 2023),
            "unemployment-rate": (2.7, 2023),
            "neet-rate-nationals": (9.6, 2023),
            "poverty-risk-rate": (14.6, 2023),
        },
    },
    {
        "slug": "southern-denmark",
        "title": "Southern Denmark",
        "country": "DK",
        "nuts_code": "DK03",
        "partner": False,
        "intro": (
            "A Danish region covering Funen and the south of Jutland up to the German border. Refugees are "
            "spread across its municipalities, several of them rural."
        ),
        "responsible_body": "Municipalities under the Danish Integration Act; Region of Southern Denmark for health care and regional development",
        "latitude": 55.50,
        "longitude": 9.30,
        "mipex_r_url": None,
        "urban_rural": "intermediate",
        "statistics": {
            "population": (1237000, 2023),
            "non-eu-population": (61000, 2023),
            "unemployment-rate": (4.9, 2023),
            "unemployment-rate-non-eu": (10.5, 2023),
            "unemployment-rate-non-eu-women": (12.8, 2023),
            "neet-rate-nationals": (8.0, 2023),
            "neet-rate-non-eu": (14.9, 2023),
            "poverty-risk-rate": (16.8, 2023),
        },
    },
]

# One integration action per partner region. Each follows the evaluation
# framework through its design, implementation, monitoring and evaluation phases
# ("evaluation_phase"), and carries every practice field except "regions".
REGIONAL_ACTIONS = [
    {
        "region": "skane",
        "slug": "health-talk-skane",
        "title": "Health Talk: co-designed health communication for newcomers in Skåne",
        "summary": (
            "An innovative action in which newly arrived residents, health communicators and primary-care staff "
            "co-design short multilingual health messages, tested in civic orientation classes and health-centre "
            "waiting rooms across Skåne."
        ),
        "focus_area": "health",
        "design": (
            "The county administrative board and Region Skåne listed the health questions most often raised in civic "
            "orientation and at health centres. Workshops with newcomers in five languages then chose the topics: "
            "mental health, how primary care works, maternity care and childhood vaccinations."
        ),
        "implementation": (
            "Trained health communicators run sessions in the participants' languages and test short films and "
            "illustrated leaflets with each group. The material is revised after every round and shared with "
            "municipalities through the Partnership Skåne network."
        ),
        "monitoring": (
            "Each session records attendance, languages used and the questions asked, and participants answer three "
            "short questions before and after. A steering group of the board, Region Skåne and two municipalities "
            "reviews the figures every quarter."
        ),
        "evaluation_phase": (
            "A researcher from a regional university holds focus groups with participants and interviews primary-care "
            "staff. The findings will decide whether the material becomes part of the regular civic orientation course."
        ),
        "description": [
            "Many refugees and other newcomers in Skåne know little about how Swedish health care is organised, and "
            "health centres report missed appointments, late maternity check-ups and low uptake of some vaccines. "
            "Written information exists but is rarely read, and interpreters are booked only for consultations.",
            "Health Talk turns this around by letting the people concerned shape the messages. Each film or leaflet "
            "is drafted with a group of newcomers, tried out in class, and changed until the group finds it clear. "
            "The same material is then shown on screens in waiting rooms and shared on the social media channels "
            "that the communities already use.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The county administrative board leads the action, pays for the training of health communicators and chairs "
            "the steering group together with Region Skåne."
        ),
        "lessons_learnt": (
            "Topics chosen by participants differ from those professionals expected: sleep, stress and how to get a "
            "referral came up far more than nutrition. Short films work better than leaflets for people who read little."
        ),
        "transferability_tips": (
            "Begin with the questions newcomers actually ask, not with existing brochures. Budget for several rounds of "
            "revision and for communicators' time, which is the main cost."
        ),
        "challenges": (
            "Primary-care staff had little time to take part; the action moved meetings to the health centres' own "
            "lunch hours. Some communities distrusted filming, so a few messages use illustrations and voice only."
        ),
        "start_year": 2024,
        "end_year": None,
        "status": "ongoing",
        "partners": (
            "Region Skåne (primary care and health communication), municipalities of Malmö, Helsingborg and Kristianstad, "
            "a regional university, study associations and migrant associations"
        ),
        "website": "https://example.org/actions/health-talk-skane",
        "contact": "Integration unit, County Administrative Board of Skåne",
        "evidence_level": "self-assessed",
        "policy_areas": ["health", "language-learning"],
        "target_groups": [
            "beneficiaries-international-protection",
            "third-country-nationals",
            "migrant-women",
        ],
        "funding_sources": ["national", "regional"],
        "evaluation": {
            "communication": {
                "inspiring": "Messages are tested with the audience before they are published and changed until they are understood.",
                "improvement": "Material exists in five languages so far; smaller language groups are still waiting.",
            },
            "innovation": {
                "inspiring": "Co-design with newcomers is new to regional health communication in Skåne.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Sessions are held in civic orientation classes, so they reach people who rarely visit a health centre.",
                "improvement": "Older newcomers who are not in civic orientation are hardly reached.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Primary care, municipalities, a university and migrant associations share one steering group.",
                "improvement": "Migrant associations have a seat but no budget of their own.",
            },
        },
    },
    {
        "region": "azores",
        "slug": "portuguese-on-every-island",
        "title": "Portuguese on every island: blended language learning for newcomers in the Azores",
        "summary": (
            "Portuguese courses for immigrants that combine online lessons with weekly face-to-face tutoring in "
            "local schools and parish halls, so that newcomers on the smaller islands can learn the language too."
        ),
        "focus_area": "language-learning",
        "design": (
            "The regional directorate surveyed immigrants and employers on all nine islands and found that courses "
            "existed only in the three largest towns. Together with the regional education services it designed a "
            "course built on one shared online platform and local tutors."
        ),
        "implementation": (
            "Learners follow recorded lessons on their phones and meet a tutor once a week in a school or parish hall. "
            "Employers in fishing, dairy farming and tourism allow workers one paid hour a week for the course."
        ),
        "monitoring": (
            "The platform records progress per learner, and tutors report attendance monthly. The directorate compares "
            "enrolment by island with the number of foreign residents registered there."
        ),
        "evaluation_phase": (
            "At the end of each cycle learners sit a placement test and answer a short questionnaire. The directorate "
            "discusses the results with tutors and employers before adjusting the next cycle."
        ),
        "description": [
            "Foreign workers now live on every island of the archipelago, yet language courses were offered only in "
            "Ponta Delgada, Angra do Heroísmo and Horta. Ferry times and shift work made it impossible for many to attend.",
            "The action pairs a shared online course with local tutors, often retired teachers. It also offers a "
            "short module for returning emigrants' children who grew up speaking English and need Portuguese at school.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The Regional Directorate for Communities leads the action, hosts the online platform and pays the local tutors."
        ),
        "lessons_learnt": (
            "A weekly meeting with a real person keeps learners going far better than online lessons alone. "
            "Employers' paid hour was the single biggest factor in attendance."
        ),
        "transferability_tips": (
            "Useful for any region with scattered small settlements. Agree the employer's contribution before launching "
            "and recruit tutors locally."
        ),
        "challenges": (
            "Internet access was poor in some parishes; tutors lend tablets with offline lessons loaded. Recruiting "
            "tutors on the smallest islands took longer than planned."
        ),
        "start_year": 2024,
        "end_year": None,
        "status": "ongoing",
        "partners": "Regional education services, school clusters, parish councils, employers' associations, immigrant associations",
        "website": "https://example.org/actions/portuguese-on-every-island",
        "contact": "Support office for immigrants, Regional Directorate for Communities",
        "evidence_level": "self-assessed",
        "policy_areas": ["language-learning", "labour-market"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["regional", "esf-plus"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Brings language courses to islands that had none.",
                "improvement": "Learners with no digital skills still depend entirely on the weekly session.",
            },
            "innovation": {
                "inspiring": "Blends one regional platform with local tutors across an archipelago.",
                "improvement": "",
            },
            "multi-level-governance": {
                "inspiring": "Regional directorate, school clusters and parish councils each have a clear task.",
                "improvement": "Links with the national language certification are not yet in place.",
            },
        },
    },
    {
        "region": "campania",
        "slug": "fair-work-pathways-campania",
        "title": "Fair work pathways for non-EU workers in Campania",
        "summary": (
            "Job centres, trade unions and farmers' organisations in Campania offered non-EU workers skills checks, "
            "short vocational courses and placement in regular jobs, as an alternative to informal farm work."
        ),
        "focus_area": "labour-market",
        "design": (
            "The directorate-general analysed job-centre data and found that few non-EU residents were registered although "
            "many worked informally. Meetings with unions, employers and migrant associations shaped a pathway of skills "
            "check, training and supported placement."
        ),
        "implementation": (
            "Cultural mediators in five job centres invite workers to a skills interview and refer them to short "
            "courses in agri-food processing, logistics or care work. Employers who sign a fair-recruitment charter receive "
            "candidates and a contribution to the first months' wages."
        ),
        "monitoring": (
            "The regional labour information system tracks each participant from the interview to a contract. "
            "Figures are published every six months to the partners."
        ),
        "evaluation_phase": (
            "The directorate held a closing review with all partners and interviewed a sample of participants six months "
            "after placement. An external study of job retention is planned with a regional university."
        ),
        "description": [
            "In the plains of Caserta and Salerno many non-EU workers have only short, undeclared jobs and little contact "
            "with public employment services. The action set out to bring them into the regular system.",
            "Over two years, about 1,400 people had a skills interview and 520 started a course. Around 310 signed a "
            "contract of at least six months, mostly in food processing and warehouses.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The Directorate-General for Social and Welfare Policies designed and led the action, coordinated the job "
            "centres and managed the ESF+ funding."
        ),
        "lessons_learnt": (
            "Trust had to be built through mediators and unions before workers would visit a public office. "
            "Wage contributions drew employers in, but the charter kept them committed."
        ),
        "transferability_tips": (
            "Place mediators inside job centres rather than in separate offices. Involve unions from the start so that "
            "the offer is credible to workers."
        ),
        "challenges": (
            "Some participants lacked a valid residence permit and could not be placed; the action referred them to legal "
            "advice services. Courses had to be moved to evenings and weekends to fit seasonal work."
        ),
        "start_year": 2024,
        "end_year": 2025,
        "status": "completed",
        "partners": "Regional job centres, trade unions, farmers' and employers' organisations, migrant associations, a regional university",
        "website": "https://example.org/actions/fair-work-pathways-campania",
        "contact": "Migration and labour unit, Directorate-General for Social and Welfare Policies, Campania Region",
        "evidence_level": "self-assessed",
        "policy_areas": ["labour-market", "anti-discrimination"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["esf-plus", "regional"],
        "evaluation": {
            "multi-stakeholder-approach": {
                "inspiring": "Unions and employers' organisations co-own the fair-recruitment charter.",
                "improvement": "Migrant associations were consulted but not part of the steering group.",
            },
            "monitoring-evaluation": {
                "inspiring": "Every participant is followed in the regional labour information system.",
                "improvement": "Retention beyond six months is not yet measured.",
            },
            "sustainability": {
                "inspiring": "Mediators' posts have been written into the next regional labour programme.",
                "improvement": "Wage contributions end with the ESF+ period.",
            },
        },
    },
    {
        "region": "catalonia",
        "slug": "discrimination-reporting-route-catalonia",
        "title": "Report and respond: a regional route for victims of discrimination",
        "summary": (
            "A single regional route for reporting discrimination, linking municipal offices, NGOs and the regional "
            "secretariat, so that migrants who face racism at work, in housing or in services get advice and follow-up."
        ),
        "focus_area": "anti-discrimination",
        "design": (
            "The secretariat mapped existing reporting points and found them scattered and little known. A working group "
            "with municipal anti-discrimination offices and NGOs agreed on one form, shared case categories and referral rules."
        ),
        "implementation": (
            "People can report in person at any partner office, by phone or online in six languages. A case worker "
            "contacts each person within ten days and offers mediation, legal advice or referral to the competent body."
        ),
        "monitoring": (
            "All partners record cases in a shared database with the same categories. The secretariat publishes an annual "
            "overview of reported cases by ground, sector and outcome."
        ),
        "evaluation_phase": (
            "After the first full year the working group reviewed response times and outcomes with a sample of people who "
            "reported. An external review of the route is planned for the third year."
        ),
        "description": [
            "Most people who experience discrimination never report it, either because they do not know where to go or "
            "because they expect nothing to happen. In Catalonia several municipal offices and NGOs already took reports, "
            "but each used its own forms and figures could not be compared.",
            "The action creates one route with common rules and a promise of follow-up. Awareness campaigns in "
            "neighbourhoods, secondary schools and places of worship explain how to report and what happens next.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The Secretariat for Equality, Migration and Citizenship leads the route, runs the shared database and funds "
            "case workers in partner NGOs."
        ),
        "lessons_learnt": (
            "A visible follow-up within days matters more to people than the final outcome. Common categories took a year "
            "to agree but made the annual overview possible."
        ),
        "transferability_tips": (
            "Build on existing reporting points instead of creating new ones. Agree data categories before launching any "
            "campaign."
        ),
        "challenges": (
            "Some NGOs feared losing their independence; the route lets each partner keep its own identity and only shares "
            "anonymised data. Reports about housing often lacked evidence, so case workers were trained in situation testing."
        ),
        "start_year": 2024,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipal anti-discrimination offices, NGOs working against racism, the Catalan ombudsman's office, migrant associations",
        "website": "https://example.org/actions/discrimination-reporting-route-catalonia",
        "contact": "Anti-discrimination service, Secretariat for Equality, Migration and Citizenship",
        "evidence_level": "self-assessed",
        "policy_areas": ["anti-discrimination", "housing"],
        "target_groups": ["third-country-nationals", "young-people", "receiving-society"],
        "funding_sources": ["regional", "municipal"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "Municipal offices and the regional secretariat follow one set of rules.",
                "improvement": "Links with state-level labour inspection are informal.",
            },
            "communication": {
                "inspiring": "Campaigns go to schools and places of worship, not only online.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "Shared categories make regional figures on discrimination comparable for the first time.",
                "improvement": "Outcomes for people who reported are not yet tracked after the case is closed.",
            },
        },
    },
    {
        "region": "murcia",
        "slug": "housing-bridge-murcia",
        "title": "Housing bridge: rental mediation for migrant families in Murcia",
        "summary": (
            "A regional mediation service that matches migrant families with private landlords, offers a rent guarantee "
            "and follows both sides for a year, in towns where farm workers often live in overcrowded or substandard housing."
        ),
        "focus_area": "housing",
        "design": (
            "Social services in the agricultural towns reported families living in overcrowded flats and farmhouses. "
            "The directorate-general drew on an earlier mediation project and designed a service with a rent guarantee fund "
            "and one mediator per district."
        ),
        "implementation": (
            "Mediators visit landlords, inspect flats and agree a fair rent. Families receive help with the contract and "
            "utilities, and landlords can call the mediator if problems arise."
        ),
        "monitoring": (
            "Mediators log each contract, its rent and its duration, and record any conflicts and how they were settled. "
            "The directorate-general reviews the log with the third-sector partners every quarter."
        ),
        "evaluation_phase": (
            "At the end of the first year families and landlords are interviewed on their satisfaction and intentions. "
            "The results will be used to decide whether to extend the guarantee fund to the whole region."
        ),
        "description": [
            "In the Campo de Cartagena and the Guadalentín valley many migrant families work in agriculture but cannot rent "
            "a flat because landlords ask for guarantees they cannot give, or simply refuse to rent to foreigners.",
            "The service lowers the risk for landlords and gives families someone to turn to. It is open to migrant and "
            "Spanish families alike in the towns concerned, which helped avoid tensions with neighbours.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The Directorate-General for Social Services and Relations with the Third Sector leads the service, finances "
            "the guarantee fund and contracts third-sector organisations to employ the mediators."
        ),
        "lessons_learnt": (
            "Landlords responded to a personal contact and a quick response far more than to the guarantee itself. "
            "Opening the service to all low-income families made it easier to defend politically."
        ),
        "transferability_tips": (
            "Start in a few towns with known housing pressure. Keep the guarantee simple and paid out quickly when needed."
        ),
        "challenges": (
            "Few flats were available in some towns; mediators also approached owners of empty homes with a renovation "
            "grant. A handful of landlords wanted to choose tenants by nationality, which the service refused."
        ),
        "start_year": 2024,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipal social services, third-sector housing organisations, property owners' associations, migrant associations",
        "website": "https://example.org/actions/housing-bridge-murcia",
        "contact": "Social inclusion service, Directorate-General for Social Services and Relations with the Third Sector",
        "evidence_level": "self-assessed",
        "policy_areas": ["housing", "social-security-assistance"],
        "target_groups": [
            "third-country-nationals",
            "migrant-women",
            "beneficiaries-international-protection",
        ],
        "funding_sources": ["regional", "national"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Open to all low-income families in the towns, avoiding a service seen as only for migrants.",
                "improvement": "Single men, who face the worst housing, are rarely matched.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Property owners' associations help recruit landlords.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "The guarantee fund is a regional budget line, not a project grant.",
                "improvement": "Mediators are on one-year contracts with the third-sector partners.",
            },
        },
    },
    {
        "region": "puglia",
        "slug": "learning-pathways-young-newcomers-puglia",
        "title": "Learning pathways for young newcomers in Puglia",
        "summary": (
            "Young migrants aged 16 to 21, many of them former unaccompanied minors, followed tailored pathways that combined "
            "lower-secondary certificates, Italian and vocational training in adult education centres."
        ),
        "focus_area": "education",
        "design": (
            "The region's three-year migration plan flagged that young people turning 18 left reception without any "
            "school certificate. The section worked with adult education centres and vocational schools to design "
            "pathways that fit into one school year."
        ),
        "implementation": (
            "Each young person agreed an individual plan with a tutor, covering Italian, the lower-secondary certificate "
            "and a vocational module in cooking, mechanics or agriculture. Reception centres and foster families helped "
            "with attendance."
        ),
        "monitoring": (
            "Tutors recorded attendance and module results each month in a shared register. The section met school heads "
            "every term to discuss drop-outs."
        ),
        "evaluation_phase": (
            "A final review compared certificates obtained with the individual plans, and former participants were "
            "contacted six months later about work or further study."
        ),
        "description": [
            "Unaccompanied minors who arrive in Puglia at 16 or 17 often have little time to finish any schooling before "
            "they come of age and lose the support of the reception system. Without a certificate, vocational training "
            "and regular jobs stay out of reach.",
            "The action ran in adult education centres in Bari, Lecce, Foggia and Taranto. Of 260 young people enrolled, "
            "about 190 obtained the lower-secondary certificate and 140 completed a vocational module.",
        ],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional section for migration led the action as part of the three-year plan, funded the tutors and "
            "coordinated schools and reception centres."
        ),
        "lessons_learnt": (
            "A personal tutor was the key to keeping young people in school after their 18th birthday. Pathways had to "
            "start as soon as possible after arrival."
        ),
        "transferability_tips": (
            "Link the action to the moment young people leave child reception. Adult education centres are a flexible "
            "base because they already admit learners of all ages."
        ),
        "challenges": (
            "Transfers between reception centres interrupted many plans; the section agreed with prefectures to avoid moves "
            "during the school year. Some young people needed to earn money, so modules were shortened and held in the afternoons."
        ),
        "start_year": 2024,
        "end_year": 2025,
        "status": "completed",
        "partners": "Provincial adult education centres, vocational schools, reception centres, foster families' associations, prefectures",
        "website": "https://example.org/actions/learning-pathways-young-newcomers-puglia",
        "contact": "Migration policies office, Section for Citizen Security, Migration and Social Anti-Mafia Policies, Puglia Region",
        "evidence_level": "self-assessed",
        "policy_areas": ["education", "language-learning"],
        "target_groups": ["unaccompanied-minors", "young-people", "asylum-seekers"],
        "funding_sources": ["amif", "regional"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Reaches young people at the moment they are most likely to drop out.",
                "improvement": "Girls were few among participants; outreach to young women needs its own approach.",
            },
            "multi-level-governance": {
                "inspiring": "Region, prefectures and schools agreed to keep learners in one place during the school year.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "A six-month follow-up of former participants.",
                "improvement": "No comparison group, so effects cannot be separated from other support.",
            },
            "sustainability": {
                "inspiring": "The pathway model is included in the next three-year migration plan.",
                "improvement": "Tutors were funded only for the project period.",
            },
        },
    },
]

PRACTICES = [
    # ---------------------------------------------------------------- Skåne
    {
        "slug": "partnership-skane-newcomers",
        "title": "Partnership Skåne: a regional platform for receiving newcomers",
        "summary": (
            "A long-running partnership in which the county administrative board, Region Skåne, the employment service, "
            "municipalities, universities and civil society plan and test joint measures for refugees and other newcomers in Skåne."
        ),
        "description": [
            "Partnership Skåne began as a way to stop each of the county's 33 municipalities from designing reception "
            "services on its own. The county administrative board brings the partners together in thematic groups on "
            "health, parenting, civic orientation and work, and each group pilots methods that others can adopt.",
            "Methods that prove useful are handed over to regular services such as municipal adult education or primary "
            "care. The partnership also compiles shared figures on the settlement and employment of refugees in Skåne, "
            "so that all partners start from the same picture.",
        ],
        "regions": ["skane"],
        "authority_role": "direct",
        "authority_contribution": (
            "The county administrative board coordinates the partnership, hosts its secretariat and applies for national "
            "and EU funding on behalf of the partners."
        ),
        "lessons_learnt": (
            "Shared ownership keeps partners engaged: they stay when they see their own pilots taken up elsewhere. "
            "A small permanent secretariat carries the network between funding periods."
        ),
        "transferability_tips": (
            "Start with a few thematic groups tied to concrete problems rather than a broad strategy. Agree early who will "
            "take over a method once the pilot ends."
        ),
        "challenges": (
            "Arrival numbers swung sharply, in 2015-2016 and again in 2022, and priorities changed overnight. The "
            "partnership kept its core agenda and added short-lived working groups for urgent needs."
        ),
        "start_year": 2010,
        "end_year": None,
        "status": "ongoing",
        "partners": (
            "Region Skåne, Swedish Public Employment Service, the municipalities of Skåne, Lund and Malmö universities, "
            "study associations and migrant organisations"
        ),
        "website": "https://example.org/practices/partnership-skane-newcomers",
        "contact": "Integration unit, County Administrative Board of Skåne",
        "evidence_level": "external-evaluation",
        "policy_areas": ["labour-market", "health", "social-security-assistance"],
        "target_groups": ["beneficiaries-international-protection", "third-country-nationals"],
        "funding_sources": ["amif", "national", "regional"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "National agencies, the region and the municipalities sit at one table with clearly split roles.",
                "improvement": "Municipalities with few arrivals attend less often; a lighter form of membership could help.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Universities and civil society are full members, not only consulted.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Tested methods move into mainstream services.",
                "improvement": "Core funding for the secretariat is still renewed year by year.",
            },
            "monitoring-evaluation": {
                "inspiring": "Common regional figures on settlement and employment.",
                "improvement": "Few pilots measure results for participants beyond attendance.",
            },
        },
    },
    {
        "slug": "civic-orientation-mother-tongue-skane",
        "title": "Civic orientation in the mother tongue, with a health module",
        "summary": (
            "Newly arrived refugees in Skåne take a 100-hour course on Swedish society in their own language, taught by "
            "trained communicators; one module covers the health-care system and mental well-being."
        ),
        "description": [
            "Every Swedish municipality must offer civic orientation to newly arrived people with a residence permit. "
            "In Skåne the municipalities pool the service: one team of communicators teaches in Arabic, Dari, Tigrinya, "
            "Somali, Ukrainian and other languages, so that even a small municipality can offer the course in the "
            "learner's language.",
            "A health module written with Region Skåne explains primary care, dental care and emergency services and "
            "opens a discussion on stress, sleep and trauma. Participants also learn about their right to vote in local "
            "and regional elections and about religious freedom and associations.",
        ],
        "regions": ["skane"],
        "authority_role": "direct",
        "authority_contribution": (
            "The county administrative board coordinates the municipal collaboration, funds the communicators' training "
            "and leads the quality work on course material."
        ),
        "lessons_learnt": (
            "Teaching in the mother tongue turns a lecture into a conversation. Participants ask questions they would "
            "never raise at a health centre."
        ),
        "transferability_tips": (
            "Pooling between municipalities is what makes many languages affordable. Invest in the communicators: they "
            "need regular training and supervision."
        ),
        "challenges": (
            "Communicators for less common languages were hard to find, so the team recruited and trained former "
            "participants. Mothers of young children dropped out until evening sessions with childcare were added."
        ),
        "start_year": 2013,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities of Skåne, Region Skåne, study associations",
        "website": "https://example.org/practices/civic-orientation-mother-tongue-skane",
        "contact": "Civic orientation coordinator, County Administrative Board of Skåne",
        "evidence_level": "self-assessed",
        "policy_areas": ["health", "political-participation", "culture-religion"],
        "target_groups": [
            "beneficiaries-international-protection",
            "third-country-nationals",
            "migrant-women",
        ],
        "funding_sources": ["national", "municipal"],
        "evaluation": {
            "communication": {
                "inspiring": "Information comes in the learner's language from someone who shares the migration experience.",
                "improvement": "Hand-outs for participants are still mostly in Swedish.",
            },
            "inclusion": {
                "inspiring": "Evening sessions with childcare raised attendance among mothers.",
                "improvement": "Learners with low literacy need more visual material.",
            },
        },
    },
    {
        "slug": "refugee-parents-groups-skane",
        "title": "Support groups for refugee parents",
        "summary": (
            "Study associations ran group meetings for parents who had recently arrived as refugees, on parenting in a "
            "new country, school and children's rights. The model was tried in twelve municipalities."
        ),
        "description": [
            "Parents who arrive as refugees often feel that schools and social services question their authority while "
            "their children adapt faster than they do. Groups of eight to twelve parents met ten times with two trained "
            "leaders who spoke their language.",
            "Topics included the school system, children's rights, raising children without violence and the parents' own "
            "stress. Most groups invited a teacher or a social worker to one meeting to answer questions directly.",
        ],
        "regions": ["skane"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The county administrative board funded the pilot and trained group leaders; study associations ran the groups."
        ),
        "lessons_learnt": (
            "Parents valued meeting others in the same situation as much as the content. A visit from a social worker "
            "eased fear of the social services."
        ),
        "transferability_tips": (
            "Work through organisations that parents already trust. Keep groups small and in one language."
        ),
        "challenges": (
            "Fathers were few at first; separate weekend groups for fathers improved this. Some municipalities had no rooms "
            "with childcare, so groups met in libraries and mosques."
        ),
        "start_year": 2017,
        "end_year": 2020,
        "status": "completed",
        "partners": "Study associations, municipal social services, a university research group in social work",
        "website": "https://example.org/practices/refugee-parents-groups-skane",
        "contact": "Social sustainability unit, County Administrative Board of Skåne",
        "evidence_level": "external-evaluation",
        "policy_areas": ["education", "social-security-assistance"],
        "target_groups": ["beneficiaries-international-protection", "migrant-women"],
        "funding_sources": ["amif", "regional", "private-foundation"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Groups in the parents' own language, with separate groups for fathers.",
                "improvement": "Parents without a residence permit could not take part.",
            },
            "communication": {
                "inspiring": "Direct meetings with teachers and social workers replaced second-hand rumours.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "An external evaluation with interviews before and after the groups.",
                "improvement": "No follow-up after one year.",
            },
        },
    },
    # ---------------------------------------------------------------- Azores
    {
        "slug": "immigrant-support-offices-azores",
        "title": "Network of support offices for immigrants in the Azores",
        "summary": (
            "Walk-in offices on several islands help immigrants with residence papers, social security, recognition of "
            "qualifications and access to services, and refer them to the right regional or national body."
        ),
        "description": [
            "Immigrants in the archipelago face the same procedures as elsewhere in Portugal, but the national services "
            "that handle them are often on another island. The regional offices fill this gap with staff who know both the "
            "procedures and the local services.",
            "Staff fill in forms with people, book appointments with national agencies and follow up on cases that stall. "
            "The offices also hold information sessions in workplaces and with immigrant associations.",
        ],
        "regions": ["azores"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Regional Directorate for Communities runs the offices, trains their staff and coordinates with national "
            "migration and social security services."
        ),
        "lessons_learnt": (
            "A trusted local office solves many problems before they become emergencies. Outreach to workplaces reached "
            "people who never came to the office."
        ),
        "transferability_tips": (
            "Well suited to regions where national services are far away. Agreements with national agencies on shared "
            "appointments save a lot of time."
        ),
        "challenges": (
            "Staff turnover on the smaller islands; the directorate introduced remote support from the central office. "
            "Changing national rules required frequent retraining."
        ),
        "start_year": 2008,
        "end_year": None,
        "status": "ongoing",
        "partners": "National migration and social security services, municipalities, parish councils, immigrant associations",
        "website": "https://example.org/practices/immigrant-support-offices-azores",
        "contact": "Support office for immigrants, Regional Directorate for Communities",
        "evidence_level": "self-assessed",
        "policy_areas": ["social-security-assistance", "labour-market"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["regional", "national"],
        "evaluation": {
            "communication": {
                "inspiring": "Information sessions held in workplaces and associations, not only at the office.",
                "improvement": "Written material is mostly in Portuguese and English.",
            },
            "multi-level-governance": {
                "inspiring": "Regional staff act as a bridge to national agencies on other islands.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Funded from the regular regional budget for many years.",
                "improvement": "Staffing on small islands depends on one person.",
            },
        },
    },
    {
        "slug": "intercultural-school-weeks-azores",
        "title": "Intercultural weeks in island schools",
        "summary": (
            "Schools across the Azores held a yearly week of activities on migration, bringing together the story of "
            "Azorean emigration to the Americas with the experience of newcomers now living on the islands."
        ),
        "description": [
            "Almost every Azorean family has relatives in the United States, Canada or Brazil, yet pupils knew little about "
            "the immigrants now working on the islands. The weeks linked the two stories.",
            "Pupils interviewed grandparents who had emigrated and immigrant parents from their own school, cooked together "
            "and produced exhibitions. Returned emigrants and newcomers were invited to speak in class.",
        ],
        "regions": ["azores"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Regional Directorate for Communities designed the programme, produced teaching kits and paid for speakers' travel between islands."
        ),
        "lessons_learnt": (
            "Starting from the islands' own emigration history made pupils and parents more open to newcomers. Teachers "
            "needed ready-made material to take part."
        ),
        "transferability_tips": (
            "Useful in any region with a strong emigration past. Link activities to the school curriculum so they are not seen as extra."
        ),
        "challenges": (
            "Participation depended on individual teachers; the directorate later worked through school heads. Scheduling "
            "clashed with exams, so the week moved to spring."
        ),
        "start_year": 2016,
        "end_year": 2019,
        "status": "completed",
        "partners": "Regional education services, school clusters, emigrant and immigrant associations, municipal libraries",
        "website": "https://example.org/practices/intercultural-school-weeks-azores",
        "contact": "Communities and cultural identity unit, Regional Directorate for Communities",
        "evidence_level": "not-evaluated",
        "policy_areas": ["culture-religion", "education"],
        "target_groups": ["receiving-society", "young-people"],
        "funding_sources": ["regional", "municipal"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Immigrant parents were invited into class as experts on their own story.",
                "improvement": "",
            },
            "communication": {
                "inspiring": "Exhibitions made by pupils reached families and the wider community.",
                "improvement": "Little was documented, so the material was lost after the project.",
            },
        },
    },
    {
        "slug": "workplace-portuguese-azores",
        "title": "Portuguese at the workplace in fish processing and dairy",
        "summary": (
            "Short Portuguese courses held in canneries and dairies during working hours, using the vocabulary of the job, "
            "with employers covering part of the cost."
        ),
        "description": [
            "Many immigrant workers in the canneries and dairies of São Miguel and Terceira work long shifts and cannot attend "
            "evening classes. The courses take place at the workplace, in groups of ten, for two hours a week.",
            "Teachers build lessons around safety instructions, shift schedules and conversations with colleagues. "
            "After the basics, learners can move on to a recognised A2 course.",
        ],
        "regions": ["azores"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional government co-funds the teachers through its employment programme and advises employers on course design."
        ),
        "lessons_learnt": (
            "Learning during paid time tripled attendance compared with evening courses. Supervisors who joined a session "
            "became more patient with new workers."
        ),
        "transferability_tips": (
            "Works best with larger employers who can release a group at once. Agree a path to a certified course from the start."
        ),
        "challenges": (
            "Seasonal peaks stopped courses for weeks; lessons were moved to the low season. Small firms could not release "
            "staff, so several pooled their workers in one group."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "ongoing",
        "partners": "Employers in fish processing and dairy, a vocational training centre, trade unions",
        "website": "https://example.org/practices/workplace-portuguese-azores",
        "contact": "Employment and vocational training services, Regional Government of the Azores",
        "evidence_level": "not-evaluated",
        "policy_areas": ["language-learning", "labour-market"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["esf-plus", "regional", "other"],
        "evaluation": {
            "innovation": {
                "inspiring": "Lessons built on the real language of the job.",
                "improvement": "",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Employers, unions and a training centre share the costs and the planning.",
                "improvement": "Workers had no say in the timing of courses.",
            },
            "sustainability": {
                "inspiring": "Employers' share of the cost has grown every year.",
                "improvement": "Relies on ESF+ for the teachers' salaries.",
            },
        },
    },
    # ---------------------------------------------------------------- Campania
    {
        "slug": "outreach-farmworkers-campania",
        "title": "Mobile outreach against labour exploitation in farm areas",
        "summary": (
            "Mobile teams with mediators, lawyers and nurses visited farm areas of Campania to inform workers of their rights, "
            "offer basic health checks and help victims of exploitation report and leave abusive jobs."
        ),
        "description": [
            "In the plains around Caserta and in the Sele valley, many non-EU workers are recruited by illegal gangmasters, "
            "paid far below the legal wage and housed in poor conditions. Few ever contact public services.",
            "Vans staffed by cultural mediators, a lawyer and a nurse stopped at pick-up points and informal settlements early "
            "in the morning and in the evening. Workers who wanted to report abuse were accompanied to the labour inspectorate "
            "and offered protected accommodation.",
        ],
        "regions": ["campania"],
        "authority_role": "direct",
        "authority_contribution": (
            "The region led the project, coordinated the teams and signed agreements with the labour inspectorate and the prefectures."
        ),
        "lessons_learnt": (
            "Health checks opened the door: workers came for a blood-pressure check and stayed to ask about their contracts. "
            "Reports only followed when safe housing was guaranteed."
        ),
        "transferability_tips": (
            "Plan outreach around working hours, not office hours. Secure a protected housing option before encouraging people to report."
        ),
        "challenges": (
            "Gangmasters warned workers not to talk to the teams; mediators from the same communities helped overcome this. "
            "Funding gaps between project phases interrupted the service twice."
        ),
        "start_year": 2019,
        "end_year": 2022,
        "status": "completed",
        "partners": "Labour inspectorate, prefectures, local health authorities, trade unions, anti-trafficking NGOs",
        "website": "https://example.org/practices/outreach-farmworkers-campania",
        "contact": "Migration and labour unit, Directorate-General for Social and Welfare Policies, Campania Region",
        "evidence_level": "external-evaluation",
        "policy_areas": ["labour-market", "health", "anti-discrimination"],
        "target_groups": ["third-country-nationals", "asylum-seekers"],
        "funding_sources": ["amif", "esf-plus", "national"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Reaches workers who never visit a public office.",
                "improvement": "Women working in greenhouses were harder to reach than men at pick-up points.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Inspectorate, unions, health services and NGOs worked from the same vans.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "The model was taken up in the national plan against labour exploitation.",
                "improvement": "The service stopped between funding rounds.",
            },
        },
    },
    {
        "slug": "health-mediators-campania",
        "title": "Intercultural mediators in local health services",
        "summary": (
            "Intercultural mediators work in hospitals, family health centres and vaccination services in Naples and "
            "Caserta, helping migrant patients and staff understand each other."
        ),
        "description": [
            "Migrant patients often reach health services late and leave without understanding the treatment. Mediators who "
            "speak Arabic, Bengali, Chinese, French, Ukrainian and Wolof are now on duty in selected services on set days.",
            "Besides interpreting, they explain how the Italian health system works, help patients register with a family "
            "doctor and alert staff to cultural or religious needs.",
        ],
        "regions": ["campania"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The region funds the mediators through its health and social programmes and sets common training standards; "
            "local health authorities manage the service."
        ),
        "lessons_learnt": (
            "Mediators save staff time, which convinced reluctant departments. Maternity and paediatric services gained most."
        ),
        "transferability_tips": (
            "Start with the departments that see most migrant patients. Set clear rules on the mediator's role to avoid them being used as general assistants."
        ),
        "challenges": (
            "Mediators were on short contracts and many left; the region introduced a regional register with minimum pay. "
            "Demand for rare languages is covered by phone."
        ),
        "start_year": 2018,
        "end_year": None,
        "status": "ongoing",
        "partners": "Local health authorities of Naples and Caserta, hospitals, cooperatives of mediators",
        "website": "https://example.org/practices/health-mediators-campania",
        "contact": "Health and social integration office, Campania Region",
        "evidence_level": "self-assessed",
        "policy_areas": ["health"],
        "target_groups": ["third-country-nationals", "migrant-women", "asylum-seekers"],
        "funding_sources": ["amif", "regional"],
        "evaluation": {
            "communication": {
                "inspiring": "Patients get explanations, not only translations.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Mediators are present where women and children are treated.",
                "improvement": "Outpatient clinics outside the cities have no mediators.",
            },
            "sustainability": {
                "inspiring": "A regional register sets pay and training standards.",
                "improvement": "The service still depends partly on AMIF calls.",
            },
        },
    },
    {
        "slug": "skills-profiling-job-centres-campania",
        "title": "Skills profiling and recognition in public job centres",
        "summary": (
            "Job centres in Campania use a multilingual skills interview to record the education and work experience of "
            "non-EU jobseekers and refugees, and help them start recognition of foreign qualifications."
        ),
        "description": [
            "Non-EU jobseekers are often registered only as unskilled because their diplomas are not recognised. Trained "
            "counsellors now use a structured interview, available in nine languages, to record skills acquired abroad.",
            "The profile is added to the person's job-centre file and used for matching. Where a qualification can be "
            "recognised, counsellors help prepare the file for the competent ministry or university.",
        ],
        "regions": ["campania"],
        "authority_role": "direct",
        "authority_contribution": (
            "The region introduced the tool in its job centres, trained counsellors and pays for document translation."
        ),
        "lessons_learnt": (
            "Recording skills changed how counsellors saw jobseekers. Recognition procedures remain slow, so partial "
            "recognition and short bridging courses are often more useful."
        ),
        "transferability_tips": (
            "Adapt an existing skills tool rather than creating a new one. Agree on translation costs upfront."
        ),
        "challenges": (
            "Counsellors had little time per jobseeker; the interview was shortened to 45 minutes. Many refugees had no "
            "documents, so a practical skills test was added for trades."
        ),
        "start_year": 2021,
        "end_year": None,
        "status": "ongoing",
        "partners": "Public job centres, universities of Naples, chambers of commerce, refugee support NGOs",
        "website": "https://example.org/practices/skills-profiling-job-centres-campania",
        "contact": "Labour policies office, Campania Region",
        "evidence_level": "not-evaluated",
        "policy_areas": ["labour-market", "education"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["esf-plus", "regional"],
        "evaluation": {
            "innovation": {
                "inspiring": "A practical skills test for people without documents.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "Each profile is stored in the job-centre file and can be counted by skill and country of training.",
                "improvement": "The region does not yet record whether profiled jobseekers find better-matched jobs.",
            },
        },
    },
    # ---------------------------------------------------------------- Catalonia
    {
        "slug": "first-reception-service-catalonia",
        "title": "First reception service for newcomers",
        "summary": (
            "A regional service, delivered by municipalities, that offers every newcomer basic courses in Catalan and "
            "Spanish, knowledge of society and labour-market guidance, leading to a certificate useful for residence procedures."
        ),
        "description": [
            "Under Catalan law, newly arrived people, including refugees and asylum seekers, are entitled to a first reception "
            "service. It consists of three modules: language, labour-market knowledge, and Catalan society and its legal framework.",
            "Municipalities and county councils run the courses with regional funding and a shared curriculum. People who "
            "complete the modules receive a certificate that can support applications for residence renewal or family reunification.",
        ],
        "regions": ["catalonia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Secretariat for Equality, Migration and Citizenship regulates the service, sets the curriculum, funds "
            "local delivery and issues the certificates."
        ),
        "lessons_learnt": (
            "Linking the certificate to residence procedures boosts enrolment but can turn the course into a formality. "
            "Local delivery keeps it close to people."
        ),
        "transferability_tips": (
            "A legal basis gives stability. Keep a common curriculum but leave municipalities room to adapt schedules and formats."
        ),
        "challenges": (
            "Waiting lists grew in large cities; online modules were added for the society and labour parts. "
            "Smaller municipalities struggled to run courses, so county councils pooled them."
        ),
        "start_year": 2011,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities, county councils, the Consortium for Linguistic Normalisation, NGOs",
        "website": "https://example.org/practices/first-reception-service-catalonia",
        "contact": "Reception service, Secretariat for Equality, Migration and Citizenship",
        "evidence_level": "external-evaluation",
        "policy_areas": ["language-learning", "labour-market", "political-participation"],
        "target_groups": [
            "third-country-nationals",
            "beneficiaries-international-protection",
            "asylum-seekers",
        ],
        "funding_sources": ["regional", "esf-plus"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "Clear split of roles between the region, county councils and municipalities.",
                "improvement": "Little connection with state-level reception for asylum seekers.",
            },
            "sustainability": {
                "inspiring": "Anchored in regional law with a permanent budget line.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Open to all newcomers regardless of status.",
                "improvement": "People in irregular work have trouble attending daytime classes.",
            },
            "monitoring-evaluation": {
                "inspiring": "Regular external evaluations of the curriculum and results.",
                "improvement": "Long-term outcomes of participants are not tracked.",
            },
        },
    },
    {
        "slug": "anti-rumour-network-catalonia",
        "title": "Network of municipalities against rumours and stereotypes",
        "summary": (
            "Municipalities across Catalonia train volunteer agents to counter rumours about migrants in everyday "
            "conversations, supported by a regional network that shares materials, training and campaigns."
        ),
        "description": [
            "Rumours such as migrants receiving more benefits or lowering school standards spread quickly and feed hostility. "
            "The approach trains residents, shopkeepers, teachers and youth workers to question these claims calmly with facts "
            "and personal stories.",
            "The regional network links over 40 municipalities. It publishes fact sheets, runs joint campaigns before elections "
            "and offers training for trainers, while each municipality adapts the work to its own neighbourhoods.",
        ],
        "regions": ["catalonia"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional government co-funds the network, provides data for the fact sheets and promotes the approach in its "
            "own services."
        ),
        "lessons_learnt": (
            "Facts alone rarely change minds; empathy and shared experience do. The network works best where the local council "
            "backs it openly."
        ),
        "transferability_tips": (
            "Recruit agents among people who are trusted locally, not only activists. Refresh the materials often, as rumours change."
        ),
        "challenges": (
            "Some agents felt isolated when faced with hostile reactions; regular meetings and peer support were added. "
            "Social media rumours moved faster than the network could answer."
        ),
        "start_year": 2014,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities, youth centres, neighbourhood associations, a foundation supporting civic projects, universities",
        "website": "https://example.org/practices/anti-rumour-network-catalonia",
        "contact": "Citizenship and coexistence unit, Secretariat for Equality, Migration and Citizenship",
        "evidence_level": "external-evaluation",
        "policy_areas": ["anti-discrimination", "culture-religion"],
        "target_groups": ["receiving-society", "young-people"],
        "funding_sources": ["regional", "municipal", "private-foundation"],
        "evaluation": {
            "communication": {
                "inspiring": "Works through everyday conversations rather than one-way campaigns.",
                "improvement": "Online work is still limited.",
            },
            "innovation": {
                "inspiring": "Turns ordinary residents into agents against prejudice.",
                "improvement": "",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Municipalities, associations and universities share one network.",
                "improvement": "Migrant associations are members but rarely lead activities.",
            },
        },
    },
    {
        "slug": "care-leavers-transition-catalonia",
        "title": "Supported transition for young people leaving care",
        "summary": (
            "Young migrants who arrived as unaccompanied minors receive shared housing, a job coach and help with papers for "
            "up to three years after turning 18, so that leaving child protection does not mean ending up on the street."
        ),
        "description": [
            "Catalonia receives many unaccompanied minors, mainly from North and West Africa. At 18 they leave child "
            "protection, often without stable papers, work or housing.",
            "The programme offers places in shared flats, a personal coach, support with residence and work permits, and "
            "links to vocational training and apprenticeships. A counterfactual study compared participants with eligible "
            "young people who did not enter the programme.",
        ],
        "regions": ["catalonia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional government designs and funds the programme and manages the housing places through its child and youth services."
        ),
        "lessons_learnt": (
            "Stable housing and papers come first; without them training and jobs do not hold. The study showed higher "
            "employment and fewer evictions among participants after two years."
        ),
        "transferability_tips": (
            "Start support before the 18th birthday. A counterfactual design is possible if the programme is oversubscribed."
        ),
        "challenges": (
            "Public hostility towards young migrants made it hard to find flats; NGOs and a foundation rented them in their "
            "name. Permit procedures were slow, so a legal officer was added to the team."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "ongoing",
        "partners": "Child and youth services, NGOs managing flats, a private foundation, vocational schools, a university research team",
        "website": "https://example.org/practices/care-leavers-transition-catalonia",
        "contact": "Youth emancipation service, Government of Catalonia",
        "evidence_level": "impact-evaluation",
        "policy_areas": ["housing", "education", "labour-market"],
        "target_groups": ["unaccompanied-minors", "young-people"],
        "funding_sources": ["regional", "esf-plus", "private-foundation"],
        "evaluation": {
            "monitoring-evaluation": {
                "inspiring": "One of the few integration measures evaluated with a comparison group.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Targets the moment when young people are most at risk.",
                "improvement": "Young women are a small minority and need different housing options.",
            },
            "sustainability": {
                "inspiring": "Evaluation results secured a multi-year budget.",
                "improvement": "Demand exceeds places every year.",
            },
        },
    },
    # ---------------------------------------------------------------- Murcia
    {
        "slug": "farmworker-housing-mediation-murcia",
        "title": "Housing mediation for farm workers in the Campo de Cartagena",
        "summary": (
            "A project that improved housing for migrant farm workers by mediating between landlords and tenants, "
            "renovating empty homes and moving families out of overcrowded farmhouses."
        ),
        "description": [
            "Thousands of migrant workers in the Campo de Cartagena lived in scattered farmhouses without running water or "
            "in overcrowded flats. The project combined housing mediation with small renovation grants.",
            "Owners of empty village houses received grants in exchange for renting at a fixed price to families referred "
            "by social services. About 180 households moved into adequate housing over four years.",
        ],
        "regions": ["murcia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional directorate-general for social services led the project, funded mediators and managed the renovation grants."
        ),
        "lessons_learnt": (
            "Renovation grants unlocked housing that would otherwise have stayed empty. Mediation worked only when "
            "municipalities backed it."
        ),
        "transferability_tips": (
            "Combine housing support with renovation of the existing stock. Involve municipal planners early."
        ),
        "challenges": (
            "Some owners sold renovated homes after the fixed period; later grants came with longer commitments. "
            "Neighbours in a few villages objected, and open days helped calm fears."
        ),
        "start_year": 2018,
        "end_year": 2022,
        "status": "completed",
        "partners": "Municipalities of the Campo de Cartagena, third-sector housing organisations, farmers' organisations",
        "website": "https://example.org/practices/farmworker-housing-mediation-murcia",
        "contact": "Social inclusion service, Directorate-General for Social Services and Relations with the Third Sector",
        "evidence_level": "self-assessed",
        "policy_areas": ["housing", "social-security-assistance"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["regional", "erdf", "national"],
        "evaluation": {
            "innovation": {
                "inspiring": "Uses renovation of empty homes as a lever for integration.",
                "improvement": "",
            },
            "multi-level-governance": {
                "inspiring": "Regional funding matched with municipal planning powers.",
                "improvement": "Municipal involvement varied widely.",
            },
        },
    },
    {
        "slug": "employment-itineraries-migrant-women-murcia",
        "title": "Employment itineraries for migrant women",
        "summary": (
            "Third-sector organisations in Murcia offer migrant women individual job itineraries with Spanish classes, "
            "training in care, retail and hospitality, and help to find work outside the informal economy."
        ),
        "description": [
            "Many migrant women in the region work in domestic service or seasonal agriculture without contracts, or stay at "
            "home with young children. The itineraries start with a personal plan and Spanish classes with childcare.",
            "Training modules in elderly care, retail and hospitality include placements with local employers. Advisers "
            "continue to support women during their first months at work.",
        ],
        "regions": ["murcia"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The region funds the itineraries through calls for third-sector organisations and monitors results against agreed targets."
        ),
        "lessons_learnt": (
            "Childcare during classes decided whether women could take part. Placements led to jobs more often than training alone."
        ),
        "transferability_tips": (
            "Fund childcare as part of the budget, not as an extra. Agree placements with employers before training starts."
        ),
        "challenges": (
            "Some husbands opposed participation; women's associations helped by running information meetings for families. "
            "Women without papers could take classes but not placements."
        ),
        "start_year": 2020,
        "end_year": None,
        "status": "ongoing",
        "partners": "Third-sector organisations, women's associations, employers in care and hospitality, the regional employment service",
        "website": "https://example.org/practices/employment-itineraries-migrant-women-murcia",
        "contact": "Third-sector relations service, Directorate-General for Social Services and Relations with the Third Sector",
        "evidence_level": "external-evaluation",
        "policy_areas": ["labour-market", "language-learning"],
        "target_groups": ["migrant-women", "third-country-nationals"],
        "funding_sources": ["esf-plus", "regional"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Childcare and family meetings remove the main barriers for women.",
                "improvement": "Women without papers cannot complete the full itinerary.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Employers help design the training modules.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "An external evaluation of job outcomes after six and twelve months.",
                "improvement": "Job quality and pay are not measured.",
            },
        },
    },
    {
        "slug": "school-welcome-classrooms-murcia",
        "title": "Welcome classrooms and intercultural mediation in schools",
        "summary": (
            "Secondary schools with many newly arrived pupils run welcome classrooms for intensive Spanish and work with "
            "intercultural mediators who support pupils, families and teachers."
        ),
        "description": [
            "Pupils who arrive mid-year without Spanish spend part of the school week in a welcome classroom and the rest "
            "with their class, moving to full-time mainstream lessons as their Spanish improves.",
            "Mediators meet families, explain school rules and help teachers with pupils who arrive with gaps in schooling, "
            "including young people living in residential care as unaccompanied minors.",
        ],
        "regions": ["murcia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional government funds teachers for the welcome classrooms and the mediators, and sets guidelines for schools."
        ),
        "lessons_learnt": (
            "Partial time in the mainstream class from the first week helps pupils make friends and pick up the language. "
            "Mediators are most useful in the first months."
        ),
        "transferability_tips": (
            "Keep welcome classrooms short-term and flexible. Give mediators time for home visits."
        ),
        "challenges": (
            "Pupils arrive throughout the year, making planning difficult; schools share one welcome teacher across sites. "
            "Results are not tracked beyond attendance."
        ),
        "start_year": 2016,
        "end_year": None,
        "status": "ongoing",
        "partners": "Secondary schools, residential care centres, migrant associations, teacher training centres",
        "website": "https://example.org/practices/school-welcome-classrooms-murcia",
        "contact": "Educational inclusion service, Region of Murcia",
        "evidence_level": "not-evaluated",
        "policy_areas": ["education", "language-learning"],
        "target_groups": ["young-people", "unaccompanied-minors"],
        "funding_sources": ["regional", "national"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Pupils join their mainstream class from the first week.",
                "improvement": "",
            },
            "communication": {
                "inspiring": "Mediators explain the school system to families in their language.",
                "improvement": "Schools lack translated written material.",
            },
            "monitoring-evaluation": {
                "inspiring": "Schools report the number of pupils and the time they spend in welcome classrooms each term.",
                "improvement": "No data on pupils' progress after they leave the welcome classroom.",
            },
        },
    },
    # ---------------------------------------------------------------- Puglia
    {
        "slug": "participatory-migration-plan-puglia",
        "title": "Participatory drafting of the regional three-year migration plan",
        "summary": (
            "Puglia prepares its three-year migration plan through public consultations in every province, with migrant "
            "associations, municipalities, health authorities and unions, and reports each year on what has been done."
        ),
        "description": [
            "The regional migration plan sets priorities for reception, social and health care, integration and training. "
            "Before each plan, the region holds consultation days in the six provinces and an online call for proposals.",
            "Working tables on health, housing, work and schooling turn the proposals into measures with budgets. An annual "
            "report to the regional council shows which measures were started, delayed or dropped.",
        ],
        "regions": ["puglia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional section for migration organises the consultations, drafts the plan and coordinates its implementation across departments."
        ),
        "lessons_learnt": (
            "Consultations in the provinces brought in voices that never travel to Bari. The annual report keeps the plan "
            "alive after its adoption."
        ),
        "transferability_tips": (
            "Hold consultations where people live and at times when workers can attend. Publish a simple follow-up table each year."
        ),
        "challenges": (
            "Expectations raised in consultations exceeded the budget; the region now states available resources at the start. "
            "Some departments were slow to report, so a focal point was named in each."
        ),
        "start_year": 2017,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities and social districts, local health authorities, prefectures, trade unions, migrant associations, NGOs",
        "website": "https://example.org/practices/participatory-migration-plan-puglia",
        "contact": "Migration policies office, Section for Citizen Security, Migration and Social Anti-Mafia Policies, Puglia Region",
        "evidence_level": "self-assessed",
        "policy_areas": ["social-security-assistance", "health", "housing"],
        "target_groups": [
            "third-country-nationals",
            "beneficiaries-international-protection",
            "asylum-seekers",
        ],
        "funding_sources": ["regional", "national"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "Links regional planning with municipalities, prefectures and health authorities.",
                "improvement": "National reception policy changes often overtake the plan.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Consultations in every province, open to associations and individuals.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "An annual public report on each measure.",
                "improvement": "The report counts activities, not results for people.",
            },
        },
    },
    {
        "slug": "seasonal-worker-housing-puglia",
        "title": "Dignified housing for seasonal farm workers near Foggia",
        "summary": (
            "Temporary housing villages with water, electricity, transport to the fields and a help desk replaced part of the "
            "informal camps where seasonal farm workers lived during the tomato harvest around Foggia."
        ),
        "description": [
            "Each summer several thousand seasonal workers, most of them from West Africa, gather in the countryside around "
            "Foggia for the harvest. Many lived in shacks without water, exposed to fires, heat and exploitation by gangmasters.",
            "The project set up modular housing with about 1,000 beds across three sites, a free bus service to farms, and "
            "a help desk for contracts, health and residence papers. Some buildings were later kept as permanent housing.",
        ],
        "regions": ["puglia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The region led the project, bought and installed the housing modules, and coordinated prefectures, municipalities and NGOs running the sites."
        ),
        "lessons_learnt": (
            "Housing works only if it is near the fields and linked to transport; a remote site stayed half empty. Workers "
            "must be involved in site rules from the start."
        ),
        "transferability_tips": (
            "Combine housing with transport and legal job matching, or gangmasters keep control. Plan for permanent use of the buildings."
        ),
        "challenges": (
            "Several municipalities refused to host sites; the region negotiated with each one and offered facilities also open "
            "to residents. Some workers distrusted registration at the sites, and mediators from their communities explained the rules."
        ),
        "start_year": 2019,
        "end_year": 2023,
        "status": "completed",
        "partners": "Prefecture of Foggia, municipalities, farmers' organisations, trade unions, NGOs, the labour inspectorate",
        "website": "https://example.org/practices/seasonal-worker-housing-puglia",
        "contact": "Section for Citizen Security, Migration and Social Anti-Mafia Policies, Puglia Region",
        "evidence_level": "external-evaluation",
        "policy_areas": ["housing", "labour-market", "health"],
        "target_groups": ["third-country-nationals", "asylum-seekers"],
        "funding_sources": ["amif", "erdf", "national"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Reaches workers in the worst housing conditions in the region.",
                "improvement": "Women workers had no dedicated spaces at first.",
            },
            "multi-level-governance": {
                "inspiring": "Region, prefecture and municipalities shared clear tasks.",
                "improvement": "Municipal consent slowed every new site.",
            },
            "sustainability": {
                "inspiring": "Part of the housing stays in use outside the harvest season.",
                "improvement": "Running costs after the project are not fully covered.",
            },
            "innovation": {
                "inspiring": "Linked housing, transport and legal recruitment in one offer.",
                "improvement": "",
            },
        },
    },
    {
        "slug": "confiscated-land-cooperatives-puglia",
        "title": "Social cooperatives on land confiscated from organised crime",
        "summary": (
            "Farm land seized from mafia clans is given to social cooperatives that employ refugees and young local people, "
            "producing olive oil, vegetables and wine under fair contracts."
        ),
        "description": [
            "Italian law allows property confiscated from organised crime to be assigned to social use. In Puglia several "
            "cooperatives farm such land and employ refugees alongside young people from the area.",
            "Workers receive regular contracts, training in organic farming and food processing, and Italian lessons. "
            "Summer camps bring volunteers from across Italy to work on the land and meet the cooperatives' members.",
        ],
        "regions": ["puglia"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The region's anti-mafia policy section supports the cooperatives with start-up grants and advice, and promotes their products."
        ),
        "lessons_learnt": (
            "Working side by side on symbolic land builds strong ties between refugees and local youth. Cooperatives need "
            "business support as much as social funding."
        ),
        "transferability_tips": (
            "Where no confiscated land exists, public or church land can play a similar role. Plan market access early."
        ),
        "challenges": (
            "Cooperatives faced intimidation and vandalism; public support from the region and the police helped. "
            "Income from sales fluctuated with harvests."
        ),
        "start_year": 2016,
        "end_year": None,
        "status": "ongoing",
        "partners": "Social cooperatives, an anti-mafia association, municipalities, a bank foundation, local buyers' groups",
        "website": "https://example.org/practices/confiscated-land-cooperatives-puglia",
        "contact": "Social anti-mafia policies office, Puglia Region",
        "evidence_level": "not-evaluated",
        "policy_areas": ["labour-market", "anti-discrimination"],
        "target_groups": ["beneficiaries-international-protection", "young-people"],
        "funding_sources": ["regional", "private-foundation", "other"],
        "evaluation": {
            "innovation": {
                "inspiring": "Combines anti-mafia policy with refugee integration.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Refugees and local young people work on equal contracts.",
                "improvement": "Few women among the workers.",
            },
        },
    },
    # ---------------------------------------------------------------- Berlin
    {
        "slug": "integration-advisory-council-berlin",
        "title": "State advisory council on integration and migration",
        "summary": (
            "An advisory council in which elected representatives of migrant communities sit with senators, unions, "
            "employers and welfare organisations to comment on Berlin's laws and programmes affecting migrants."
        ),
        "description": [
            "Many Berlin residents without German citizenship cannot vote in state elections. The council gives them a "
            "formal voice: migrant organisations elect representatives by region of origin, and they meet with members "
            "of the state government several times a year.",
            "The council comments on draft laws, the state's participation law and the integration budget, and can put items "
            "on the agenda itself. Its recommendations and the government's answers are published.",
        ],
        "regions": ["berlin"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Senate department for integration chairs the council, runs its office and must respond in writing to its recommendations."
        ),
        "lessons_learnt": (
            "Written answers to each recommendation made the council more than a symbol. Elections among migrant "
            "organisations give representatives legitimacy."
        ),
        "transferability_tips": (
            "Give the council the right to set part of its own agenda. Fund a small office so that volunteers are not overloaded."
        ),
        "challenges": (
            "Newer communities, such as people from Ukraine and Syria, were under-represented; seats were adjusted after a review. "
            "Members found draft laws hard to comment on in time, so deadlines were extended."
        ),
        "start_year": 2012,
        "end_year": None,
        "status": "ongoing",
        "partners": "Migrant organisations, trade unions, employers' associations, welfare organisations, district integration officers",
        "website": "https://example.org/practices/integration-advisory-council-berlin",
        "contact": "Office of the State Commissioner for Integration and Migration, Berlin",
        "evidence_level": "self-assessed",
        "policy_areas": ["political-participation", "anti-discrimination"],
        "target_groups": ["third-country-nationals", "receiving-society"],
        "funding_sources": ["regional"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Residents without voting rights gain a formal voice.",
                "improvement": "Refugee self-organisations are still few among members.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Unions, employers and welfare organisations sit with migrant representatives.",
                "improvement": "",
            },
            "communication": {
                "inspiring": "Recommendations and replies are published.",
                "improvement": "Publications are in German only.",
            },
        },
    },
    {
        "slug": "welcome-class-mentoring-berlin",
        "title": "Mentoring for the move from welcome classes to regular classes",
        "summary": (
            "Students trained as mentors supported newly arrived pupils, including refugee teenagers and unaccompanied minors, "
            "when they left separate welcome classes and joined regular classes in Berlin schools."
        ),
        "description": [
            "Berlin placed thousands of newly arrived pupils in welcome classes after 2015. The move to a regular class, "
            "usually after a year, was a point where many lost track.",
            "University students, several with a migration background themselves, met pupils weekly for one school year, "
            "helped with homework and the language of school subjects, and kept contact with teachers and families.",
        ],
        "regions": ["berlin"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Senate department for education ran the programme, matched mentors with schools and paid mentors a small allowance."
        ),
        "lessons_learnt": (
            "The first three months in a regular class matter most. Mentors close in age were more trusted than adults."
        ),
        "transferability_tips": (
            "Work with teacher-training faculties so that mentoring counts towards students' studies. Match mentors and pupils by subject needs."
        ),
        "challenges": (
            "Mentor turnover at the end of semesters broke relationships; contracts were set for a full school year. "
            "Some schools gave no room for meetings, and libraries stepped in."
        ),
        "start_year": 2016,
        "end_year": 2021,
        "status": "completed",
        "partners": "Berlin schools, universities' teacher-training faculties, youth welfare services, parents' associations",
        "website": "https://example.org/practices/welcome-class-mentoring-berlin",
        "contact": "School integration unit, Senate Department for Education, Berlin",
        "evidence_level": "external-evaluation",
        "policy_areas": ["education", "language-learning"],
        "target_groups": ["young-people", "unaccompanied-minors", "asylum-seekers"],
        "funding_sources": ["regional", "esf-plus"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Focuses on the transition point where pupils drop out.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "External evaluation with school results and interviews.",
                "improvement": "No long-term follow-up after the end of the programme.",
            },
            "sustainability": {
                "inspiring": "Mentoring was written into teacher-training curricula at one university.",
                "improvement": "The programme ended with ESF funding.",
            },
        },
    },
    {
        "slug": "housing-access-refugees-berlin",
        "title": "Helping refugees move from shared accommodation to their own flat",
        "summary": (
            "An agency run by NGOs helps refugees leave collective accommodation by searching for flats, accompanying "
            "viewings and offering landlords a contact person, in a city with a very tight housing market."
        ),
        "description": [
            "Thousands of refugees in Berlin stayed in collective accommodation for years after being recognised because "
            "they could not find a flat. The agency combines a housing search service with training on tenants' rights.",
            "Staff contact private landlords and housing companies, prepare application files and accompany viewings. "
            "After moving in, tenants and landlords can call the agency for a year. A small fund covers deposits.",
        ],
        "regions": ["berlin"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The state office for refugee affairs funds the agency and has agreed quotas of flats with state-owned housing companies."
        ),
        "lessons_learnt": (
            "Agreements with public housing companies produced most of the flats. A named contact person reassured private landlords."
        ),
        "transferability_tips": (
            "Negotiate quotas with public housing providers. Offer landlords follow-up, not only a guarantee."
        ),
        "challenges": (
            "Discrimination by some landlords; the agency documented cases and referred them to anti-discrimination advice. "
            "Large families needed flats that hardly exist."
        ),
        "start_year": 2017,
        "end_year": None,
        "status": "ongoing",
        "partners": "NGOs, state-owned housing companies, a foundation, tenants' associations, district social services",
        "website": "https://example.org/practices/housing-access-refugees-berlin",
        "contact": "Housing unit, State Office for Refugee Affairs, Berlin",
        "evidence_level": "external-evaluation",
        "policy_areas": ["housing", "anti-discrimination"],
        "target_groups": ["beneficiaries-international-protection", "asylum-seekers"],
        "funding_sources": ["regional", "private-foundation", "other"],
        "evaluation": {
            "multi-stakeholder-approach": {
                "inspiring": "Public housing companies, NGOs and a foundation share the work.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Flat quotas are part of agreements with housing companies.",
                "improvement": "Staffing is renewed in yearly grants.",
            },
            "monitoring-evaluation": {
                "inspiring": "Each move and tenancy is recorded and was externally reviewed.",
                "improvement": "Tenancy stability beyond one year is unknown.",
            },
        },
    },
    # ---------------------------------------------------------------- Tyrol
    {
        "slug": "valley-integration-coordinators-tyrol",
        "title": "Integration coordinators for small municipalities in Tyrolean valleys",
        "summary": (
            "Regional integration coordinators support small Alpine municipalities that host refugees and migrant workers, "
            "helping mayors, volunteers and newcomers with language courses, local events and access to services."
        ),
        "description": [
            "Many Tyrolean municipalities have fewer than 3,000 inhabitants and no integration staff. After 2015 they hosted "
            "refugees, while tourism brings in workers from abroad every season.",
            "Coordinators each cover one district. They help set up language cafés, link newcomers with clubs such as fire "
            "brigades and brass bands, advise mayors and connect volunteers with professional services in the towns.",
        ],
        "regions": ["tyrol"],
        "authority_role": "direct",
        "authority_contribution": (
            "The provincial government's integration unit employs the coordinators and runs their training and network meetings."
        ),
        "lessons_learnt": (
            "Local clubs are a powerful way into village life. Mayors respond best to concrete offers rather than general advice."
        ),
        "transferability_tips": (
            "Suited to rural regions with many small municipalities. Give coordinators a clear territory and a small activity budget."
        ),
        "challenges": (
            "Some municipalities were wary of being associated with refugees; coordinators also supported seasonal workers and "
            "long-settled migrants. Distances limit the number of visits."
        ),
        "start_year": 2015,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities, district authorities, volunteer groups, local clubs, adult education centres, parishes",
        "website": "https://example.org/practices/valley-integration-coordinators-tyrol",
        "contact": "Integration unit, Department of Society and Labour, Office of the Tyrolean Provincial Government",
        "evidence_level": "self-assessed",
        "policy_areas": ["social-security-assistance", "language-learning", "culture-religion"],
        "target_groups": [
            "third-country-nationals",
            "beneficiaries-international-protection",
            "receiving-society",
        ],
        "funding_sources": ["regional", "municipal"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "Province and municipalities share responsibility through the coordinators.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Involves local clubs and parishes, reaching residents as well as newcomers.",
                "improvement": "Seasonal workers stay too briefly for most activities.",
            },
        },
    },
    {
        "slug": "apprenticeship-preparation-tyrol",
        "title": "Apprenticeship preparation for young refugees",
        "summary": (
            "Young refugees and asylum seekers in Tyrol took a preparatory year with German, mathematics and work trials in "
            "hotels, kitchens and workshops, leading to apprenticeships with local firms."
        ),
        "description": [
            "Tourism and crafts in Tyrol lack apprentices, while many young refugees, including former unaccompanied minors, "
            "wanted to train but lacked German and school basics.",
            "The preparatory year combined classes with three work trials. Firms that took an apprentice received support "
            "from a coach during the first year of training. About two thirds of participants started an apprenticeship.",
        ],
        "regions": ["tyrol"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The province co-funded the programme and helped secure agreements with the chamber of commerce and the public employment service."
        ),
        "lessons_learnt": (
            "Work trials were decisive for both young people and employers. Changes in national rules on apprenticeships for "
            "asylum seekers created great uncertainty."
        ),
        "transferability_tips": (
            "Involve employers' organisations from the design stage. Keep a coach available during the apprenticeship, not only before."
        ),
        "challenges": (
            "When national law stopped asylum seekers from starting apprenticeships, some participants had to leave; the "
            "programme focused on recognised refugees. Rural firms were hard to reach by public transport."
        ),
        "start_year": 2016,
        "end_year": 2020,
        "status": "completed",
        "partners": "Chamber of commerce, public employment service, vocational schools, hotels and craft businesses, NGOs",
        "website": "https://example.org/practices/apprenticeship-preparation-tyrol",
        "contact": "Integration unit, Department of Society and Labour, Office of the Tyrolean Provincial Government",
        "evidence_level": "external-evaluation",
        "policy_areas": ["labour-market", "education"],
        "target_groups": [
            "young-people",
            "beneficiaries-international-protection",
            "asylum-seekers",
            "unaccompanied-minors",
        ],
        "funding_sources": ["national", "regional", "other"],
        "evaluation": {
            "multi-stakeholder-approach": {
                "inspiring": "Employers, schools and the employment service built the programme together.",
                "improvement": "",
            },
            "multi-level-governance": {
                "inspiring": "Regional support made up for gaps in national schemes.",
                "improvement": "National rule changes could not be absorbed at regional level.",
            },
            "monitoring-evaluation": {
                "inspiring": "External evaluation tracked participants into apprenticeships.",
                "improvement": "Completion of apprenticeships was not followed.",
            },
        },
    },
    # ---------------------------------------------------------------- Île-de-France
    {
        "slug": "french-for-work-ile-de-france",
        "title": "French for work: language training linked to vocational courses",
        "summary": (
            "The regional council funds French courses built around specific trades, so that migrants can improve their "
            "language while preparing for work in construction, care, cleaning, catering or logistics."
        ),
        "description": [
            "Many migrants in the Paris region complete the state's basic French course but remain far from the level needed for "
            "vocational training. The regional courses bridge this gap with 300 to 400 hours of French linked to a trade.",
            "Training bodies use real workplace situations and short placements. A randomised study compared participants with "
            "applicants placed on a waiting list and found higher rates of entry into vocational training after a year.",
        ],
        "regions": ["ile-de-france"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Île-de-France Regional Council designs and funds the courses as part of its vocational training policy and commissions the evaluation."
        ),
        "lessons_learnt": (
            "Linking language to a trade keeps learners motivated. Waiting lists made a rigorous impact study possible without denying anyone a place."
        ),
        "transferability_tips": (
            "Coordinate with national language courses to avoid overlap. Build the evaluation in from the start."
        ),
        "challenges": (
            "Learners with children had trouble with full-day schedules; part-time courses were added. Training bodies varied "
            "in quality, so the council introduced common standards."
        ),
        "start_year": 2018,
        "end_year": None,
        "status": "ongoing",
        "partners": "Training bodies, public employment service, state integration office, employers' federations in construction and care",
        "website": "https://example.org/practices/french-for-work-ile-de-france",
        "contact": "Vocational training directorate, Île-de-France Regional Council",
        "evidence_level": "impact-evaluation",
        "policy_areas": ["language-learning", "labour-market"],
        "target_groups": [
            "third-country-nationals",
            "beneficiaries-international-protection",
            "migrant-women",
        ],
        "funding_sources": ["regional", "esf-plus"],
        "evaluation": {
            "monitoring-evaluation": {
                "inspiring": "A randomised impact study using the waiting list.",
                "improvement": "",
            },
            "innovation": {
                "inspiring": "Language learning tied to concrete trades.",
                "improvement": "Few trades are offered outside the core of the region.",
            },
            "multi-level-governance": {
                "inspiring": "Fills the gap between the state's basic course and regional vocational training.",
                "improvement": "Data sharing with state services is limited.",
            },
        },
    },
    {
        "slug": "refugee-students-bridge-ile-de-france",
        "title": "University bridging year for refugee students",
        "summary": (
            "Universities in the Paris region offer refugee and asylum-seeking students a bridging year with intensive French, "
            "academic methods and guidance, before they resume studies interrupted by exile."
        ),
        "description": [
            "Young refugees who had started university in Syria, Afghanistan or Sudan often could not resume studies in France "
            "for lack of French and recognition. The bridging year gives them student status, access to libraries and a tutor.",
            "Students take up to 20 hours of French a week and courses on academic writing. Advisers help them apply for "
            "recognition of previous studies and for a regular degree programme.",
        ],
        "regions": ["ile-de-france"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional council funds places and scholarships and supports a network of participating universities."
        ),
        "lessons_learnt": (
            "Student status itself helps: it restores a sense of normal life. Scholarships are needed, or students drop out to work."
        ),
        "transferability_tips": (
            "Build on existing university language centres. Link the programme to recognition procedures early."
        ),
        "challenges": (
            "Asylum seekers had unstable housing and moved far away; the network lobbied for housing close to campuses. "
            "Some faculties were reluctant to admit students without full documents."
        ),
        "start_year": 2017,
        "end_year": None,
        "status": "ongoing",
        "partners": "Universities of the Paris region, a national student welfare body, a private foundation, refugee student associations",
        "website": "https://example.org/practices/refugee-students-bridge-ile-de-france",
        "contact": "Higher education unit, Île-de-France Regional Council",
        "evidence_level": "self-assessed",
        "policy_areas": ["education", "language-learning"],
        "target_groups": [
            "beneficiaries-international-protection",
            "young-people",
            "asylum-seekers",
        ],
        "funding_sources": ["regional", "private-foundation"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Gives refugee students the same status as other students.",
                "improvement": "Places are far fewer than applicants.",
            },
            "sustainability": {
                "inspiring": "Several universities now fund places from their own budgets.",
                "improvement": "",
            },
        },
    },
    {
        "slug": "shelter-health-outreach-ile-de-france",
        "title": "Mobile health teams in emergency shelters",
        "summary": (
            "Nurses and psychologists visited emergency shelters and hotels housing asylum seekers and migrant families in "
            "the Paris region, to detect health problems early and link people to care."
        ),
        "description": [
            "Many asylum seekers and migrant families in the Paris region live in hotels used as emergency shelters, far from "
            "health services and moved often. The teams visited each site regularly.",
            "They screened for chronic and infectious diseases, checked children's vaccinations, offered psychological "
            "support and helped people obtain health coverage. Interpreters joined by phone.",
        ],
        "regions": ["ile-de-france"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional council co-funded the teams and vehicles as part of its health plan; NGOs and the state health agency ran the service."
        ),
        "lessons_learnt": (
            "Regular visits built trust that one-off campaigns could not. Opening health coverage was often the decisive step."
        ),
        "transferability_tips": (
            "Useful wherever asylum seekers are housed in dispersed emergency accommodation. Plan for frequent relocations."
        ),
        "challenges": (
            "Families were moved between hotels without notice; teams agreed to be informed by shelter managers. "
            "The project ended before an evaluation could be carried out."
        ),
        "start_year": 2020,
        "end_year": 2023,
        "status": "completed",
        "partners": "Medical NGOs, the regional health agency, shelter operators, hospitals' outpatient services",
        "website": "https://example.org/practices/shelter-health-outreach-ile-de-france",
        "contact": "Health and solidarity directorate, Île-de-France Regional Council",
        "evidence_level": "not-evaluated",
        "policy_areas": ["health"],
        "target_groups": ["asylum-seekers", "third-country-nationals"],
        "funding_sources": ["regional", "other"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Brings health care to people living in hotels far from services.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "Teams kept records of visits and referrals.",
                "improvement": "No evaluation was made, so results are unknown.",
            },
        },
    },
    # ---------------------------------------------------------------- Attica
    {
        "slug": "integration-centres-support-attica",
        "title": "Regional support for municipal migrant integration centres",
        "summary": (
            "Municipal migrant integration centres in Attica give advice on papers, work and social benefits; the region "
            "supports them with joint training, shared interpreters and referrals to its welfare services."
        ),
        "description": [
            "Migrant integration centres were set up in many Greek municipalities with national and EU funding. In Attica "
            "they differ widely in size and capacity.",
            "The region's social welfare directorate organises joint training for centre staff, a pool of interpreters that "
            "small centres can book, and direct referral to regional welfare services and job counselling.",
        ],
        "regions": ["attica"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The Region of Attica supports the centres with training, shared interpreters and coordination meetings; the municipalities run them."
        ),
        "lessons_learnt": (
            "Small centres benefit most from shared resources. Regular meetings reduced duplication between centres and NGOs."
        ),
        "transferability_tips": (
            "A region can add value to municipal services without running them. Start with shared interpreters, which are easy to organise."
        ),
        "challenges": (
            "Short funding cycles caused staff to leave; the region advocated for longer contracts. Data systems of centres were not compatible."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities of Attica, the Ministry of Migration and Asylum, NGOs, migrant communities",
        "website": "https://example.org/practices/integration-centres-support-attica",
        "contact": "Directorate of Social Welfare, Region of Attica",
        "evidence_level": "self-assessed",
        "policy_areas": ["social-security-assistance", "labour-market", "anti-discrimination"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["amif", "national", "municipal"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "The region links national funding, municipal services and its own welfare offices.",
                "improvement": "Roles are not formally agreed in writing.",
            },
            "communication": {
                "inspiring": "A shared interpreter pool covers more than 15 languages.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Joint training keeps know-how in the network when staff change.",
                "improvement": "Centres depend on short national and AMIF funding cycles.",
            },
        },
    },
    {
        "slug": "intercultural-gardens-attica",
        "title": "Intercultural community gardens",
        "summary": (
            "Refugees, migrant women and long-time residents grew vegetables together in community gardens on unused public "
            "land in Athens neighbourhoods, with shared cooking days and workshops."
        ),
        "description": [
            "Empty plots in several Athens neighbourhoods were turned into gardens managed by mixed groups of residents, "
            "refugees and migrant families. Each gardener had a small plot, and common areas were cared for together.",
            "Cooking days, seed exchanges and school visits brought in neighbours who did not garden. Several women's groups "
            "formed around the gardens and continued meeting after the project ended.",
        ],
        "regions": ["attica"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The region helped municipalities identify public plots and co-funded water installations through a regional development programme."
        ),
        "lessons_learnt": (
            "Shared physical work creates contact more easily than discussion events. Gardens need a paid coordinator to last."
        ),
        "transferability_tips": (
            "Secure land use for several years before starting. Involve neighbours from the beginning to avoid conflicts over public space."
        ),
        "challenges": (
            "Vandalism at one site; neighbours who had joined the project helped protect it. Water costs were higher than expected."
        ),
        "start_year": 2018,
        "end_year": 2021,
        "status": "completed",
        "partners": "Municipalities of Athens and neighbouring towns, an environmental NGO, women's groups, a foundation, schools",
        "website": "https://example.org/practices/intercultural-gardens-attica",
        "contact": "Directorate of Social Welfare, Region of Attica",
        "evidence_level": "not-evaluated",
        "policy_areas": ["culture-religion", "health"],
        "target_groups": [
            "receiving-society",
            "beneficiaries-international-protection",
            "migrant-women",
        ],
        "funding_sources": ["private-foundation", "municipal", "erdf"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Mixed groups of residents and newcomers share work on equal terms.",
                "improvement": "",
            },
            "innovation": {
                "inspiring": "Uses unused public land as a meeting place.",
                "improvement": "The idea was not documented for other municipalities.",
            },
        },
    },
    {
        "slug": "apartments-independent-living-attica",
        "title": "From camps to apartments: rented housing for refugees",
        "summary": (
            "Refugees and vulnerable asylum seekers moved from camps into rented apartments in Athens and Piraeus, with rent "
            "support, social workers and help towards independent housing after recognition."
        ),
        "description": [
            "Between 2017 and 2022 a national programme funded by the EU rented thousands of apartments for asylum seekers and "
            "refugees in Greek cities. In Attica, municipalities and NGOs ran the apartments and provided social support.",
            "After recognition, refugees received a limited period of rent support and help to find their own flat and work. "
            "External reviews found better access to schools and health care than in camps, but difficult transitions when support ended.",
        ],
        "regions": ["attica"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The Region of Attica took an advisory role, linking the programme with its welfare services and with municipal social services."
        ),
        "lessons_learnt": (
            "Living in apartments improved children's school attendance. The exit from the programme needs as much support as the entry."
        ),
        "transferability_tips": (
            "Scattered apartments integrate better than large centres. Plan rent support gradually rather than stopping at once."
        ),
        "challenges": (
            "Rising rents in Athens made exits hard; some refugees returned to camps or left Greece. Landlords worried about "
            "damage, so NGOs managed contracts in their name."
        ),
        "start_year": 2017,
        "end_year": 2022,
        "status": "completed",
        "partners": "Ministry of Migration and Asylum, municipalities, NGOs, UNHCR (early phase), landlords",
        "website": "https://example.org/practices/apartments-independent-living-attica",
        "contact": "Directorate of Social Welfare, Region of Attica",
        "evidence_level": "external-evaluation",
        "policy_areas": ["housing", "social-security-assistance"],
        "target_groups": ["beneficiaries-international-protection", "asylum-seekers"],
        "funding_sources": ["amif", "national"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "EU, national and municipal levels cooperated on one housing programme.",
                "improvement": "The regional authority had only an advisory role.",
            },
            "sustainability": {
                "inspiring": "Some municipalities kept apartments for vulnerable families.",
                "improvement": "The programme ended without a replacement for most refugees.",
            },
        },
    },
    # ---------------------------------------------------------------- Helsinki-Uusimaa
    {
        "slug": "sector-integration-training-uusimaa",
        "title": "Integration training with a vocational track",
        "summary": (
            "Integration training in Uusimaa combined Finnish lessons with vocational content for specific sectors such as "
            "health care, construction and ICT, so that learners moved faster into work or further training."
        ),
        "description": [
            "Standard integration training focused on general Finnish, and many learners finished it far from the labour "
            "market. The sector tracks added job-related vocabulary, workplace visits and short work trials from the first months.",
            "Learners were assigned to tracks after a skills assessment. A registry-based study comparing them with learners "
            "in standard training found higher employment after two years, especially for men with vocational backgrounds.",
        ],
        "regions": ["helsinki-uusimaa"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Uusimaa ELY Centre procured the training, set the sector tracks with employers and commissioned the impact study."
        ),
        "lessons_learnt": (
            "Early contact with the workplace matters more than perfect Finnish. Effects were smaller for women with little "
            "prior schooling, who needed other support."
        ),
        "transferability_tips": (
            "Use public procurement to set sector tracks. Registry data make an impact study affordable."
        ),
        "challenges": (
            "Small sectors could not fill a group; learners from several sectors were combined for language and split for "
            "vocational parts. Employers' demand shifted during the pandemic."
        ),
        "start_year": 2017,
        "end_year": 2022,
        "status": "completed",
        "partners": "Training providers, employment offices, employers' organisations, vocational colleges",
        "website": "https://example.org/practices/sector-integration-training-uusimaa",
        "contact": "Integration services, Uusimaa Centre for Economic Development, Transport and the Environment",
        "evidence_level": "impact-evaluation",
        "policy_areas": ["labour-market", "language-learning"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["esf-plus", "national"],
        "evaluation": {
            "monitoring-evaluation": {
                "inspiring": "Registry data allowed a comparison with standard training.",
                "improvement": "",
            },
            "innovation": {
                "inspiring": "Sector-specific tracks within mainstream integration training.",
                "improvement": "Tracks were not designed for learners with little schooling.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Employers helped define the content of each track.",
                "improvement": "Migrant organisations were not involved.",
            },
        },
    },
    {
        "slug": "one-stop-guidance-uusimaa",
        "title": "One-stop guidance point for international newcomers",
        "summary": (
            "A single service point where newcomers to the Helsinki area can register, get tax and social security advice, "
            "employment guidance and information on housing and language courses, in several languages."
        ),
        "description": [
            "New arrivals in Finland deal with several authorities for registration, tax, social security and employment. "
            "The guidance point gathers them under one roof, with a shared reception and guidance staff.",
            "Guidance is offered in Finnish, Swedish, English, Russian, Arabic and Somali, among others, and by video for "
            "people living outside Helsinki. The point also hosts employers' information days.",
        ],
        "regions": ["helsinki-uusimaa"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional state authorities take part as partners with staff on site and help co-ordinate the national agencies; the city hosts the point."
        ),
        "lessons_learnt": (
            "One address saves newcomers many visits and errors. Video guidance extends the service to the whole region."
        ),
        "transferability_tips": (
            "Start with the agencies newcomers visit first. Agree on shared rules for data protection early."
        ),
        "challenges": (
            "Each agency had its own IT system; staff use a common appointment tool while keeping separate records. "
            "Queues grew during arrivals from Ukraine, so pre-booking was introduced."
        ),
        "start_year": 2016,
        "end_year": None,
        "status": "ongoing",
        "partners": "City of Helsinki, national tax, population and social security agencies, employment services, regional municipalities",
        "website": "https://example.org/practices/one-stop-guidance-uusimaa",
        "contact": "Guidance services coordinator, Uusimaa ELY Centre",
        "evidence_level": "self-assessed",
        "policy_areas": ["social-security-assistance", "labour-market"],
        "target_groups": ["third-country-nationals"],
        "funding_sources": ["national", "municipal", "erdf"],
        "evaluation": {
            "communication": {
                "inspiring": "Guidance in many languages, in person and by video.",
                "improvement": "",
            },
            "multi-level-governance": {
                "inspiring": "National, regional and city services share one front desk.",
                "improvement": "Data are not shared between agencies.",
            },
        },
    },
    {
        "slug": "home-mothers-mentoring-uusimaa",
        "title": "Peer mentoring for migrant mothers at home",
        "summary": (
            "Trained volunteer mentors, often migrant women who settled earlier, meet mothers staying at home with young children "
            "to practise Finnish, find local services and plan a way into studies or work."
        ),
        "description": [
            "Migrant mothers caring for small children at home often fall outside integration training and employment services. "
            "Peer mentors visit them at home or meet in family cafés and libraries.",
            "Meetings mix conversation practice with practical help, such as finding a language course with childcare or "
            "visiting a child health clinic. Groups of mothers meet monthly for outings.",
        ],
        "regions": ["helsinki-uusimaa"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The regional integration partnership promotes the project, trains mentors together with the NGO and links it with municipal services."
        ),
        "lessons_learnt": (
            "Mentors with their own migration experience are trusted quickly. Many mothers later enrolled in language courses."
        ),
        "transferability_tips": (
            "Recruit mentors among former participants. Link meetings with existing family services."
        ),
        "challenges": (
            "Mentor drop-out; regular supervision and small expense allowances helped. Results are recorded only as activity counts."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "ongoing",
        "partners": "A women's NGO, municipal family services, libraries, child health clinics",
        "website": "https://example.org/practices/home-mothers-mentoring-uusimaa",
        "contact": "Regional integration partnership, Uusimaa ELY Centre",
        "evidence_level": "not-evaluated",
        "policy_areas": ["language-learning", "health"],
        "target_groups": ["migrant-women"],
        "funding_sources": ["private-foundation", "other"],
        "evaluation": {
            "inclusion": {
                "inspiring": "Reaches mothers outside all formal integration services.",
                "improvement": "",
            },
            "multi-stakeholder-approach": {
                "inspiring": "NGO, libraries and clinics cooperate around each mother.",
                "improvement": "No formal agreement between partners.",
            },
        },
    },
    # ---------------------------------------------------------------- North Brabant
    {
        "slug": "dual-route-civic-integration-brabant",
        "title": "Combining language and work in civic integration",
        "summary": (
            "Municipalities in North Brabant let refugees learn Dutch while working part-time from the start of their civic "
            "integration, with a provincial network that shares methods and employer contacts."
        ),
        "description": [
            "Since the 2022 reform of Dutch civic integration, municipalities draw up an individual plan for each newcomer. "
            "In North Brabant many plans combine Dutch lessons with part-time work or volunteering from the first months.",
            "The province runs a knowledge network where municipalities share methods, language providers and employers. "
            "Regional employers' platforms in food processing, logistics and technology offer placements.",
        ],
        "regions": ["north-brabant"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Province of North Brabant coordinates the knowledge network, funds regional employer platforms and gathers figures across municipalities."
        ),
        "lessons_learnt": (
            "Working from the start speeds up Dutch for many learners, but others need full-time language first. "
            "Small municipalities gain most from the shared network."
        ),
        "transferability_tips": (
            "A provincial network can support municipalities without taking over their legal tasks. Share employer contacts, not only methods."
        ),
        "challenges": (
            "Municipalities used different data systems; the province agreed a short common set of indicators. "
            "Some employers offered only flexible contracts."
        ),
        "start_year": 2022,
        "end_year": None,
        "status": "ongoing",
        "partners": "Municipalities, language schools, regional employers' platforms, refugee support organisations",
        "website": "https://example.org/practices/dual-route-civic-integration-brabant",
        "contact": "Social affairs team, Province of North Brabant",
        "evidence_level": "self-assessed",
        "policy_areas": ["language-learning", "labour-market"],
        "target_groups": ["beneficiaries-international-protection", "third-country-nationals"],
        "funding_sources": ["national", "municipal", "regional"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "The province supports municipal tasks without taking them over.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "A common set of indicators across municipalities.",
                "improvement": "Only outputs are measured so far.",
            },
            "sustainability": {
                "inspiring": "Builds on a national legal framework with stable funding.",
                "improvement": "Employer platforms depend on provincial grants.",
            },
        },
    },
    {
        "slug": "fair-recruitment-pledge-brabant",
        "title": "Fair recruitment pledge with regional employers",
        "summary": (
            "Employers in North Brabant signed a pledge to recruit without discrimination, received training for recruiters and "
            "tested their procedures with anonymous applications and mystery calls."
        ),
        "description": [
            "Studies in the Netherlands show that applicants with a non-Western name get fewer invitations to interviews. "
            "The pledge asked employers to review their recruitment procedures and to train recruiters.",
            "Participating firms tried anonymous applications and structured interviews. An external research team carried out "
            "mystery calls before and after and found a smaller gap in callbacks at participating firms.",
        ],
        "regions": ["north-brabant"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The province funded the training and the external study and promoted the pledge among employers' associations."
        ),
        "lessons_learnt": (
            "Employers accepted testing when results stayed confidential to each firm. Structured interviews were easier to keep than anonymous applications."
        ),
        "transferability_tips": (
            "Work through employers' associations. Offer practical tools, not only a signature."
        ),
        "challenges": (
            "Some firms left after the first test; the project stressed learning rather than blame. Small firms had no HR staff to train."
        ),
        "start_year": 2018,
        "end_year": 2021,
        "status": "completed",
        "partners": "Employers' associations, a regional anti-discrimination office, a university research team, recruitment agencies",
        "website": "https://example.org/practices/fair-recruitment-pledge-brabant",
        "contact": "Labour market team, Province of North Brabant",
        "evidence_level": "external-evaluation",
        "policy_areas": ["anti-discrimination", "labour-market"],
        "target_groups": ["receiving-society", "third-country-nationals"],
        "funding_sources": ["regional", "private-foundation"],
        "evaluation": {
            "innovation": {
                "inspiring": "Tests recruitment practices with mystery calls.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "Before-and-after measurement by independent researchers.",
                "improvement": "Effects after the project are unknown.",
            },
            "multi-stakeholder-approach": {
                "inspiring": "Employers, researchers and an anti-discrimination office worked together.",
                "improvement": "Jobseekers with a migration background were not consulted.",
            },
        },
    },
    # ---------------------------------------------------------------- Lower Silesia
    {
        "slug": "ukrainian-pupils-support-lower-silesia",
        "title": "Support for schools receiving pupils from Ukraine",
        "summary": (
            "Schools in Lower Silesia that took in children from Ukraine after 2022 receive training, Ukrainian-speaking teaching "
            "assistants and extra Polish lessons, organised with regional teacher-training centres."
        ),
        "description": [
            "Tens of thousands of children from Ukraine enrolled in Polish schools in 2022, many in Wrocław and nearby towns. "
            "Teachers had little experience with pupils who did not speak Polish.",
            "Regional teacher-training centres offered courses on teaching Polish as a second language and on trauma-aware "
            "teaching. Intercultural assistants who speak Ukrainian support pupils and parents in selected schools.",
        ],
        "regions": ["lower-silesia"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The Marshal's Office funds teacher training through regional programmes and co-finances the assistants; schools and municipalities run them."
        ),
        "lessons_learnt": (
            "Assistants helped both pupils and parents, who often could not communicate with the school. Teacher training needs to continue, not only in the first year."
        ),
        "transferability_tips": (
            "Use existing teacher-training centres for quick response. Recruit assistants among newcomers with teaching experience."
        ),
        "challenges": (
            "Many pupils followed Ukrainian online schooling at the same time, causing overload; schools agreed flexible timetables. "
            "Assistants' contracts were short."
        ),
        "start_year": 2022,
        "end_year": None,
        "status": "ongoing",
        "partners": "Regional teacher-training centres, municipalities, schools, Ukrainian community associations",
        "website": "https://example.org/practices/ukrainian-pupils-support-lower-silesia",
        "contact": "Education and social policy department, Marshal's Office of the Lower Silesian Voivodeship",
        "evidence_level": "self-assessed",
        "policy_areas": ["education", "language-learning"],
        "target_groups": ["young-people", "third-country-nationals"],
        "funding_sources": ["esf-plus", "regional", "national"],
        "evaluation": {
            "communication": {
                "inspiring": "Assistants bridge schools and Ukrainian-speaking parents.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Trained teachers keep the know-how in schools.",
                "improvement": "Assistant posts depend on short-term funds.",
            },
        },
    },
    {
        "slug": "foreign-workers-info-points-lower-silesia",
        "title": "Information points for foreign workers",
        "summary": (
            "Regional information points in Wrocław, Legnica and Wałbrzych advise foreign workers on legal employment, work "
            "permits, labour rights and social insurance, in Polish, Ukrainian, Russian and English."
        ),
        "description": [
            "Lower Silesia's factories and warehouses employ many workers from Ukraine, Belarus and, increasingly, Asia, often "
            "through temporary work agencies. Many do not know their rights or the rules on permits.",
            "The information points give individual advice, run workshops in workplaces and dormitories, and refer cases of "
            "abuse to the labour inspectorate. A helpline takes calls in the evenings.",
        ],
        "regions": ["lower-silesia"],
        "authority_role": "direct",
        "authority_contribution": (
            "The regional labour office, part of the Marshal's Office, runs the information points and coordinates with the labour inspectorate."
        ),
        "lessons_learnt": (
            "Evening hours and workplace visits reach workers on shifts. Workers often need help with agency contracts above all."
        ),
        "transferability_tips": (
            "Place points in towns with large employers, not only the capital. Train staff on temporary agency work rules."
        ),
        "challenges": (
            "Workers from Asia needed languages the staff did not speak; volunteer interpreters were recruited. "
            "No evaluation has yet been planned."
        ),
        "start_year": 2019,
        "end_year": None,
        "status": "ongoing",
        "partners": "Regional labour office, labour inspectorate, trade unions, migrant associations, temporary work agencies' association",
        "website": "https://example.org/practices/foreign-workers-info-points-lower-silesia",
        "contact": "Foreign workers service, Regional Labour Office in Wrocław",
        "evidence_level": "not-evaluated",
        "policy_areas": ["labour-market", "anti-discrimination", "social-security-assistance"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["esf-plus", "amif", "regional"],
        "evaluation": {
            "communication": {
                "inspiring": "Workshops in workplaces and dormitories in workers' languages.",
                "improvement": "",
            },
            "monitoring-evaluation": {
                "inspiring": "Cases are counted by topic and nationality.",
                "improvement": "No evaluation of results so far.",
            },
        },
    },
    # ---------------------------------------------------------------- Southern Denmark
    {
        "slug": "migrant-health-clinic-southern-denmark",
        "title": "Specialist migrant health clinic at a university hospital",
        "summary": (
            "A hospital clinic in the Region of Southern Denmark assesses refugees with complex health problems referred by "
            "general practitioners, with interpreters and longer consultations, and advises municipalities."
        ),
        "description": [
            "Refugees often arrive with untreated chronic illness, trauma and infectious diseases, and general practitioners lack "
            "time and interpreters for complex cases. The clinic offers a full assessment, usually over several visits.",
            "A research study compared referred patients with similar patients treated only in general practice and found fewer "
            "emergency visits and better control of chronic disease after a year. The clinic also trains municipal health staff.",
        ],
        "regions": ["southern-denmark"],
        "authority_role": "direct",
        "authority_contribution": (
            "The Region of Southern Denmark runs and funds the clinic within its hospital services and supports its research."
        ),
        "lessons_learnt": (
            "Time and professional interpreters are the main ingredients. Advice to municipalities spreads the clinic's knowledge."
        ),
        "transferability_tips": (
            "Attach the clinic to a hospital with research capacity. Agree referral criteria with general practitioners."
        ),
        "challenges": (
            "Waiting lists grew; the clinic introduced triage by phone. Some municipalities did not know about the service, so "
            "information was sent to all GPs."
        ),
        "start_year": 2014,
        "end_year": None,
        "status": "ongoing",
        "partners": "University hospital, general practitioners, municipalities, a university research unit, interpreter services",
        "website": "https://example.org/practices/migrant-health-clinic-southern-denmark",
        "contact": "Migrant health clinic, Region of Southern Denmark",
        "evidence_level": "impact-evaluation",
        "policy_areas": ["health"],
        "target_groups": ["beneficiaries-international-protection", "migrant-women"],
        "funding_sources": ["regional", "national"],
        "evaluation": {
            "monitoring-evaluation": {
                "inspiring": "A comparison study of health outcomes.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Part of the regular hospital budget.",
                "improvement": "",
            },
            "multi-level-governance": {
                "inspiring": "Regional health care and municipal integration services work together.",
                "improvement": "Municipalities do not share data with the clinic.",
            },
        },
    },
    {
        "slug": "basic-integration-education-southern-denmark",
        "title": "Paid basic integration training with local employers",
        "summary": (
            "Young refugees in rural municipalities of Southern Denmark combined paid work with employers and school-based "
            "training for two years, using the national scheme for basic integration education."
        ),
        "description": [
            "Denmark's basic integration education lets refugees work at a trainee wage while attending training. In rural "
            "municipalities of Southern Denmark few employers knew the scheme.",
            "A regional network of job consultants visited employers, matched young refugees with placements and followed up. "
            "An external evaluation found that most participants who completed the scheme stayed in work or started vocational education.",
        ],
        "regions": ["southern-denmark"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The region supported the network of job consultants through its regional development work and hosted the network meetings."
        ),
        "lessons_learnt": (
            "Employers joined when a consultant took care of the paperwork. Transport to workplaces was a barrier in rural areas."
        ),
        "transferability_tips": (
            "Use national schemes where they exist and focus on promoting them to employers."
        ),
        "challenges": (
            "Drop-out in the second year; mentors at workplaces helped. Some employers used trainees as cheap labour and were excluded."
        ),
        "start_year": 2017,
        "end_year": 2021,
        "status": "completed",
        "partners": "Municipal job centres, employers, vocational schools, employers' organisations",
        "website": "https://example.org/practices/basic-integration-education-southern-denmark",
        "contact": "Regional development department, Region of Southern Denmark",
        "evidence_level": "external-evaluation",
        "policy_areas": ["labour-market", "education"],
        "target_groups": ["beneficiaries-international-protection", "young-people"],
        "funding_sources": ["national", "municipal"],
        "evaluation": {
            "multi-stakeholder-approach": {
                "inspiring": "Employers and municipal job centres work through one network.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Reaches young refugees in small rural towns.",
                "improvement": "Few women took part.",
            },
        },
    },
    # ---------------------------------------------------------------- Interregional practices
    {
        "slug": "peer-review-integration-strategies",
        "title": "Peer review of regional integration strategies",
        "summary": (
            "An Interreg Europe project in which Catalonia, Tyrol and other regions reviewed each other's integration "
            "strategies, visited projects and agreed action plans, including ways to involve migrants in policy making."
        ),
        "description": [
            "Regional officials often design integration strategies without seeing how other regions tackle similar issues. "
            "The project organised study visits and peer reviews in which teams from partner regions examined each host's strategy.",
            "Each region then adopted an action plan. Catalonia added a consultation of migrant associations to its strategy cycle; "
            "Tyrol set up a regional working group with municipalities on rural integration.",
        ],
        "regions": ["catalonia", "tyrol"],
        "authority_role": "direct",
        "authority_contribution": (
            "Both regional governments were project partners, hosted peer reviews and adopted action plans."
        ),
        "lessons_learnt": (
            "An outside view helped regions question routines. Action plans worked where a senior official owned them."
        ),
        "transferability_tips": (
            "Keep peer-review teams small and mixed. Fix the follow-up in the action plan before the project ends."
        ),
        "challenges": (
            "Visits were moved online during the pandemic, which reduced exchange; the last visits were held in person. "
            "Staff changes in one region delayed its action plan."
        ),
        "start_year": 2019,
        "end_year": 2023,
        "status": "completed",
        "partners": "Regional governments from several member states, an advisory partner from a university, migrant associations",
        "website": "https://example.org/practices/peer-review-integration-strategies",
        "contact": "International relations unit, Secretariat for Equality, Migration and Citizenship",
        "evidence_level": "external-evaluation",
        "policy_areas": ["political-participation", "social-security-assistance"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["interreg", "regional"],
        "evaluation": {
            "multi-level-governance": {
                "inspiring": "Links regional strategy work with European exchange.",
                "improvement": "",
            },
            "innovation": {
                "inspiring": "Peer reviews applied to integration policy.",
                "improvement": "Results depended on individual staff.",
            },
            "sustainability": {
                "inspiring": "Action plans were adopted by regional governments.",
                "improvement": "Exchange stopped after the project ended.",
            },
        },
    },
    {
        "slug": "seasonal-workers-rights-app",
        "title": "Multilingual rights app for seasonal farm workers",
        "summary": (
            "An Interreg project developed an app and audio messages in several languages that explain seasonal farm workers' "
            "rights, pay rates and health services, tested in Murcia and Campania."
        ),
        "description": [
            "Seasonal farm workers move between farms and regions and rarely meet public services. The app gives them clear "
            "information on contracts, minimum pay, safety and where to find health care and help.",
            "Because many workers read little, every message is also available as audio. Unions and NGOs in Murcia and Campania "
            "promoted the app at pick-up points and in housing areas.",
        ],
        "regions": ["murcia", "campania"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The two regions were associated partners: they provided content on regional services and promoted the app through their networks."
        ),
        "lessons_learnt": (
            "Audio messages were used far more than text. Trust came through unions and NGOs, not the app itself."
        ),
        "transferability_tips": (
            "Plan who will update the content after the project. Test with workers before launch."
        ),
        "challenges": (
            "Keeping legal information current in two countries; partners agreed on a content update schedule. "
            "The app was hard to maintain after funding ended."
        ),
        "start_year": 2020,
        "end_year": 2023,
        "status": "completed",
        "partners": "Trade unions, NGOs, universities, regional governments of Murcia and Campania",
        "website": "https://example.org/practices/seasonal-workers-rights-app",
        "contact": "European projects office, Region of Murcia",
        "evidence_level": "self-assessed",
        "policy_areas": ["labour-market", "health", "anti-discrimination"],
        "target_groups": ["third-country-nationals", "migrant-women"],
        "funding_sources": ["interreg", "other"],
        "evaluation": {
            "communication": {
                "inspiring": "Audio messages in workers' languages.",
                "improvement": "",
            },
            "sustainability": {
                "inspiring": "Content was handed over to unions.",
                "improvement": "No budget to maintain the app after the project.",
            },
        },
    },
    {
        "slug": "small-town-digital-guidance",
        "title": "Digital guidance for newcomers in small towns",
        "summary": (
            "An Interreg project in which small towns in Lower Silesia and Southern Denmark test video guidance, shared "
            "information pages and trained local contact persons for newcomers who live far from city services."
        ),
        "description": [
            "Newcomers in small towns often need to travel to a city for advice on papers, schools or work. The project sets up "
            "video guidance from city services and trains a local contact person in each town hall or library.",
            "The partners also share a template for multilingual information pages that each town can fill in with its own services.",
        ],
        "regions": ["lower-silesia", "southern-denmark"],
        "authority_role": "indirect",
        "authority_contribution": (
            "The two regional authorities support the project as partners, providing advice and linking it with regional services."
        ),
        "lessons_learnt": (
            "A trusted person in the town matters more than the technology. Libraries are good neutral places."
        ),
        "transferability_tips": (
            "Start with towns that already have a library or community centre. Keep the information template simple."
        ),
        "challenges": (
            "Broadband gaps in some places; the project lends tablets. It is too early for results."
        ),
        "start_year": 2023,
        "end_year": None,
        "status": "ongoing",
        "partners": "Small municipalities, libraries, regional authorities of Lower Silesia and Southern Denmark, a university",
        "website": "https://example.org/practices/small-town-digital-guidance",
        "contact": "European projects team, Marshal's Office of the Lower Silesian Voivodeship",
        "evidence_level": "not-evaluated",
        "policy_areas": ["social-security-assistance", "language-learning"],
        "target_groups": ["third-country-nationals", "beneficiaries-international-protection"],
        "funding_sources": ["interreg", "municipal"],
        "evaluation": {
            "innovation": {
                "inspiring": "Video guidance from city services for small towns.",
                "improvement": "",
            },
            "inclusion": {
                "inspiring": "Reaches newcomers far from cities.",
                "improvement": "Needs digital skills support.",
            },
        },
    },
]


if __name__ == "__main__":
    # Self-check: structure, references and coverage. Run: python3 home/demo_content.py
    import importlib.util
    import os
    import re
    from collections import Counter

    _here = os.path.dirname(os.path.abspath(__file__))
    _spec = importlib.util.spec_from_file_location(
        "_taxonomy", os.path.join(_here, os.pardir, "practices", "taxonomy.py")
    )
    taxonomy = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(taxonomy)

    def _slugs(entries):
        return [slug for slug, _names in entries]

    ASPECT_SLUGS = _slugs(taxonomy.ASPECTS)
    AREA_SLUGS = _slugs(taxonomy.POLICY_AREAS)
    GROUP_SLUGS = _slugs(taxonomy.TARGET_GROUPS)
    FUNDING_SLUGS = _slugs(taxonomy.FUNDING_SOURCES)
    ROLES = ("direct", "indirect")
    STATUSES = ("ongoing", "completed")
    EVIDENCE_LEVELS = ("not-evaluated", "self-assessed", "external-evaluation", "impact-evaluation")
    URBAN_RURAL = ("predominantly-urban", "intermediate", "predominantly-rural")
    PERCENT_INDICATORS = set(STATISTIC_INDICATORS) - {"population", "non-eu-population"}
    PRACTICE_FIELDS = (
        "slug",
        "title",
        "summary",
        "description",
        "regions",
        "authority_role",
        "authority_contribution",
        "lessons_learnt",
        "transferability_tips",
        "challenges",
        "start_year",
        "end_year",
        "status",
        "partners",
        "website",
        "contact",
        "evidence_level",
        "policy_areas",
        "target_groups",
        "funding_sources",
        "evaluation",
    )
    ACTION_FIELDS = tuple(f for f in PRACTICE_FIELDS if f != "regions") + (
        "region",
        "focus_area",
        "design",
        "implementation",
        "monitoring",
        "evaluation_phase",
    )
    SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

    # --- regions
    region_slugs = [r["slug"] for r in REGIONS]
    assert len(region_slugs) == len(set(region_slugs)), "duplicate region slug"
    partners = [r for r in REGIONS if r["partner"]]
    others = [r for r in REGIONS if not r["partner"]]
    assert sorted(r["slug"] for r in partners) == [
        "azores",
        "campania",
        "catalonia",
        "murcia",
        "puglia",
        "skane",
    ]
    partner_countries = {r["country"] for r in partners}
    other_countries = [r["country"] for r in others]
    assert len(others) >= 6 and len(set(other_countries)) == len(other_countries)
    assert not partner_countries & set(other_countries), (
        "non-partners should come from other member states"
    )
    for r in REGIONS:
        assert SLUG_RE.match(r["slug"]), r["slug"]
        assert re.match(r"^[A-Z]{2}$", r["country"]), r["slug"]
        nuts_prefix = "EL" if r["country"] == "GR" else r["country"]
        assert re.match(rf"^{nuts_prefix}[0-9A-Z]{{2,3}}$", r["nuts_code"]), (
            r["slug"],
            r["nuts_code"],
        )
        assert r["intro"].strip() and r["responsible_body"].strip() and r["title"].strip()
        assert -90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180
        assert r["urban_rural"] in URBAN_RURAL, r["slug"]
        if r["partner"]:
            assert r["mipex_r_url"] == f"https://www.mipex.eu/regions/{r['slug']}", r["slug"]
            assert set(r["statistics"]) == set(STATISTIC_INDICATORS), r["slug"]
        else:
            assert r["mipex_r_url"] is None or r["mipex_r_url"].startswith("https://")
        for key, (value, year) in r["statistics"].items():
            assert key in STATISTIC_INDICATORS, (r["slug"], key)
            assert 2015 <= year <= 2025, (r["slug"], key)
            if key in PERCENT_INDICATORS:
                assert 0 <= value <= 100, (r["slug"], key)
            else:
                assert isinstance(value, int) and value > 0, (r["slug"], key)
        stats = r["statistics"]
        if "non-eu-population" in stats:
            assert stats["non-eu-population"][0] < stats["population"][0], r["slug"]
    assert sum(1 for r in others if r["mipex_r_url"] is None) >= len(others) // 2 - 1
    assert any(set(r["statistics"]) != set(STATISTIC_INDICATORS) for r in others)

    # --- practices and actions: shared field checks
    def check_common(item, label):
        assert SLUG_RE.match(item["slug"]), label
        assert item["title"].strip(), label
        assert 0 < len(item["summary"]) <= 300, (label, len(item["summary"]))
        assert isinstance(item["description"], list) and item["description"], label
        assert all(p.strip() for p in item["description"]), label
        for field in (
            "authority_contribution",
            "lessons_learnt",
            "transferability_tips",
            "challenges",
            "partners",
            "contact",
        ):
            assert item[field].strip(), (label, field)
        assert item["authority_role"] in ROLES, label
        assert item["status"] in STATUSES, label
        assert isinstance(item["start_year"], int) and 1990 <= item["start_year"] <= 2025, label
        if item["end_year"] is not None:
            assert item["end_year"] >= item["start_year"], label
        if item["status"] == "completed":
            assert item["end_year"] is not None and item["end_year"] <= 2025, label
        else:
            assert item["end_year"] is None or item["end_year"] > 2025, label
        assert item["website"].startswith("https://example.org/"), label
        assert item["evidence_level"] in EVIDENCE_LEVELS, label
        for field, allowed in (
            ("policy_areas", AREA_SLUGS),
            ("target_groups", GROUP_SLUGS),
            ("funding_sources", FUNDING_SLUGS),
        ):
            values = item[field]
            assert values and len(values) == len(set(values)), (label, field)
            assert all(v in allowed for v in values), (label, field, values)
        evaluation = item["evaluation"]
        assert 2 <= len(evaluation) <= 5, (label, len(evaluation))
        for aspect, texts in evaluation.items():
            assert aspect in ASPECT_SLUGS, (label, aspect)
            assert set(texts) == {"inspiring", "improvement"}, (label, aspect)
            assert texts["inspiring"].strip(), (label, aspect)

    for p in PRACTICES:
        assert tuple(p) == PRACTICE_FIELDS, (p["slug"], tuple(p))
        check_common(p, p["slug"])
        assert 1 <= len(p["regions"]) <= 2 and all(r in region_slugs for r in p["regions"]), p[
            "slug"
        ]

    assert len(REGIONAL_ACTIONS) == 6
    assert sorted(a["region"] for a in REGIONAL_ACTIONS) == sorted(r["slug"] for r in partners)
    for a in REGIONAL_ACTIONS:
        assert set(a) == set(ACTION_FIELDS), (a["slug"], set(a) ^ set(ACTION_FIELDS))
        check_common(a, a["slug"])
        assert a["focus_area"] in AREA_SLUGS and a["focus_area"] in a["policy_areas"], a["slug"]
        for field in ("design", "implementation", "monitoring", "evaluation_phase"):
            assert a[field].strip(), (a["slug"], field)
    skane_action = next(a for a in REGIONAL_ACTIONS if a["region"] == "skane")
    assert skane_action["focus_area"] == "health"

    all_slugs = [p["slug"] for p in PRACTICES] + [a["slug"] for a in REGIONAL_ACTIONS]
    assert len(all_slugs) == len(set(all_slugs)), [
        s for s, n in Counter(all_slugs).items() if n > 1
    ]

    # --- coverage across PRACTICES (each value in at least 3 practices)
    assert len(PRACTICES) >= 36
    MIN = 3
    coverage = {
        "aspects": (ASPECT_SLUGS, Counter(a for p in PRACTICES for a in p["evaluation"])),
        "policy_areas": (AREA_SLUGS, Counter(v for p in PRACTICES for v in p["policy_areas"])),
        "target_groups": (GROUP_SLUGS, Counter(v for p in PRACTICES for v in p["target_groups"])),
        "funding_sources": (
            FUNDING_SLUGS,
            Counter(v for p in PRACTICES for v in p["funding_sources"]),
        ),
        "authority_role": (ROLES, Counter(p["authority_role"] for p in PRACTICES)),
        "status": (STATUSES, Counter(p["status"] for p in PRACTICES)),
        "evidence_level": (EVIDENCE_LEVELS, Counter(p["evidence_level"] for p in PRACTICES)),
        "regions": (region_slugs, Counter(r for p in PRACTICES for r in p["regions"])),
    }
    for name, (expected, counts) in coverage.items():
        minimum = 1 if name == "regions" else MIN
        missing = {slug: counts[slug] for slug in expected if counts[slug] < minimum}
        assert not missing, (name, missing)

    # --- words useful for testing search stemming
    def _text(p):
        return " ".join(
            [p["title"], p["summary"], *p["description"], p["challenges"], p["lessons_learnt"]]
        )

    corpus = [_text(p) for p in PRACTICES]
    assert any("refugees" in t for t in corpus) and any(
        re.search(r"\brefugee\b", t) for t in corpus
    )
    assert any("housing" in t for t in corpus)
    assert any("Skåne" in _text(p) for p in PRACTICES if "skane" in p["regions"])

    # --- report
    print(f"REGIONS: {len(REGIONS)} ({len(partners)} partners, {len(others)} non-partners)")
    print(f"REGIONAL_ACTIONS: {len(REGIONAL_ACTIONS)}")
    print(f"PRACTICES: {len(PRACTICES)}")
    for name, (expected, counts) in coverage.items():
        print(f"  {name}: " + ", ".join(f"{slug}={counts[slug]}" for slug in expected))
    print("demo content OK")
