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
  "showSource": "Bron en toelichting"
};
