// pl: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Jest to nieoficjalne tłumaczenie; wiążący jest oryginał w języku angielskim.",
  "strings": {
    "title": "Lista kontrolna dla skoordynowanego brandingu i komunikacji",
    "intro": "Za pomocą poniższej listy kontrolnej miasta i ich interesariusze mogą przeanalizować, w jakim miejscu się znajdują pod względem przyciągania międzynarodowych talentów i komunikowania się z nimi. Lista może posłużyć do pobudzenia dyskusji między interesariuszami w celu zidentyfikowania luk i wypracowania wspólnych działań.",
    "sections.before-arrival.title": "Przed przyjazdem",
    "sections.during-stay.title": "W trakcie pobytu",
    "sections.after-departure.title": "Po wyjeździe",
    "questions.before-arrival-1": "Czy wiedzą Państwo, dlaczego chcą przyciągać „talenty” i jakiego rodzaju talentów szukają? Czy mają Państwo jasno określone cele rekrutacyjne i grupy docelowe (np. specjaliści, ewentualnie w określonych sektorach, naukowcy/badacze, studenci itd.)?",
    "questions.before-arrival-2": "Czy rozumieją Państwo swoją grupę docelową i to, co jest dla niej ważne przy wyborze firmy, miasta lub uczelni jako miejsca docelowego?",
    "questions.before-arrival-3": "Czy Państwa działania na rzecz umiędzynarodowienia są zgodne z miejskimi lub regionalnymi strategiami rozwoju w zakresie edukacji, badań naukowych i rozwoju gospodarczego?",
    "questions.before-arrival-4": "Czy określili Państwo zbiór wspólnych interesów miejskich interesariuszy w zakresie przyciągania talentów i czy znajduje to odzwierciedlenie w Państwa brandingu?",
    "questions.before-arrival-5": "Czy istnieje jasny i uzgodniony podział zadań między miastem, uczelniami, firmami, organizacjami studenckimi, innymi właściwymi interesariuszami lokalnymi i organizacjami krajowymi w zakresie brandingu i rekrutacji?",
    "questions.during-stay-1": "Czy są Państwo w stanie zapewnić każdej grupie (specjalistom, studentom, rodzinom) przystępne i przydatne informacje, które pochodzą nie tylko od oficjalnych instytucji, lecz są także tworzone przez samych użytkowników?",
    "questions.during-stay-2": "Czy są Państwo w stanie obsługiwać swoje międzynarodowe talenty we właściwym języku obcym (angielskim lub innym), nie tylko w sprawach urzędowych lub w ramach programów studiów, lecz także w praktycznych sprawach życia codziennego?",
    "questions.during-stay-3": "Czy są Państwo w stanie aktywnie starać się zrozumieć doświadczenia, wyzwania i problemy osób z zagranicy oraz angażować je we wspólne tworzenie brandingu i komunikacji?",
    "questions.during-stay-4": "Czy są Państwo w stanie zapewnić pomoc w załatwianiu spraw urzędowych i w nawiązywaniu kontaktów z lokalnymi społecznościami?",
    "questions.during-stay-5": "Czy istnieje jasny i uzgodniony podział zadań między miastem, uczelnią, firmami, organizacjami studenckimi i organizacjami krajowymi w zakresie rozwoju marki i interakcji?",
    "questions.after-departure-1": "Czy wspierają Państwo aktywną międzynarodową sieć „absolwentów” i aktywnie utrzymują z nimi kontakt?",
    "questions.after-departure-2": "Czy angażują Państwo mieszkańców z zagranicy i absolwentów w rekrutację nowych talentów lub jako ambasadorów miasta?",
    "leads.0": "Miasto",
    "leads.1": "Uczelnie",
    "leads.2": "Firmy",
    "leads.3": "Organizacje studenckie",
    "leads.4": "Inni lokalni interesariusze",
    "leads.5": "Organizacje krajowe",
    "scoring.note": "Źródło nie podaje skali odpowiedzi ani wyników; nasze: Tak = 1 punkt, Częściowo = 0,5, Nie = 0. Pytania bez odpowiedzi i oznaczone Nie dotyczy są pomijane: wynik etapu to jego punkty podzielone przez liczbę pytań z odpowiedzią, które go dotyczą, wynik ogólny tak samo dla wszystkich, a przy każdym wyniku podano, na ilu odpowiedziach się opiera. Bez żadnej odpowiedzi nie ma wyniku (nie 0 %). Wyniki są w pełnych procentach; eksporty zachowują jedno miejsce po przecinku. Częściowo liczy się za połowę, bo książka pyta, czy coś jest wprowadzone i uzgodnione, a częściowe rozwiązanie nie jest ani jednym, ani drugim."
  }
};
