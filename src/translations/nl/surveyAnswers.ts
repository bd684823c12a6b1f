// nl: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Respondenten die…",
  "share": "Aandeel",
  "n": "n",
  "source": "Bron",
  "about": "ongeveer {value}",
  "moreThan": "meer dan {value}",
  "atMost": "hoogstens {value}",
  "nNotStated": "niet vermeld",
  "responses": "{n} antwoorden uit {cities} steden",
  "legend": "Balken: vol = het exacte cijfer; gestippeld = “ongeveer”; open einde = “meer dan”; vaag = “hoogstens”.",
  "showSource": "Bron en toelichting",
  "title": "Hoe de 47 steden antwoordden",
  "loadFailed": "De cijfers van de enquête konden niet worden geladen. Controleer de verbinding en sluit en open dit deel opnieuw."
};
