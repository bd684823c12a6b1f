// cs: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Neoficiální překlad; citace z článku zůstávají v angličtině.",
  "strings": {
    "title": "Akční plán inkluze",
    "intro": "Města programu Inclusive Cities se zavázala k akčnímu plánu s konkrétními opatřeními a termíny v pěti tematických oblastech. Naplánujte opatření po oblastech, prověřte podmínky programu a podívejte se na plán na časové ose.",
    "areas.narrative.label": "Inkluzivní narativ",
    "areas.economic-growth.label": "Inkluzivní hospodářský růst",
    "areas.connections.label": "Propojení mezi komunitami",
    "areas.public-services.label": "Začlenění inkluze do veřejných služeb (zdravotnictví, bydlení, sociální služby)",
    "areas.civic-participation.label": "Občanské zastoupení a participace",
    "notes.timescale": "Předchozí projekt Action for Inclusion shledal užitečnou dostatečně dlouhou dobu na provádění akčních plánů: ideálně ne kratší než 12 měsíců.",
    "notes.principles": "Inclusive Cities Framework uvádí také pět základních principů (neboli „pět způsobů práce“); článek je zmiňuje, ale nevyjmenovává, proto zde nejsou uvedeny."
  }
};
