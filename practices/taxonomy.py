"""The Integration Lab's fixed taxonomy.

Pure data: the seven evaluation aspects, the policy areas, the target groups and
the funding sources used to classify practices and regional actions. Every entry
has a stable slug (used in URLs, the API and the search index; never rename one)
and a name in each of the lab's eight locales: en, fr, de, es, it, el, pt, sv
(pt is European Portuguese).

Each taxonomy is a tuple of ``(slug, {locale: name})`` pairs in display order.
"""

LOCALES = ("en", "fr", "de", "es", "it", "el", "pt", "sv")

# The seven aspects of the evaluation framework, in framework order.
ASPECTS = (
    (
        "communication",
        {
            "en": "Communication",
            "fr": "Communication",
            "de": "Kommunikation",
            "es": "Comunicación",
            "it": "Comunicazione",
            "el": "Επικοινωνία",
            "pt": "Comunicação",
            "sv": "Kommunikation",
        },
    ),
    (
        "inclusion",
        {
            "en": "Inclusion",
            "fr": "Inclusion",
            "de": "Inklusion",
            "es": "Inclusión",
            "it": "Inclusione",
            "el": "Συμπερίληψη",
            "pt": "Inclusão",
            "sv": "Inkludering",
        },
    ),
    (
        "innovation",
        {
            "en": "Innovation",
            "fr": "Innovation",
            "de": "Innovation",
            "es": "Innovación",
            "it": "Innovazione",
            "el": "Καινοτομία",
            "pt": "Inovação",
            "sv": "Innovation",
        },
    ),
    (
        "multi-level-governance",
        {
            "en": "Multi-Level Governance",
            "fr": "Gouvernance multiniveau",
            "de": "Mehrebenen-Governance",
            "es": "Gobernanza multinivel",
            "it": "Governance multilivello",
            "el": "Πολυεπίπεδη διακυβέρνηση",
            "pt": "Governação multinível",
            "sv": "Flernivåstyrning",
        },
    ),
    (
        "multi-stakeholder-approach",
        {
            "en": "Multi-Stakeholder Approach",
            "fr": "Approche multi-acteurs",
            "de": "Multi-Akteurs-Ansatz",
            "es": "Enfoque multiactor",
            "it": "Approccio multi-attore",
            "el": "Προσέγγιση πολλαπλών φορέων",
            "pt": "Abordagem com múltiplas partes interessadas",
            "sv": "Flerpartssamverkan",
        },
    ),
    (
        "monitoring-evaluation",
        {
            "en": "Monitoring & Evaluation",
            "fr": "Suivi et évaluation",
            "de": "Monitoring und Evaluation",
            "es": "Seguimiento y evaluación",
            "it": "Monitoraggio e valutazione",
            "el": "Παρακολούθηση και αξιολόγηση",
            "pt": "Monitorização e avaliação",
            "sv": "Uppföljning och utvärdering",
        },
    ),
    (
        "sustainability",
        {
            "en": "Sustainability",
            "fr": "Durabilité",
            "de": "Nachhaltigkeit",
            "es": "Sostenibilidad",
            "it": "Sostenibilità",
            "el": "Βιωσιμότητα",
            "pt": "Sustentabilidade",
            "sv": "Hållbarhet",
        },
    ),
)

# Policy areas, following the areas of the regional integration indicators.
POLICY_AREAS = (
    (
        "labour-market",
        {
            "en": "Labour market",
            "fr": "Marché du travail",
            "de": "Arbeitsmarkt",
            "es": "Mercado laboral",
            "it": "Mercato del lavoro",
            "el": "Αγορά εργασίας",
            "pt": "Mercado de trabalho",
            "sv": "Arbetsmarknad",
        },
    ),
    (
        "education",
        {
            "en": "Education",
            "fr": "Éducation",
            "de": "Bildung",
            "es": "Educación",
            "it": "Istruzione",
            "el": "Εκπαίδευση",
            "pt": "Educação",
            "sv": "Utbildning",
        },
    ),
    (
        "health",
        {
            "en": "Health",
            "fr": "Santé",
            "de": "Gesundheit",
            "es": "Salud",
            "it": "Salute",
            "el": "Υγεία",
            "pt": "Saúde",
            "sv": "Hälsa",
        },
    ),
    (
        "housing",
        {
            "en": "Housing",
            "fr": "Logement",
            "de": "Wohnen",
            "es": "Vivienda",
            "it": "Abitazione",
            "el": "Στέγαση",
            "pt": "Habitação",
            "sv": "Bostäder",
        },
    ),
    (
        "language-learning",
        {
            "en": "Language learning",
            "fr": "Apprentissage de la langue",
            "de": "Spracherwerb",
            "es": "Aprendizaje de la lengua",
            "it": "Apprendimento della lingua",
            "el": "Εκμάθηση της γλώσσας",
            "pt": "Aprendizagem da língua",
            "sv": "Språkinlärning",
        },
    ),
    (
        "culture-religion",
        {
            "en": "Culture and religion",
            "fr": "Culture et religion",
            "de": "Kultur und Religion",
            "es": "Cultura y religión",
            "it": "Cultura e religione",
            "el": "Πολιτισμός και θρησκεία",
            "pt": "Cultura e religião",
            "sv": "Kultur och religion",
        },
    ),
    (
        "social-security-assistance",
        {
            "en": "Social security and social assistance",
            "fr": "Sécurité sociale et aide sociale",
            "de": "Soziale Sicherheit und Sozialhilfe",
            "es": "Seguridad social y asistencia social",
            "it": "Previdenza e assistenza sociale",
            "el": "Κοινωνική ασφάλιση και κοινωνική πρόνοια",
            "pt": "Segurança social e assistência social",
            "sv": "Social trygghet och socialt bistånd",
        },
    ),
    (
        "political-participation",
        {
            "en": "Political participation",
            "fr": "Participation politique",
            "de": "Politische Partizipation",
            "es": "Participación política",
            "it": "Partecipazione politica",
            "el": "Πολιτική συμμετοχή",
            "pt": "Participação política",
            "sv": "Politiskt deltagande",
        },
    ),
    (
        "anti-discrimination",
        {
            "en": "Anti-discrimination",
            "fr": "Lutte contre les discriminations",
            "de": "Antidiskriminierung",
            "es": "Lucha contra la discriminación",
            "it": "Contrasto alle discriminazioni",
            "el": "Καταπολέμηση των διακρίσεων",
            "pt": "Combate à discriminação",
            "sv": "Antidiskriminering",
        },
    ),
)

# Target groups of a practice.
TARGET_GROUPS = (
    (
        "third-country-nationals",
        {
            "en": "Third-country nationals",
            "fr": "Ressortissants de pays tiers",
            "de": "Drittstaatsangehörige",
            "es": "Nacionales de terceros países",
            "it": "Cittadini di paesi terzi",
            "el": "Υπήκοοι τρίτων χωρών",
            "pt": "Nacionais de países terceiros",
            "sv": "Tredjelandsmedborgare",
        },
    ),
    (
        "beneficiaries-international-protection",
        {
            "en": "Beneficiaries of international protection",
            "fr": "Bénéficiaires d'une protection internationale",
            "de": "Personen mit internationalem Schutz",
            "es": "Beneficiarios de protección internacional",
            "it": "Titolari di protezione internazionale",
            "el": "Δικαιούχοι διεθνούς προστασίας",
            "pt": "Beneficiários de proteção internacional",
            "sv": "Personer med internationellt skydd",
        },
    ),
    (
        "asylum-seekers",
        {
            "en": "Asylum seekers",
            "fr": "Demandeurs d'asile",
            "de": "Asylsuchende",
            "es": "Solicitantes de asilo",
            "it": "Richiedenti asilo",
            "el": "Αιτούντες άσυλο",
            "pt": "Requerentes de asilo",
            "sv": "Asylsökande",
        },
    ),
    (
        "unaccompanied-minors",
        {
            "en": "Unaccompanied minors",
            "fr": "Mineurs non accompagnés",
            "de": "Unbegleitete Minderjährige",
            "es": "Menores no acompañados",
            "it": "Minori stranieri non accompagnati",
            "el": "Ασυνόδευτοι ανήλικοι",
            "pt": "Menores não acompanhados",
            "sv": "Ensamkommande barn",
        },
    ),
    (
        "migrant-women",
        {
            "en": "Migrant women",
            "fr": "Femmes migrantes",
            "de": "Migrantinnen",
            "es": "Mujeres migrantes",
            "it": "Donne migranti",
            "el": "Μετανάστριες",
            "pt": "Mulheres migrantes",
            "sv": "Utrikes födda kvinnor",
        },
    ),
    (
        "young-people",
        {
            "en": "Young people",
            "fr": "Jeunes",
            "de": "Junge Menschen",
            "es": "Jóvenes",
            "it": "Giovani",
            "el": "Νέοι",
            "pt": "Jovens",
            "sv": "Unga",
        },
    ),
    (
        "receiving-society",
        {
            "en": "Receiving society",
            "fr": "Société d'accueil",
            "de": "Aufnahmegesellschaft",
            "es": "Sociedad de acogida",
            "it": "Società di accoglienza",
            "el": "Κοινωνία υποδοχής",
            "pt": "Sociedade de acolhimento",
            "sv": "Det mottagande samhället",
        },
    ),
)

# Funding sources. Names of the non-EU sources read as "<kind of> funding".
FUNDING_SOURCES = (
    (
        "amif",
        {
            "en": "EU: Asylum, Migration and Integration Fund (AMIF)",
            "fr": "UE : Fonds « Asile, migration et intégration » (FAMI)",
            "de": "EU: Asyl-, Migrations- und Integrationsfonds (AMIF)",
            "es": "UE: Fondo de Asilo, Migración e Integración (FAMI)",
            "it": "UE: Fondo Asilo, Migrazione e Integrazione (FAMI)",
            "el": "ΕΕ: Ταμείο Ασύλου, Μετανάστευσης και Ένταξης (ΤΑΜΕ)",
            "pt": "UE: Fundo para o Asilo, a Migração e a Integração (FAMI)",
            "sv": "EU: Asyl-, migrations- och integrationsfonden (AMIF)",
        },
    ),
    (
        "esf-plus",
        {
            "en": "EU: European Social Fund Plus (ESF+)",
            "fr": "UE : Fonds social européen plus (FSE+)",
            "de": "EU: Europäischer Sozialfonds Plus (ESF+)",
            "es": "UE: Fondo Social Europeo Plus (FSE+)",
            "it": "UE: Fondo sociale europeo Plus (FSE+)",
            "el": "ΕΕ: Ευρωπαϊκό Κοινωνικό Ταμείο+ (ΕΚΤ+)",
            "pt": "UE: Fundo Social Europeu Mais (FSE+)",
            "sv": "EU: Europeiska socialfonden+ (ESF+)",
        },
    ),
    (
        "erdf",
        {
            "en": "EU: European Regional Development Fund (ERDF)",
            "fr": "UE : Fonds européen de développement régional (FEDER)",
            "de": "EU: Europäischer Fonds für regionale Entwicklung (EFRE)",
            "es": "UE: Fondo Europeo de Desarrollo Regional (FEDER)",
            "it": "UE: Fondo europeo di sviluppo regionale (FESR)",
            "el": "ΕΕ: Ευρωπαϊκό Ταμείο Περιφερειακής Ανάπτυξης (ΕΤΠΑ)",
            "pt": "UE: Fundo Europeu de Desenvolvimento Regional (FEDER)",
            "sv": "EU: Europeiska regionala utvecklingsfonden (Eruf)",
        },
    ),
    (
        "interreg",
        {
            "en": "EU: Interreg",
            "fr": "UE : Interreg",
            "de": "EU: Interreg",
            "es": "UE: Interreg",
            "it": "UE: Interreg",
            "el": "ΕΕ: Interreg",
            "pt": "UE: Interreg",
            "sv": "EU: Interreg",
        },
    ),
    (
        "national",
        {
            "en": "National",
            "fr": "National",
            "de": "National",
            "es": "Nacional",
            "it": "Nazionale",
            "el": "Εθνικοί πόροι",
            "pt": "Nacional",
            "sv": "Nationell",
        },
    ),
    (
        "regional",
        {
            "en": "Regional",
            "fr": "Régional",
            "de": "Regional",
            "es": "Regional",
            "it": "Regionale",
            "el": "Περιφερειακοί πόροι",
            "pt": "Regional",
            "sv": "Regional",
        },
    ),
    (
        "municipal",
        {
            "en": "Municipal",
            "fr": "Municipal",
            "de": "Kommunal",
            "es": "Municipal",
            "it": "Comunale",
            "el": "Δημοτικοί πόροι",
            "pt": "Municipal",
            "sv": "Kommunal",
        },
    ),
    (
        "private-foundation",
        {
            "en": "Private or foundation",
            "fr": "Privé ou fondation",
            "de": "Privat oder Stiftung",
            "es": "Privada o fundación",
            "it": "Privato o fondazione",
            "el": "Ιδιωτικοί πόροι ή ιδρύματα",
            "pt": "Privado ou fundação",
            "sv": "Privat eller stiftelse",
        },
    ),
    (
        "other",
        {
            "en": "Other",
            "fr": "Autre",
            "de": "Sonstige",
            "es": "Otra",
            "it": "Altro",
            "el": "Άλλες πηγές",
            "pt": "Outro",
            "sv": "Annan",
        },
    ),
)

# What each aspect assesses at regional level: one sentence per locale.
ASPECT_DESCRIPTIONS = {
    "communication": {
        "en": "How well the practice informs migrants, partners and the wider public in the region, in languages people understand and through suitable channels.",
        "fr": "Dans quelle mesure la pratique informe les personnes migrantes, les partenaires et le grand public de la région, dans des langues comprises de tous et par des canaux adaptés.",
        "de": "Wie gut die Praxis Zugewanderte, Partner und die breite Öffentlichkeit in der Region informiert, in verständlichen Sprachen und über geeignete Kanäle.",
        "es": "En qué medida la práctica informa a las personas migrantes, a los socios y a la ciudadanía de la región, en lenguas comprensibles y por canales adecuados.",
        "it": "In che misura la pratica informa le persone migranti, i partner e la cittadinanza della regione, in lingue comprensibili e attraverso canali adeguati.",
        "el": "Σε ποιο βαθμό η πρακτική ενημερώνει τους μετανάστες, τους εταίρους και το ευρύ κοινό της περιφέρειας, σε κατανοητές γλώσσες και μέσα από κατάλληλα κανάλια.",
        "pt": "Em que medida a prática informa as pessoas migrantes, os parceiros e o público em geral da região, em línguas compreensíveis e através de canais adequados.",
        "sv": "Hur väl insatsen informerar migranter, samarbetspartner och allmänheten i regionen, på språk som människor förstår och via lämpliga kanaler.",
    },
    "inclusion": {
        "en": "Whether the practice reaches the people it is meant for, including those hardest to reach, and involves them on equal terms.",
        "fr": "Si la pratique atteint les personnes auxquelles elle s'adresse, y compris les plus difficiles à toucher, et les associe sur un pied d'égalité.",
        "de": "Ob die Praxis die Menschen erreicht, für die sie gedacht ist, auch schwer erreichbare Gruppen, und sie gleichberechtigt einbezieht.",
        "es": "Si la práctica llega a las personas a las que se dirige, incluidas las más difíciles de alcanzar, y las implica en condiciones de igualdad.",
        "it": "Se la pratica raggiunge le persone a cui è destinata, comprese quelle più difficili da raggiungere, e le coinvolge in condizioni di parità.",
        "el": "Αν η πρακτική φτάνει στους ανθρώπους στους οποίους απευθύνεται, ακόμη και σε όσους προσεγγίζονται δυσκολότερα, και τους εμπλέκει ισότιμα.",
        "pt": "Se a prática chega às pessoas a quem se destina, incluindo as mais difíceis de alcançar, e as envolve em condições de igualdade.",
        "sv": "Om insatsen når dem den är avsedd för, även dem som är svårast att nå, och involverar dem på lika villkor.",
    },
    "innovation": {
        "en": "Whether the practice brings a new approach, tool or combination of services to integration work in the region.",
        "fr": "Si la pratique apporte une approche, un outil ou une combinaison de services nouveaux au travail d'intégration dans la région.",
        "de": "Ob die Praxis einen neuen Ansatz, ein neues Instrument oder eine neue Kombination von Angeboten in die Integrationsarbeit der Region einbringt.",
        "es": "Si la práctica aporta un enfoque, una herramienta o una combinación de servicios nuevos al trabajo de integración en la región.",
        "it": "Se la pratica introduce un approccio, uno strumento o una combinazione di servizi nuovi nel lavoro di integrazione della regione.",
        "el": "Αν η πρακτική φέρνει μια νέα προσέγγιση, ένα νέο εργαλείο ή έναν νέο συνδυασμό υπηρεσιών στο έργο της ένταξης στην περιφέρεια.",
        "pt": "Se a prática traz uma abordagem, um instrumento ou uma combinação de serviços novos ao trabalho de integração na região.",
        "sv": "Om insatsen tillför integrationsarbetet i regionen ett nytt arbetssätt, ett nytt verktyg eller en ny kombination av insatser.",
    },
    "multi-level-governance": {
        "en": "How the practice links the regional authority with local, national and European levels of government and shares out their roles.",
        "fr": "Comment la pratique relie l'autorité régionale aux niveaux local, national et européen et répartit les rôles entre eux.",
        "de": "Wie die Praxis die Regionalbehörde mit der kommunalen, nationalen und europäischen Ebene verbindet und die Aufgaben zwischen ihnen verteilt.",
        "es": "Cómo la práctica conecta a la autoridad regional con los niveles local, estatal y europeo y reparte las funciones entre ellos.",
        "it": "Come la pratica collega l'autorità regionale ai livelli locale, nazionale ed europeo e ne ripartisce i ruoli.",
        "el": "Πώς η πρακτική συνδέει την περιφερειακή αρχή με το τοπικό, το εθνικό και το ευρωπαϊκό επίπεδο και πώς κατανέμει τους ρόλους μεταξύ τους.",
        "pt": "Como a prática articula a autoridade regional com os níveis local, nacional e europeu e reparte as funções entre eles.",
        "sv": "Hur insatsen kopplar samman den regionala myndigheten med lokal, nationell och europeisk nivå och fördelar rollerna mellan dem.",
    },
    "multi-stakeholder-approach": {
        "en": "How the practice involves civil society, migrant organisations, employers, social partners and researchers alongside public bodies.",
        "fr": "Comment la pratique associe la société civile, les associations de personnes migrantes, les employeurs, les partenaires sociaux et les chercheurs aux côtés des pouvoirs publics.",
        "de": "Wie die Praxis neben öffentlichen Stellen auch Zivilgesellschaft, Migrantenorganisationen, Arbeitgeber, Sozialpartner und Forschung einbindet.",
        "es": "Cómo la práctica implica a la sociedad civil, las asociaciones de personas migrantes, las empresas, los agentes sociales y el ámbito académico junto a las administraciones públicas.",
        "it": "Come la pratica coinvolge, accanto agli enti pubblici, il terzo settore, le associazioni di migranti, i datori di lavoro, le parti sociali e il mondo della ricerca.",
        "el": "Πώς η πρακτική εμπλέκει, πέρα από τους δημόσιους φορείς, την κοινωνία των πολιτών, τις οργανώσεις μεταναστών, τους εργοδότες, τους κοινωνικούς εταίρους και την έρευνα.",
        "pt": "Como a prática envolve, a par dos organismos públicos, a sociedade civil, as associações de migrantes, os empregadores, os parceiros sociais e a investigação.",
        "sv": "Hur insatsen, vid sidan av offentliga aktörer, involverar civilsamhället, migrantorganisationer, arbetsgivare, arbetsmarknadens parter och forskare.",
    },
    "monitoring-evaluation": {
        "en": "Whether the practice collects data on its progress and results and has been assessed, internally or by an independent evaluator.",
        "fr": "Si la pratique recueille des données sur son avancement et ses résultats et si elle a été évaluée, en interne ou par un évaluateur indépendant.",
        "de": "Ob die Praxis Daten zu Fortschritt und Ergebnissen erhebt und intern oder durch eine unabhängige Stelle evaluiert wurde.",
        "es": "Si la práctica recoge datos sobre su avance y sus resultados y si ha sido evaluada, internamente o por una entidad evaluadora independiente.",
        "it": "Se la pratica raccoglie dati sui propri progressi e risultati ed è stata valutata, internamente o da un valutatore indipendente.",
        "el": "Αν η πρακτική συλλέγει δεδομένα για την πρόοδο και τα αποτελέσματά της και αν έχει αξιολογηθεί, εσωτερικά ή από ανεξάρτητο αξιολογητή.",
        "pt": "Se a prática recolhe dados sobre a sua evolução e os seus resultados e se foi avaliada, internamente ou por um avaliador independente.",
        "sv": "Om insatsen samlar in uppgifter om framsteg och resultat och om den har utvärderats, internt eller av en oberoende utvärderare.",
    },
    "sustainability": {
        "en": "Whether the practice can continue beyond its initial funding, with stable resources, a place in regional policy and staff who keep the know-how.",
        "fr": "Si la pratique peut se poursuivre au-delà de son financement initial, grâce à des ressources stables, à un ancrage dans la politique régionale et à des équipes qui conservent le savoir-faire.",
        "de": "Ob die Praxis über die Anschubfinanzierung hinaus fortbestehen kann, dank stabiler Mittel, einer Verankerung in der Regionalpolitik und Personal, das das Wissen hält.",
        "es": "Si la práctica puede mantenerse más allá de su financiación inicial, con recursos estables, arraigo en la política regional y un equipo que conserve el conocimiento.",
        "it": "Se la pratica può proseguire oltre il finanziamento iniziale, grazie a risorse stabili, al radicamento nella programmazione regionale e a personale che ne conserva le competenze.",
        "el": "Αν η πρακτική μπορεί να συνεχιστεί μετά την αρχική χρηματοδότηση, με σταθερούς πόρους, θέση στην περιφερειακή πολιτική και προσωπικό που διατηρεί την τεχνογνωσία.",
        "pt": "Se a prática pode continuar para além do financiamento inicial, com recursos estáveis, enquadramento na política regional e equipas que preservam o saber-fazer.",
        "sv": "Om insatsen kan fortsätta efter den första finansieringen, med stabila resurser, förankring i den regionala politiken och personal som behåller kunskapen.",
    },
}


def slugs(taxonomy):
    """Return the slugs of a taxonomy tuple, in display order."""
    return tuple(slug for slug, _names in taxonomy)


if __name__ == "__main__":
    import re

    slug_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    assert slugs(ASPECTS) == (
        "communication",
        "inclusion",
        "innovation",
        "multi-level-governance",
        "multi-stakeholder-approach",
        "monitoring-evaluation",
        "sustainability",
    )
    assert [names["en"] for _slug, names in ASPECTS] == [
        "Communication",
        "Inclusion",
        "Innovation",
        "Multi-Level Governance",
        "Multi-Stakeholder Approach",
        "Monitoring & Evaluation",
        "Sustainability",
    ]
    assert len(POLICY_AREAS) == 9 and len(TARGET_GROUPS) == 7 and len(FUNDING_SOURCES) == 9
    for name, taxonomy in (
        ("ASPECTS", ASPECTS),
        ("POLICY_AREAS", POLICY_AREAS),
        ("TARGET_GROUPS", TARGET_GROUPS),
        ("FUNDING_SOURCES", FUNDING_SOURCES),
    ):
        found = slugs(taxonomy)
        assert len(set(found)) == len(found), f"{name}: duplicate slug"
        for slug, names in taxonomy:
            assert slug_re.match(slug), f"{name}: bad slug {slug!r}"
            assert tuple(names) == LOCALES, f"{name}/{slug}: locales {tuple(names)}"
            assert all(value.strip() for value in names.values()), f"{name}/{slug}: empty name"
        print(f"{name}: {len(taxonomy)} entries x {len(LOCALES)} locales")
    assert tuple(ASPECT_DESCRIPTIONS) == slugs(ASPECTS)
    for slug, texts in ASPECT_DESCRIPTIONS.items():
        assert tuple(texts) == LOCALES, f"ASPECT_DESCRIPTIONS/{slug}: locales"
        assert all(text.strip().endswith(".") for text in texts.values())
    for _slug, names in ASPECTS:
        assert any("\u0370" <= ch <= "\u03ff" for ch in names["el"]), (
            "Greek must be in Greek script"
        )
    print("ASPECT_DESCRIPTIONS:", len(ASPECT_DESCRIPTIONS), "aspects x", len(LOCALES), "locales")
    print("taxonomy OK")
