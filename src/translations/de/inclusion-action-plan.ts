// de: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Inoffizielle Übersetzung; die Zitate aus dem Artikel bleiben auf Englisch.",
  "strings": {
    "title": "Aktionsplan für Inklusion",
    "intro": "Die Städte des Programms Inclusive Cities verpflichteten sich zu einem Aktionsplan mit konkreten Maßnahmen und Zeiträumen in fünf Themenbereichen. Planen Sie Ihre Maßnahmen je Bereich, prüfen Sie die Bedingungen des Programms und sehen Sie den Plan auf einer Zeitleiste.",
    "areas.narrative.label": "Ein inklusives Narrativ",
    "areas.economic-growth.label": "Inklusives Wirtschaftswachstum",
    "areas.connections.label": "Verbindungen zwischen Gemeinschaften",
    "areas.public-services.label": "Inklusion in öffentlichen Diensten verankern (Gesundheit, Wohnen, Soziales)",
    "areas.civic-participation.label": "Bürgerschaftliche Vertretung und Teilhabe",
    "notes.timescale": "Das vorangegangene Projekt Action for Inclusion hielt einen ausreichend langen Zeitraum für die Umsetzung der Aktionspläne für hilfreich: möglichst nicht unter 12 Monaten.",
    "notes.principles": "Das Inclusive Cities Framework nennt auch fünf Kernprinzipien (oder „fünf Arbeitsweisen“); der Artikel erwähnt sie, zählt sie aber nicht auf, daher werden sie hier nicht gezeigt."
  }
};
