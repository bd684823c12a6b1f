// de: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Dies ist eine inoffizielle Übersetzung; maßgeblich ist das englische Original.",
  "strings": {
    "title": "Checkliste für koordiniertes Branding und koordinierte Kommunikation",
    "intro": "Mit der folgenden Checkliste können Städte und ihre Akteure analysieren, wo sie bei der Gewinnung internationaler Talente und der Kommunikation mit ihnen stehen. Die Liste kann genutzt werden, um die Diskussion zwischen den Akteuren anzuregen, Lücken zu erkennen und gemeinsame Maßnahmen zu entwickeln.",
    "sections.before-arrival.title": "Vor der Ankunft",
    "sections.during-stay.title": "Während des Aufenthalts",
    "sections.after-departure.title": "Nach der Abreise",
    "questions.before-arrival-1": "Wissen Sie, warum Sie „Talente“ gewinnen wollen und welche Art von Talenten Sie suchen? Haben Sie klare Rekrutierungsziele und Zielgruppen (etwa Fachkräfte, gegebenenfalls in bestimmten Branchen, Wissenschaftlerinnen und Wissenschaftler/Forschende, Studierende usw.)?",
    "questions.before-arrival-2": "Verstehen Sie Ihre Zielgruppe und wissen Sie, was ihr bei der Wahl eines Unternehmens, einer Stadt oder einer Hochschule als Ziel wichtig ist?",
    "questions.before-arrival-3": "Stehen Ihre Internationalisierungsmaßnahmen im Einklang mit den städtischen oder regionalen Entwicklungsstrategien in den Bereichen Bildung, Forschung und wirtschaftliche Entwicklung?",
    "questions.before-arrival-4": "Haben Sie gemeinsame Interessen der städtischen Akteure bei der Gewinnung von Talenten ermittelt, und spiegeln sich diese in Ihrem Branding wider?",
    "questions.before-arrival-5": "Gibt es eine klare und vereinbarte Aufgabenverteilung zwischen Stadt, Hochschulen, Unternehmen, Studierendenorganisationen, anderen relevanten lokalen Akteuren und nationalen Organisationen in Bezug auf Branding und Rekrutierung?",
    "questions.during-stay-1": "Können Sie für jede Gruppe (Fachkräfte, Studierende, Familien) zugängliche und relevante Informationen bereitstellen, die nicht nur von offiziellen Stellen stammen, sondern auch von den Nutzerinnen und Nutzern selbst erstellt werden?",
    "questions.during-stay-2": "Können Sie Ihre internationalen Talente in der jeweils relevanten Fremdsprache (Englisch oder einer anderen) betreuen, nicht nur in behördlichen Angelegenheiten oder in Studiengängen, sondern auch in praktischen Fragen des Alltags?",
    "questions.during-stay-3": "Können Sie aktiv darauf hinwirken, die Erfahrungen, Herausforderungen und Probleme internationaler Zugezogener zu verstehen, und sie an der gemeinsamen Entwicklung von Branding und Kommunikation beteiligen?",
    "questions.during-stay-4": "Können Sie Unterstützung bei behördlichen Angelegenheiten und beim Knüpfen von Kontakten zu lokalen Gemeinschaften anbieten?",
    "questions.during-stay-5": "Gibt es eine klare und vereinbarte Aufgabenverteilung zwischen Stadt, Hochschule, Unternehmen, Studierendenorganisationen und nationalen Organisationen in Bezug auf Markenentwicklung und Interaktionen?",
    "questions.after-departure-1": "Unterstützen Sie ein aktives internationales „Alumni“-Netzwerk und halten Sie aktiv Kontakt?",
    "questions.after-departure-2": "Beziehen Sie internationale Bürgerinnen und Bürger sowie Alumni in die Rekrutierung neuer Talente oder als Botschafterinnen und Botschafter der Stadt ein?",
    "leads.0": "Stadt",
    "leads.1": "Hochschulen",
    "leads.2": "Unternehmen",
    "leads.3": "Studierendenorganisationen",
    "leads.4": "Andere lokale Akteure",
    "leads.5": "Nationale Organisationen",
    "scoring.note": "Die Quelle gibt keine Antwortskala und keine Werte; unsere: Ja = 1 Punkt, Teilweise = 0,5, Nein = 0. Unbeantwortete Fragen und solche mit „Nicht zutreffend“ bleiben außen vor: der Wert eines Abschnitts sind seine Punkte geteilt durch die Zahl seiner beantworteten zutreffenden Fragen, der Gesamtwert ebenso über alle, und jeder Wert nennt, auf wie vielen Antworten er beruht. Ein Abschnitts ohne beantwortete Frage hat keinen Wert (nicht 0 %). Werte erscheinen als ganze Prozent; die Exporte behalten eine Nachkommastelle. Teilweise zählt halb, weil das Buch fragt, ob etwas eingerichtet und vereinbart ist, und eine teilweise Regelung ist weder das eine noch das andere."
  }
};
