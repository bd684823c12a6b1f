// cs: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Respondenti, kteří…",
  "share": "Podíl",
  "n": "n",
  "source": "Zdroj",
  "about": "asi {value}",
  "moreThan": "více než {value}",
  "atMost": "nejvýše {value}",
  "nNotStated": "neuvedeno",
  "responses": "{n} odpovědí ze {cities} měst",
  "legend": "Pruhy: plný = přesný údaj; čárkovaný = „asi“; otevřený = „více než“; bledý = „nejvýše“.",
  "showSource": "Zdroj a poznámka",
  "title": "Jak odpovědělo 47 měst",
  "loadFailed": "Čísla z průzkumu se nepodařilo načíst. Zkontrolujte připojení a pak tuto část zavřete a znovu otevřete."
};
