# ruff: noqa: E501 - pure data: long translated sentences, as in demo_content.py
"""Demo translations: what translators of the lab have translated so far.

Pure data for `load_demo`, which feeds it to wagtail-localize as translators'
work (translated strings of a translation source) and publishes the pages.
Keyed by page slug, then field, then locale. The home page, the two index pages,
the content pages, the six partner regions, their actions and twelve practices
are translated into Italian, Spanish and Swedish: titles, introductions and
summaries (and the region profiles' responsible bodies); the longer texts wait
for translators and fall back to English meanwhile, as wagtail-localize does.
Written for this project.
"""

DEMO_TRANSLATION_LOCALES = ("it", "es", "sv")

# The practices translated in the demo: two per partner region.
TRANSLATED_PRACTICES = (
    "intercultural-school-weeks-azores",
    "workplace-portuguese-azores",
    "health-mediators-campania",
    "skills-profiling-job-centres-campania",
    "first-reception-service-catalonia",
    "anti-rumour-network-catalonia",
    "farmworker-housing-mediation-murcia",
    "school-welcome-classrooms-murcia",
    "participatory-migration-plan-puglia",
    "confiscated-land-cooperatives-puglia",
    "civic-orientation-mother-tongue-skane",
    "refugee-parents-groups-skane",
)

TRANSLATIONS = {
    # --- home, index and content pages ----------------------------------------
    "home": {
        "title": {"it": "Integration Lab", "es": "Integration Lab", "sv": "Integration Lab"},
        "intro": {
            "it": "Le regioni d'Europa condividono qui come integrano migranti e rifugiati: cerca le pratiche, confronta le regioni e impara dalle azioni delle regioni partner.",
            "es": "Las regiones de Europa comparten aquí cómo integran a migrantes y refugiados: busca prácticas, compara regiones y aprende de las acciones de las regiones socias.",
            "sv": "Här berättar Europas regioner hur de arbetar med integration av migranter och flyktingar: sök bland insatserna, jämför regioner och lär av partnerregionernas egna insatser.",
        },
    },
    "practices": {
        "title": {"it": "Pratiche", "es": "Prácticas", "sv": "Insatser"},
        "intro": {
            "it": "Cerca e filtra le pratiche di integrazione dei migranti a cui partecipa un'autorità regionale.",
            "es": "Busca y filtra prácticas de integración de migrantes en las que participa una autoridad regional.",
            "sv": "Sök och filtrera insatser för integration av migranter där en regional myndighet deltar.",
        },
    },
    "regions": {
        "title": {"it": "Regioni", "es": "Regiones", "sv": "Regioner"},
        "intro": {
            "it": "Le regioni partner del laboratorio e le altre regioni di cui raccoglie le pratiche.",
            "es": "Las regiones socias del laboratorio y las demás regiones cuyas prácticas recoge.",
            "sv": "Labbets partnerregioner och de andra regioner vars insatser labbet samlar.",
        },
    },
    "guidelines": {
        "title": {"it": "Linee guida", "es": "Orientaciones", "sv": "Riktlinjer"},
        "intro": {
            "it": "Come descrivere una pratica perché un'altra regione possa impararne, e come si valutano i sette aspetti del quadro di valutazione.",
            "es": "Cómo describir una práctica para que otra región pueda aprender de ella, y cómo se valoran los siete aspectos del marco de evaluación.",
            "sv": "Hur en insats beskrivs så att en annan region kan lära av den, och hur utvärderingsramens sju aspekter bedöms.",
        },
    },
    "glossary": {
        "title": {"it": "Glossario", "es": "Glosario", "sv": "Ordlista"},
        "intro": {
            "it": "I termini usati dal laboratorio, da cittadino di paese terzo a governance multilivello.",
            "es": "Los términos que usa el laboratorio, de nacional de tercer país a gobernanza multinivel.",
            "sv": "Begreppen som labbet använder, från tredjelandsmedborgare till flernivåstyrning.",
        },
    },
    "about": {
        "title": {"it": "Il laboratorio", "es": "Sobre el laboratorio", "sv": "Om labbet"},
        "intro": {
            "it": "Uno strumento di apprendimento reciproco per le autorità regionali che lavorano all'integrazione di migranti e rifugiati, realizzato con sei regioni partner.",
            "es": "Una herramienta de aprendizaje mutuo para las autoridades regionales que trabajan en la integración de migrantes y refugiados, impulsada con seis regiones socias.",
            "sv": "Ett verktyg för ömsesidigt lärande för regionala myndigheter som arbetar med integration av migranter och flyktingar, drivet tillsammans med sex partnerregioner.",
        },
    },
    "share-a-practice": {
        "title": {
            "it": "Condividi una pratica",
            "es": "Comparte una práctica",
            "sv": "Dela en insats",
        },
        "intro": {
            "it": "Racconta al laboratorio una pratica di integrazione dei migranti a cui partecipa un'autorità regionale.",
            "es": "Cuenta al laboratorio una práctica de integración de migrantes en la que participa una autoridad regional.",
            "sv": "Berätta för labbet om en insats för integration av migranter där en regional myndighet deltar.",
        },
    },
    # --- the six partner regions ----------------------------------------------------
    "azores": {
        "title": {"it": "Azzorre", "es": "Azores", "sv": "Azorerna"},
        "intro": {
            "it": "Un arcipelago atlantico di nove isole abitate e regione autonoma del Portogallo. A lungo terra di emigrazione, oggi accoglie anche nuovi arrivati dal Brasile, da Capo Verde e dall'Asia meridionale e riaccoglie gli emigrati che tornano dal Nord America.",
            "es": "Un archipiélago atlántico de nueve islas habitadas y región autónoma de Portugal. Tierra de emigración durante mucho tiempo, hoy recibe también a recién llegados de Brasil, Cabo Verde y el sur de Asia y acoge a los emigrantes que regresan de Norteamérica.",
            "sv": "En ögrupp i Atlanten med nio bebodda öar och en självstyrande region i Portugal. Länge ett utvandrarland, tar den nu också emot nyanlända från Brasilien, Kap Verde och Sydasien och välkomnar utvandrare som återvänder från Nordamerika.",
        },
        "responsible_body": {
            "it": "Direzione regionale delle Comunità, presso la Presidenza del Governo regionale delle Azzorre",
            "es": "Dirección Regional de las Comunidades, adscrita a la Presidencia del Gobierno Regional de las Azores",
            "sv": "Regionala direktoratet för gemenskaper, under Azorernas regionala regerings presidentskap",
        },
    },
    "campania": {
        "title": {"it": "Campania", "es": "Campania", "sv": "Kampanien"},
        "intro": {
            "it": "Una regione densamente popolata del Sud Italia, con al centro Napoli. Molti residenti non UE lavorano in agricoltura nelle piane di Caserta e Salerno, nel lavoro domestico e di cura e nel commercio, spesso in modo irregolare.",
            "es": "Una región muy poblada del sur de Italia con centro en Nápoles. Muchos residentes de fuera de la UE trabajan en la agricultura de las llanuras de Caserta y Salerno, en los cuidados y en el comercio, a menudo de manera informal.",
            "sv": "En tätbefolkad region i södra Italien med Neapel som centrum. Många invånare från länder utanför EU arbetar inom jordbruket på slätterna kring Caserta och Salerno, inom hemtjänst och omsorg och i handeln, ofta utan formell anställning.",
        },
        "responsible_body": {
            "it": "Direzione generale per le Politiche sociali e socio-sanitarie della Regione Campania, con particolare attenzione all'inserimento lavorativo degli immigrati non UE",
            "es": "Dirección General de Políticas Sociales y de Bienestar de la Región de Campania, centrada en la integración laboral de los inmigrantes de fuera de la UE",
            "sv": "Generaldirektoratet för social- och välfärdspolitik i regionen Kampanien, med inriktning på arbetsmarknadsintegration av invandrare från länder utanför EU",
        },
    },
    "catalonia": {
        "title": {"it": "Catalogna", "es": "Cataluña", "sv": "Katalonien"},
        "intro": {
            "it": "Una comunità autonoma spagnola del nord-est, con una lingua propria e una lunga storia di accoglienza: prima da altre parti della Spagna e, dalla fine degli anni Novanta, dal Marocco, dall'America latina, dal Pakistan e da altri paesi.",
            "es": "Una comunidad autónoma del noreste de España, con lengua propia y una larga trayectoria de acogida: primero de personas de otras partes de España y, desde finales de los años noventa, de Marruecos, América Latina, Pakistán y otros países.",
            "sv": "En spansk självstyrande region i nordost med ett eget språk och en lång erfarenhet av inflyttning, först från andra delar av Spanien och sedan slutet av 1990-talet från Marocko, Latinamerika, Pakistan och andra länder.",
        },
        "responsible_body": {
            "it": "Segreteria per l'Uguaglianza, la Migrazione e la Cittadinanza del Dipartimento del Lavoro, degli Affari sociali e delle Famiglie, Governo della Catalogna",
            "es": "Secretaría de Igualdad, Migración y Ciudadanía del Departamento de Trabajo, Asuntos Sociales y Familias de la Generalitat de Cataluña",
            "sv": "Sekretariatet för jämlikhet, migration och medborgarskap vid departementet för arbete, sociala frågor och familjer, Kataloniens regering",
        },
    },
    "murcia": {
        "title": {"it": "Regione di Murcia", "es": "Región de Murcia", "sv": "Regionen Murcia"},
        "intro": {
            "it": "Una regione del sud-est della Spagna la cui orticoltura intensiva attira molta manodopera straniera, soprattutto dal Marocco, dall'Ecuador e dall'Africa subsahariana. La quota di residenti stranieri è tra le più alte del paese.",
            "es": "Una región del sureste de España cuya horticultura intensiva atrae a mucha mano de obra extranjera, sobre todo de Marruecos, Ecuador y el África subsahariana. La proporción de residentes extranjeros es de las más altas de España.",
            "sv": "En region i sydöstra Spanien vars intensiva grönsaksodling drar till sig många utländska arbetare, främst från Marocko, Ecuador och Afrika söder om Sahara. Andelen utländska invånare hör till de högsta i Spanien.",
        },
        "responsible_body": {
            "it": "Direzione generale dei Servizi sociali e delle relazioni con il Terzo settore, Assessorato regionale per le Donne, l'Uguaglianza, la Famiglia e le Politiche sociali",
            "es": "Dirección General de Servicios Sociales y Relaciones con el Tercer Sector, Consejería de Mujer, Igualdad, Familia y Política Social",
            "sv": "Generaldirektoratet för sociala tjänster och relationer med den ideella sektorn, regionala ministeriet för kvinnor, jämställdhet, familj och socialpolitik",
        },
    },
    "puglia": {
        "title": {"it": "Puglia", "es": "Apulia", "sv": "Apulien"},
        "intro": {
            "it": "Il tacco d'Italia, affacciato sull'Adriatico e sullo Ionio, con una storia di arrivi via mare dagli anni Novanta. Il lavoro agricolo stagionale nel Foggiano richiama ogni estate migliaia di lavoratori non UE.",
            "es": "El tacón de Italia, entre los mares Adriático y Jónico, con una historia de llegadas por mar desde los años noventa. El trabajo agrícola de temporada en la zona de Foggia atrae cada verano a miles de trabajadores de fuera de la UE.",
            "sv": "Klacken på den italienska stöveln, mot Adriatiska och Joniska havet, dit människor har kommit sjövägen sedan 1990-talet. Säsongsarbetet i jordbruket kring Foggia lockar varje sommar tusentals arbetare från länder utanför EU.",
        },
        "responsible_body": {
            "it": "Sezione Sicurezza del cittadino, Politiche per le migrazioni e Antimafia sociale della Presidenza della Regione Puglia, che redige i piani triennali regionali sull'immigrazione",
            "es": "Sección de Seguridad Ciudadana, Migraciones y Políticas Sociales contra la Mafia de la Presidencia de la Región de Apulia, que elabora los planes regionales trienales de migración",
            "sv": "Sektionen för medborgarnas säkerhet, migration och social antimaffiapolitik vid regionen Apuliens presidentskap, som tar fram de regionala treåriga migrationsplanerna",
        },
    },
    "skane": {
        "title": {"it": "Scania", "es": "Escania", "sv": "Skåne"},
        "intro": {
            "it": "La contea più meridionale della Svezia, collegata a Copenaghen dal ponte dell'Øresund. Malmö e diverse città minori hanno accolto molti rifugiati nel 2015 e di nuovo dall'Ucraina nel 2022.",
            "es": "El condado más meridional de Suecia, unido a Copenhague por el puente de Øresund. Malmö y varias ciudades más pequeñas acogieron a muchos refugiados en 2015 y de nuevo desde Ucrania en 2022.",
            "sv": "Sveriges sydligaste län, förbundet med Köpenhamn via Öresundsbron. Malmö och flera mindre orter tog emot många flyktingar 2015 och på nytt från Ukraina 2022.",
        },
        "responsible_body": {
            "it": "Prefettura della contea di Scania (Länsstyrelsen Skåne), che coordina un partenariato con Region Skåne, il servizio pubblico per l'impiego, i comuni, le università e la società civile",
            "es": "Delegación Provincial de Escania (Länsstyrelsen Skåne), que coordina una alianza con Region Skåne, el servicio público de empleo, los municipios, las universidades y la sociedad civil",
            "sv": "Länsstyrelsen Skåne, som driver ett partnerskap med Region Skåne, Arbetsförmedlingen, kommunerna, universiteten och civilsamhället",
        },
    },
    # --- the partner regions' own actions -------------------------------------------
    "health-talk-skane": {
        "title": {
            "it": "Health Talk: comunicazione sanitaria co-progettata per i nuovi arrivati in Scania",
            "es": "Health Talk: comunicación sanitaria codiseñada para los recién llegados en Escania",
            "sv": "Health Talk: hälsokommunikation för nyanlända i Skåne, utformad tillsammans med dem",
        },
        "summary": {
            "it": "Un'azione innovativa in cui residenti appena arrivati, comunicatori sanitari e personale delle cure primarie progettano insieme brevi messaggi sanitari multilingue, sperimentati nei corsi di orientamento civico e nelle sale d'attesa dei centri di salute della Scania.",
            "es": "Una acción innovadora en la que residentes recién llegados, comunicadores de salud y personal de atención primaria diseñan juntos mensajes de salud breves y multilingües, probados en los cursos de orientación cívica y en las salas de espera de los centros de salud de Escania.",
            "sv": "En nyskapande insats där nyanlända, hälsokommunikatörer och personal i primärvården tillsammans tar fram korta flerspråkiga hälsobudskap, som prövas i samhällsorienteringen och i vårdcentralernas väntrum i hela Skåne.",
        },
    },
    "portuguese-on-every-island": {
        "title": {
            "it": "Portoghese su ogni isola: apprendimento misto della lingua per i nuovi arrivati nelle Azzorre",
            "es": "Portugués en cada isla: aprendizaje mixto de la lengua para los recién llegados en las Azores",
            "sv": "Portugisiska på varje ö: språkinlärning på distans och på plats för nyanlända på Azorerna",
        },
        "summary": {
            "it": "Corsi di portoghese per immigrati che uniscono lezioni online e tutoraggio settimanale in presenza nelle scuole e nelle sale parrocchiali, perché anche i nuovi arrivati delle isole più piccole possano imparare la lingua.",
            "es": "Cursos de portugués para inmigrantes que combinan clases en línea con tutorías presenciales semanales en escuelas y salones parroquiales, para que también los recién llegados de las islas más pequeñas puedan aprender la lengua.",
            "sv": "Portugisiskakurser för invandrare som kombinerar lektioner på nätet med handledning på plats varje vecka i skolor och församlingslokaler, så att även nyanlända på de mindre öarna kan lära sig språket.",
        },
    },
    "fair-work-pathways-campania": {
        "title": {
            "it": "Percorsi di lavoro regolare per lavoratori non UE in Campania",
            "es": "Itinerarios hacia un trabajo digno para trabajadores de fuera de la UE en Campania",
            "sv": "Vägar till schyssta jobb för arbetstagare från länder utanför EU i Kampanien",
        },
        "summary": {
            "it": "Centri per l'impiego, sindacati e organizzazioni agricole della Campania hanno offerto ai lavoratori non UE bilanci di competenze, brevi corsi professionali e inserimento in impieghi regolari, in alternativa al lavoro agricolo irregolare.",
            "es": "Los servicios de empleo, los sindicatos y las organizaciones agrarias de Campania ofrecieron a trabajadores de fuera de la UE evaluaciones de competencias, cursos profesionales breves y colocación en empleos regulares, como alternativa al trabajo agrícola informal.",
            "sv": "Arbetsförmedlingar, fackförbund och jordbrukarorganisationer i Kampanien erbjöd arbetstagare från länder utanför EU kompetenskartläggning, korta yrkeskurser och placering i reguljära jobb, som ett alternativ till svartarbete i jordbruket.",
        },
    },
    "discrimination-reporting-route-catalonia": {
        "title": {
            "it": "Segnalare e rispondere: un percorso regionale per le vittime di discriminazione",
            "es": "Denunciar y responder: un circuito regional para las víctimas de discriminación",
            "sv": "Anmäla och agera: en regional väg för den som utsatts för diskriminering",
        },
        "summary": {
            "it": "Un unico percorso regionale per segnalare le discriminazioni, che collega uffici comunali, ONG e segreteria regionale, perché i migranti che subiscono razzismo sul lavoro, nell'accesso alla casa o ai servizi ricevano consulenza e un seguito.",
            "es": "Un circuito regional único para denunciar la discriminación, que conecta oficinas municipales, ONG y la secretaría regional, para que las personas migrantes que sufren racismo en el trabajo, la vivienda o los servicios reciban asesoramiento y seguimiento.",
            "sv": "En samlad regional väg för att anmäla diskriminering, som knyter ihop kommunala kontor, frivilligorganisationer och det regionala sekretariatet, så att migranter som möter rasism i arbetslivet, på bostadsmarknaden eller i samhällsservicen får råd och uppföljning.",
        },
    },
    "housing-bridge-murcia": {
        "title": {
            "it": "Ponte per la casa: mediazione per l'affitto alle famiglie migranti a Murcia",
            "es": "Puente a la vivienda: mediación en el alquiler para familias migrantes en Murcia",
            "sv": "Bostadsbron: hyresförmedling för migrantfamiljer i Murcia",
        },
        "summary": {
            "it": "Un servizio regionale di mediazione che mette in contatto famiglie migranti e proprietari privati, offre una garanzia sull'affitto e segue entrambe le parti per un anno, in comuni dove i braccianti vivono spesso in alloggi sovraffollati o inadeguati.",
            "es": "Un servicio regional de mediación que pone en contacto a familias migrantes con propietarios particulares, ofrece una garantía de alquiler y acompaña a ambas partes durante un año, en localidades donde los trabajadores agrícolas viven a menudo en viviendas hacinadas o precarias.",
            "sv": "En regional förmedlingstjänst som sammanför migrantfamiljer med privata hyresvärdar, erbjuder hyresgaranti och följer båda parter under ett år, på orter där lantarbetare ofta bor trångt eller i undermåliga bostäder.",
        },
    },
    "learning-pathways-young-newcomers-puglia": {
        "title": {
            "it": "Percorsi di apprendimento per giovani nuovi arrivati in Puglia",
            "es": "Itinerarios de aprendizaje para jóvenes recién llegados en Apulia",
            "sv": "Lärvägar för unga nyanlända i Apulien",
        },
        "summary": {
            "it": "Giovani migranti dai 16 ai 21 anni, molti dei quali ex minori stranieri non accompagnati, hanno seguito percorsi su misura che univano licenza media, italiano e formazione professionale nei centri per l'istruzione degli adulti.",
            "es": "Jóvenes migrantes de 16 a 21 años, muchos de ellos antiguos menores no acompañados, siguieron itinerarios a medida que combinaban el título de secundaria inferior, el italiano y la formación profesional en centros de educación de adultos.",
            "sv": "Unga migranter mellan 16 och 21 år, många av dem tidigare ensamkommande barn, följde individuella lärvägar som kombinerade grundskolebetyg, italienska och yrkesutbildning vid vuxenutbildningscentrum.",
        },
    },
    # --- twelve practices, two per partner region ------------------------------------
    "intercultural-school-weeks-azores": {
        "title": {
            "it": "Settimane interculturali nelle scuole delle isole",
            "es": "Semanas interculturales en las escuelas de las islas",
            "sv": "Interkulturella temaveckor i öarnas skolor",
        },
        "summary": {
            "it": "Le scuole delle Azzorre hanno organizzato ogni anno una settimana di attività sulle migrazioni, unendo la storia dell'emigrazione azzorriana verso le Americhe all'esperienza dei nuovi arrivati che oggi vivono sulle isole.",
            "es": "Las escuelas de las Azores organizaron cada año una semana de actividades sobre migraciones, que unía la historia de la emigración azoriana a las Américas con la experiencia de los recién llegados que hoy viven en las islas.",
            "sv": "Skolor på Azorerna ordnade varje år en temavecka om migration, som förenade berättelsen om azoriernas utvandring till Amerika med erfarenheterna hos de nyanlända som i dag bor på öarna.",
        },
    },
    "workplace-portuguese-azores": {
        "title": {
            "it": "Portoghese sul posto di lavoro nella lavorazione del pesce e nei caseifici",
            "es": "Portugués en el lugar de trabajo en la industria conservera y láctea",
            "sv": "Portugisiska på arbetsplatsen i fiskberedning och mejerier",
        },
        "summary": {
            "it": "Brevi corsi di portoghese tenuti nei conservifici e nei caseifici durante l'orario di lavoro, con il lessico del mestiere e una parte dei costi a carico dei datori di lavoro.",
            "es": "Cursos breves de portugués impartidos en conserveras y lecherías durante la jornada laboral, con el vocabulario del oficio y parte del coste a cargo de las empresas.",
            "sv": "Korta portugisiskakurser på konservfabriker och mejerier under arbetstid, med yrkets ordförråd och där arbetsgivarna står för en del av kostnaden.",
        },
    },
    "health-mediators-campania": {
        "title": {
            "it": "Mediatori interculturali nei servizi sanitari territoriali",
            "es": "Mediadores interculturales en los servicios de salud locales",
            "sv": "Interkulturella medlare i den lokala hälso- och sjukvården",
        },
        "summary": {
            "it": "Mediatori interculturali lavorano negli ospedali, nei consultori familiari e nei servizi vaccinali di Napoli e Caserta, aiutando pazienti migranti e personale a comprendersi.",
            "es": "Mediadores interculturales trabajan en hospitales, centros de salud familiar y servicios de vacunación de Nápoles y Caserta, y ayudan a pacientes migrantes y personal sanitario a entenderse.",
            "sv": "Interkulturella medlare arbetar på sjukhus, familjehälsocentraler och vaccinationsmottagningar i Neapel och Caserta och hjälper patienter med utländsk bakgrund och personal att förstå varandra.",
        },
    },
    "skills-profiling-job-centres-campania": {
        "title": {
            "it": "Bilancio e riconoscimento delle competenze nei centri per l'impiego",
            "es": "Perfil y reconocimiento de competencias en los servicios públicos de empleo",
            "sv": "Kompetenskartläggning och validering på de offentliga arbetsförmedlingarna",
        },
        "summary": {
            "it": "I centri per l'impiego della Campania usano un colloquio multilingue sulle competenze per registrare istruzione ed esperienza lavorativa di persone in cerca di lavoro non UE e rifugiate, e le aiutano ad avviare il riconoscimento dei titoli esteri.",
            "es": "Los servicios de empleo de Campania utilizan una entrevista multilingüe de competencias para registrar la formación y la experiencia laboral de demandantes de empleo de fuera de la UE y refugiados, y les ayudan a iniciar el reconocimiento de sus títulos extranjeros.",
            "sv": "Arbetsförmedlingarna i Kampanien använder en flerspråkig kompetensintervju för att dokumentera utbildning och arbetslivserfarenhet hos arbetssökande från länder utanför EU och flyktingar, och hjälper dem att påbörja validering av utländska examina.",
        },
    },
    "first-reception-service-catalonia": {
        "title": {
            "it": "Servizio di prima accoglienza per i nuovi arrivati",
            "es": "Servicio de primera acogida para las personas recién llegadas",
            "sv": "Mottagningstjänst för nyanlända",
        },
        "summary": {
            "it": "Un servizio regionale, erogato dai comuni, che offre a ogni nuovo arrivato corsi di base di catalano e spagnolo, conoscenza della società e orientamento al lavoro, con un certificato utile per le pratiche di soggiorno.",
            "es": "Un servicio regional, prestado por los municipios, que ofrece a toda persona recién llegada cursos básicos de catalán y castellano, conocimiento de la sociedad y orientación laboral, con un certificado útil para los trámites de residencia.",
            "sv": "En regional tjänst som kommunerna tillhandahåller och som ger varje nyanländ grundkurser i katalanska och spanska, samhällskunskap och vägledning om arbetsmarknaden, med ett intyg som är till nytta i uppehållsärenden.",
        },
    },
    "anti-rumour-network-catalonia": {
        "title": {
            "it": "Rete di comuni contro le dicerie e gli stereotipi",
            "es": "Red de municipios contra los rumores y los estereotipos",
            "sv": "Nätverk av kommuner mot rykten och stereotyper",
        },
        "summary": {
            "it": "I comuni della Catalogna formano agenti volontari che contrastano le dicerie sui migranti nelle conversazioni di ogni giorno, con il sostegno di una rete regionale che condivide materiali, formazione e campagne.",
            "es": "Municipios de toda Cataluña forman a agentes voluntarios que desmontan los rumores sobre las personas migrantes en las conversaciones cotidianas, con el apoyo de una red regional que comparte materiales, formación y campañas.",
            "sv": "Kommuner i hela Katalonien utbildar frivilliga som bemöter rykten om migranter i vardagliga samtal, med stöd av ett regionalt nätverk som delar material, utbildning och kampanjer.",
        },
    },
    "farmworker-housing-mediation-murcia": {
        "title": {
            "it": "Mediazione abitativa per i braccianti nel Campo de Cartagena",
            "es": "Mediación en vivienda para trabajadores agrícolas en el Campo de Cartagena",
            "sv": "Bostadsförmedling för lantarbetare i Campo de Cartagena",
        },
        "summary": {
            "it": "Un progetto che ha migliorato le condizioni abitative dei braccianti migranti mediando tra proprietari e inquilini, ristrutturando case vuote e trasferendo le famiglie da casolari sovraffollati.",
            "es": "Un proyecto que mejoró la vivienda de los trabajadores agrícolas migrantes mediante la mediación entre propietarios e inquilinos, la rehabilitación de viviendas vacías y el traslado de familias que vivían hacinadas en cortijos.",
            "sv": "Ett projekt som förbättrade boendet för migrerande lantarbetare genom att medla mellan hyresvärdar och hyresgäster, rusta upp tomma bostäder och flytta familjer från överbefolkade gårdshus.",
        },
    },
    "school-welcome-classrooms-murcia": {
        "title": {
            "it": "Classi di accoglienza e mediazione interculturale nelle scuole",
            "es": "Aulas de acogida y mediación intercultural en los centros educativos",
            "sv": "Förberedelseklasser och interkulturell medling i skolan",
        },
        "summary": {
            "it": "Le scuole secondarie con molti alunni appena arrivati organizzano classi di accoglienza per lo spagnolo intensivo e lavorano con mediatori interculturali che sostengono alunni, famiglie e insegnanti.",
            "es": "Los institutos con mucho alumnado recién llegado organizan aulas de acogida para el aprendizaje intensivo del español y trabajan con mediadores interculturales que apoyan a alumnos, familias y docentes.",
            "sv": "Högstadie- och gymnasieskolor med många nyanlända elever har förberedelseklasser med intensiv spanska och arbetar med interkulturella medlare som stöttar elever, familjer och lärare.",
        },
    },
    "participatory-migration-plan-puglia": {
        "title": {
            "it": "Redazione partecipata del piano triennale regionale sull'immigrazione",
            "es": "Elaboración participativa del plan regional trienal de migración",
            "sv": "Delaktighet i arbetet med den regionala treåriga migrationsplanen",
        },
        "summary": {
            "it": "La Puglia prepara il piano triennale sull'immigrazione con consultazioni pubbliche in ogni provincia, insieme ad associazioni di migranti, comuni, aziende sanitarie e sindacati, e rende conto ogni anno di quanto realizzato.",
            "es": "Apulia prepara su plan trienal de migración mediante consultas públicas en cada provincia, con asociaciones de migrantes, municipios, autoridades sanitarias y sindicatos, e informa cada año de lo realizado.",
            "sv": "Apulien tar fram sin treåriga migrationsplan genom offentliga samråd i varje provins, tillsammans med migrantföreningar, kommuner, hälsomyndigheter och fackförbund, och redovisar varje år vad som har gjorts.",
        },
    },
    "confiscated-land-cooperatives-puglia": {
        "title": {
            "it": "Cooperative sociali sui terreni confiscati alla criminalità organizzata",
            "es": "Cooperativas sociales en tierras confiscadas al crimen organizado",
            "sv": "Sociala kooperativ på mark som beslagtagits från den organiserade brottsligheten",
        },
        "summary": {
            "it": "I terreni agricoli sottratti ai clan mafiosi sono affidati a cooperative sociali che impiegano rifugiati e giovani del posto e producono olio, ortaggi e vino con contratti regolari.",
            "es": "Las tierras agrícolas incautadas a los clanes mafiosos se ceden a cooperativas sociales que emplean a refugiados y jóvenes del lugar y producen aceite de oliva, hortalizas y vino con contratos justos.",
            "sv": "Jordbruksmark som beslagtagits från maffiaklaner överlåts till sociala kooperativ som anställer flyktingar och unga från trakten och producerar olivolja, grönsaker och vin med schyssta avtal.",
        },
    },
    "civic-orientation-mother-tongue-skane": {
        "title": {
            "it": "Orientamento civico nella lingua madre, con un modulo sulla salute",
            "es": "Orientación cívica en la lengua materna, con un módulo de salud",
            "sv": "Samhällsorientering på modersmålet, med en modul om hälsa",
        },
        "summary": {
            "it": "I rifugiati appena arrivati in Scania seguono un corso di 100 ore sulla società svedese nella propria lingua, tenuto da comunicatori formati; un modulo riguarda il sistema sanitario e il benessere psicologico.",
            "es": "Las personas refugiadas recién llegadas a Escania siguen un curso de 100 horas sobre la sociedad sueca en su propia lengua, impartido por comunicadores formados; un módulo trata el sistema sanitario y el bienestar psicológico.",
            "sv": "Nyanlända flyktingar i Skåne går en kurs på 100 timmar om det svenska samhället på sitt eget språk, ledd av utbildade samhällskommunikatörer; en modul handlar om hälso- och sjukvården och psykiskt välbefinnande.",
        },
    },
    "refugee-parents-groups-skane": {
        "title": {
            "it": "Gruppi di sostegno per genitori rifugiati",
            "es": "Grupos de apoyo para madres y padres refugiados",
            "sv": "Stödgrupper för föräldrar med flyktingbakgrund",
        },
        "summary": {
            "it": "Associazioni di educazione popolare hanno organizzato incontri di gruppo per genitori arrivati da poco come rifugiati, sull'essere genitori in un nuovo paese, sulla scuola e sui diritti dei bambini. Il modello è stato sperimentato in dodici comuni.",
            "es": "Asociaciones de educación popular organizaron encuentros de grupo para madres y padres llegados recientemente como refugiados, sobre la crianza en un país nuevo, la escuela y los derechos de la infancia. El modelo se probó en doce municipios.",
            "sv": "Studieförbund ordnade gruppträffar för föräldrar som nyligen kommit som flyktingar, om föräldraskap i ett nytt land, skolan och barns rättigheter. Modellen prövades i tolv kommuner.",
        },
    },
}

# The headings of the demo's map blocks (regions/demo.py), translated like the rest.
from regions.demo import MAP_TRANSLATIONS  # noqa: E402

for _slug, _fields in MAP_TRANSLATIONS.items():
    TRANSLATIONS[_slug].update(_fields)
