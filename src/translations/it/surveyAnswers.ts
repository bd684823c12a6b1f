// it: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Rispondenti che…",
  "share": "Quota",
  "n": "n",
  "source": "Fonte",
  "about": "circa {value}",
  "moreThan": "più di {value}",
  "atMost": "al massimo {value}",
  "nNotStated": "non indicato",
  "responses": "{n} risposte da {cities} città",
  "legend": "Barre: piena = il dato esatto; tratteggiata = “circa”; aperta = “più di”; sbiadita = “al massimo”.",
  "showSource": "Fonte e nota",
  "title": "Come hanno risposto le 47 città",
  "loadFailed": "I dati dell’indagine non sono stati caricati. Controllate la connessione, poi chiudete e riaprite questa parte."
};
