// hu: the translation of the bundled dataset `data/inclusion-action-plan.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Nem hivatalos fordítás; a cikk idézetei angolul maradnak.",
  "strings": {
    "title": "Befogadási cselekvési terv",
    "intro": "Az Inclusive Cities program városai cselekvési tervet vállaltak konkrét intézkedésekkel és határidőkkel öt tematikus területen. Tervezze meg intézkedéseit területenként, ellenőrizze a program feltételeit, és nézze meg a tervet idővonalon.",
    "areas.narrative.label": "Befogadó narratíva",
    "areas.economic-growth.label": "Befogadó gazdasági növekedés",
    "areas.connections.label": "Kapcsolatok a közösségek között",
    "areas.public-services.label": "A befogadás beépítése a közszolgáltatásokba (egészségügy, lakhatás, szociális szolgáltatások)",
    "areas.civic-participation.label": "Polgári képviselet és részvétel",
    "notes.timescale": "Az előzményként futó Action for Inclusion projekt hasznosnak találta a cselekvési tervek végrehajtására szánt kellően hosszú időt: lehetőleg legalább 12 hónapot.",
    "notes.principles": "Az Inclusive Cities Framework öt alapelvet (vagy „öt munkamódot”) is megfogalmaz; a cikk említi, de nem sorolja fel őket, ezért itt nem szerepelnek."
  }
};
