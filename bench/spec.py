"""The size of the synthetic corpus and its words (no Django models: the driver reads
it before Django starts)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from django.conf import settings

# Each language's words; the first ones are frequent so that text queries find something.
VOCABULARY = {
    "en": "language courses employment housing mentoring newcomers training health schools "
    "volunteers community guidance women youth refugees councils partnership integration "
    "workshops interpreters employers apprenticeships counselling neighbourhood families",
    "fr": "langue cours emploi logement parrainage nouveaux formation santé écoles bénévoles "
    "communauté orientation femmes jeunesse réfugiés conseils partenariat intégration "
    "ateliers interprètes employeurs apprentissage accompagnement quartier familles",
    "de": "Sprache Kurse Beschäftigung Wohnen Mentoring Neuankömmlinge Ausbildung Gesundheit "
    "Schulen Freiwillige Gemeinschaft Beratung Frauen Jugend Geflüchtete Gemeinden "
    "Partnerschaft Integration Werkstätten Dolmetscher Arbeitgeber Lehrstellen Familien",
    "es": "idioma cursos empleo vivienda mentoría recién formación salud escuelas voluntarios "
    "comunidad orientación mujeres juventud refugiados ayuntamientos asociación integración "
    "talleres intérpretes empleadores aprendizaje acompañamiento barrio familias",
    "it": "lingua corsi lavoro alloggio tutoraggio nuovi formazione salute scuole volontari "
    "comunità orientamento donne giovani rifugiati comuni partenariato integrazione "
    "laboratori interpreti datori apprendistato consulenza quartiere famiglie",
    "el": "γλώσσα μαθήματα απασχόληση στέγαση καθοδήγηση νεοαφιχθέντες κατάρτιση υγεία σχολεία "
    "εθελοντές κοινότητα συμβουλευτική γυναίκες νεολαία πρόσφυγες δήμοι σύμπραξη ένταξη "
    "εργαστήρια διερμηνείς εργοδότες μαθητεία οικογένειες",
    "pt": "língua cursos emprego habitação mentoria recém formação saúde escolas voluntários "
    "comunidade orientação mulheres juventude refugiados municípios parceria integração "
    "oficinas intérpretes empregadores aprendizagem acompanhamento bairro famílias",
    "sv": "språk kurser sysselsättning bostäder mentorskap nyanlända utbildning hälsa skolor "
    "volontärer gemenskap vägledning kvinnor ungdomar flyktingar kommuner partnerskap "
    "integration verkstäder tolkar arbetsgivare lärlingar rådgivning familjer",
}


@dataclass(frozen=True)
class CorpusSpec:
    practices: int = 5000
    regions: int = 200
    locales: int = 8
    seed: int = 8

    def locale_codes(self) -> list[str]:
        return [code for code, _name in settings.LANGUAGES][: self.locales]

    def key(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def words(locale: str) -> list[str]:
    return VOCABULARY[locale].split()


def query_words(locale: str) -> list[str]:
    """Frequent words of a locale: each benchmark text query uses one of them."""
    return words(locale)[:6]
