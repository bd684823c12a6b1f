// pl: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Nieoficjalne tłumaczenie; cytaty z artykułu pozostają po angielsku.",
  "strings": {
    "title": "Plan działań na rzecz inkluzji",
    "intro": "Miasta programu Inclusive Cities zobowiązały się do planu działań z konkretnymi działaniami i terminami w pięciu obszarach tematycznych. Zaplanuj działania w każdym obszarze, sprawdź warunki programu i zobacz plan na osi czasu.",
    "areas.narrative.label": "Inkluzywna narracja",
    "areas.economic-growth.label": "Inkluzywny wzrost gospodarczy",
    "areas.connections.label": "Więzi między społecznościami",
    "areas.public-services.label": "Włączanie inkluzji do usług publicznych (zdrowie, mieszkalnictwo, usługi społeczne)",
    "areas.civic-participation.label": "Reprezentacja i uczestnictwo obywatelskie",
    "notes.timescale": "Wcześniejszy projekt Action for Inclusion uznał za pomocny odpowiednio długi czas na realizację planów działań: najlepiej nie krótszy niż 12 miesięcy.",
    "notes.principles": "Inclusive Cities Framework określa też pięć podstawowych zasad (czyli „pięć sposobów pracy”); artykuł je wymienia z nazwy, ale ich nie wylicza, więc nie są tu pokazane."
  }
};
