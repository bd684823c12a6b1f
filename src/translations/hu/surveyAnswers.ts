// hu: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Válaszadók, akik…",
  "share": "Arány",
  "n": "n",
  "source": "Forrás",
  "about": "kb. {value}",
  "moreThan": "több mint {value}",
  "atMost": "legfeljebb {value}",
  "nNotStated": "nincs megadva",
  "responses": "{n} válasz {cities} városból",
  "legend": "Sávok: teli = pontos adat; szaggatott = „kb.”; nyitott végű = „több mint”; halvány = „legfeljebb”.",
  "showSource": "Forrás és megjegyzés",
  "title": "Hogyan válaszolt a 47 város",
  "loadFailed": "A felmérés adatait nem sikerült betölteni. Ellenőrizze a kapcsolatot, majd zárja be és nyissa meg újra ezt a részt."
};
