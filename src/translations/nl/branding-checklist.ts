// nl: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Dit is een niet-officiële vertaling; de oorspronkelijke Engelse tekst is leidend.",
  "strings": {
    "title": "Checklist voor gecoördineerde branding en communicatie",
    "intro": "Met de onderstaande checklist kunnen steden en hun stakeholders nagaan waar zij staan op het gebied van het aantrekken van en communiceren met internationaal talent. De lijst kan worden gebruikt om het gesprek tussen stakeholders op gang te brengen, lacunes in kaart te brengen en gezamenlijke acties te ontwikkelen.",
    "sections.before-arrival.title": "Vóór aankomst",
    "sections.during-stay.title": "Tijdens het verblijf",
    "sections.after-departure.title": "Na vertrek",
    "questions.before-arrival-1": "Weet u waarom u ‘talent’ wilt aantrekken en naar welk type talent u op zoek bent? Hebt u duidelijke wervingsdoelen en doelgroepen (zoals professionals, eventueel in specifieke sectoren, wetenschappers/onderzoekers, studenten enzovoort)?",
    "questions.before-arrival-2": "Begrijpt u uw doelgroep en wat zij belangrijk vindt bij de keuze van een bedrijf, een stad of een universiteit als bestemming?",
    "questions.before-arrival-3": "Sluiten uw internationaliseringsacties aan bij stedelijke of regionale ontwikkelingsstrategieën op het gebied van onderwijs, onderzoek en economische ontwikkeling?",
    "questions.before-arrival-4": "Hebt u een reeks gedeelde belangen van stedelijke stakeholders op het gebied van het aantrekken van talent vastgesteld, en komt dit terug in uw branding?",
    "questions.before-arrival-5": "Is er een duidelijke en afgesproken taakverdeling tussen stad, universiteiten, bedrijven, studentenorganisaties, andere relevante lokale stakeholders en nationale organisaties op het gebied van branding en werving?",
    "questions.during-stay-1": "Kunt u voor elke groep (professionals, studenten, gezinnen) toegankelijke en relevante informatie bieden die niet alleen door officiële organisaties wordt verstrekt, maar ook door gebruikers zelf wordt gemaakt?",
    "questions.during-stay-2": "Kunt u uw internationale talent bedienen in de relevante vreemde taal (Engels of een andere taal), niet alleen bij officiële zaken of in studieprogramma’s, maar ook bij praktische zaken van het dagelijks leven?",
    "questions.during-stay-3": "Kunt u actief proberen de ervaringen, uitdagingen en problemen van internationals te begrijpen en hen betrekken bij het samen ontwikkelen van branding en communicatie?",
    "questions.during-stay-4": "Kunt u ondersteuning bieden bij het afhandelen van officiële zaken en bij het leggen van contacten met lokale gemeenschappen?",
    "questions.during-stay-5": "Is er een duidelijke en afgesproken taakverdeling tussen stad, universiteit, bedrijven, studentenorganisaties en nationale organisaties op het gebied van merkontwikkeling en interacties?",
    "questions.after-departure-1": "Ondersteunt u een actief internationaal ‘alumni’-netwerk en houdt u actief contact?",
    "questions.after-departure-2": "Betrekt u internationale inwoners en alumni bij de werving van nieuw talent of als ambassadeurs van de stad?",
    "leads.0": "Stad",
    "leads.1": "Universiteiten",
    "leads.2": "Bedrijven",
    "leads.3": "Studentenorganisaties",
    "leads.4": "Andere lokale stakeholders",
    "leads.5": "Nationale organisaties",
    "scoring.note": "De bron geeft geen antwoordschaal en geen scores; van ons: Ja = 1 punt, Gedeeltelijk = 0,5, Nee = 0. Onbeantwoorde vragen en vragen met Niet van toepassing tellen niet mee: de score van een fase is het aantal punten gedeeld door het aantal beantwoorde toepasselijke vragen, de totaalscore evenzo over alle vragen, en bij elke score staat op hoeveel antwoorden hij berust. Een fase zonder beantwoorde vraag heeft geen score (niet 0 %). Scores staan als hele procenten; de exports houden één decimaal. Gedeeltelijk telt voor de helft, omdat het boek vraagt of iets geregeld en afgesproken is, en een gedeeltelijke regeling is geen van beide."
  }
};
