// de: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Befragte, die …",
  "share": "Anteil",
  "n": "n",
  "source": "Quelle",
  "about": "etwa {value}",
  "moreThan": "mehr als {value}",
  "atMost": "höchstens {value}",
  "nNotStated": "nicht angegeben",
  "responses": "{n} Antworten aus {cities} Städten",
  "legend": "Balken: voll = die genaue Zahl; gestrichelt = „etwa“; offenes Ende = „mehr als“; blass = „höchstens“.",
  "showSource": "Quelle und Anmerkung",
  "title": "Wie die 47 Städte antworteten",
  "loadFailed": "Die Zahlen der Umfrage konnten nicht geladen werden. Prüfen Sie die Verbindung, dann schließen und öffnen Sie diesen Teil erneut."
};
