// nl: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Onofficiële vertaling; de citaten uit het artikel blijven in het Engels.",
  "strings": {
    "title": "Actieplan voor inclusie",
    "intro": "Steden in het Inclusive Cities-programma verbonden zich aan een actieplan met concrete acties en termijnen op vijf thema’s. Plan uw acties per thema, toets de voorwaarden van het programma en bekijk het plan op een tijdlijn.",
    "areas.narrative.label": "Een inclusief verhaal",
    "areas.economic-growth.label": "Inclusieve economische groei",
    "areas.connections.label": "Verbindingen tussen gemeenschappen",
    "areas.public-services.label": "Inclusie verankeren in publieke diensten (zorg, huisvesting, sociale diensten)",
    "areas.civic-participation.label": "Burgerlijke vertegenwoordiging en participatie",
    "notes.timescale": "Het voorafgaande project Action for Inclusion vond een voldoende lange termijn voor de uitvoering van de actieplannen nuttig: bij voorkeur niet korter dan 12 maanden.",
    "notes.principles": "Het Inclusive Cities Framework noemt ook vijf kernprincipes (of “vijf manieren van werken”); het artikel noemt ze maar somt ze niet op, dus ze worden hier niet getoond."
  }
};
