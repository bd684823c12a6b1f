// pl: the UI texts of the `surveyAnswers` catalogue. Plain data, loaded on first use (see ../index.ts).
export default {
  "statement": "Respondenci, którzy…",
  "share": "Udział",
  "n": "n",
  "source": "Źródło",
  "about": "około {value}",
  "moreThan": "ponad {value}",
  "atMost": "najwyżej {value}",
  "nNotStated": "nie podano",
  "responses": "{n} odpowiedzi z {cities} miast",
  "legend": "Słupki: pełny = dokładna liczba; przerywany = „około”; otwarty = „ponad”; blady = „najwyżej”.",
  "showSource": "Źródło i uwaga",
  "title": "Jak odpowiedziało 47 miast",
  "loadFailed": "Nie udało się wczytać danych z ankiety. Sprawdź połączenie, a potem zamknij i ponownie otwórz tę część."
};
