// it: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Traduzione non ufficiale; le citazioni dell’articolo restano in inglese.",
  "strings": {
    "title": "Piano d’azione per l’inclusione",
    "intro": "Le città del programma Inclusive Cities si sono impegnate in un piano d’azione con azioni e tempi precisi in cinque aree tematiche. Pianifica le tue azioni per area, verifica le condizioni del programma e guarda il piano su una cronologia.",
    "areas.narrative.label": "Una narrazione inclusiva",
    "areas.economic-growth.label": "Crescita economica inclusiva",
    "areas.connections.label": "Legami tra comunità",
    "areas.public-services.label": "Integrare l’inclusione nei servizi pubblici (salute, casa, servizi sociali)",
    "areas.civic-participation.label": "Rappresentanza e partecipazione civica",
    "notes.timescale": "Il precedente progetto Action for Inclusion ha trovato utile un tempo adeguatamente lungo per attuare i piani d’azione: idealmente non meno di 12 mesi.",
    "notes.principles": "L’Inclusive Cities Framework indica anche cinque principi fondamentali (o “cinque modi di lavorare”); l’articolo li nomina ma non li elenca, quindi qui non sono mostrati."
  }
};
