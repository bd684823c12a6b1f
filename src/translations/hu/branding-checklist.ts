// hu: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Ez nem hivatalos fordítás; az angol nyelvű eredeti szöveg az irányadó.",
  "strings": {
    "title": "Ellenőrzőlista az összehangolt arculatépítéshez és kommunikációhoz",
    "intro": "Az alábbi ellenőrzőlista segítségével a városok és érintett partnereik felmérhetik, hol tartanak a nemzetközi tehetségek vonzása és a velük folytatott kommunikáció terén. A lista arra is használható, hogy ösztönözze az érintettek közötti párbeszédet a hiányosságok feltárása és közös intézkedések kidolgozása érdekében.",
    "sections.before-arrival.title": "Érkezés előtt",
    "sections.during-stay.title": "A tartózkodás alatt",
    "sections.after-departure.title": "Távozás után",
    "questions.before-arrival-1": "Tudják-e, miért szeretnének „tehetségeket” vonzani, és milyen típusú tehetséget keresnek? Vannak-e világos toborzási céljaik és célcsoportjaik (például szakemberek, adott esetben meghatározott ágazatokban, tudósok/kutatók, hallgatók stb.)?",
    "questions.before-arrival-2": "Ismerik-e célcsoportjukat, és tudják-e, mi fontos számukra, amikor vállalatot, várost vagy egyetemet választanak úti célként?",
    "questions.before-arrival-3": "Összhangban vannak-e nemzetköziesítési intézkedéseik a városi vagy regionális fejlesztési stratégiákkal az oktatás, a kutatás és a gazdaságfejlesztés terén?",
    "questions.before-arrival-4": "Azonosították-e a városi érintettek közös érdekeit a tehetségek vonzása terén, és ez megjelenik-e arculatépítésükben?",
    "questions.before-arrival-5": "Van-e világos és egyeztetett munkamegosztás a város, az egyetemek, a vállalatok, a hallgatói szervezetek, más releváns helyi érintettek és a nemzeti szervezetek között az arculatépítés és a toborzás terén?",
    "questions.during-stay-1": "Tudnak-e minden csoport (szakemberek, hallgatók, családok) számára hozzáférhető és releváns információt nyújtani, amelyet nemcsak hivatalos szervezetek biztosítanak, hanem maguk a felhasználók is létrehoznak?",
    "questions.during-stay-2": "Ki tudják-e szolgálni nemzetközi tehetségeiket a releváns idegen nyelven (angolul vagy más nyelven), nemcsak hivatalos ügyekben vagy a képzési programokban, hanem a mindennapi élettel kapcsolatos gyakorlati kérdésekben is?",
    "questions.during-stay-3": "Tudnak-e tevékenyen törekedni arra, hogy megértsék a nemzetközi lakosok tapasztalatait, kihívásait és problémáit, és bevonják őket az arculatépítés és a kommunikáció közös kidolgozásába?",
    "questions.during-stay-4": "Tudnak-e segítséget nyújtani a hivatalos ügyek intézésében és a helyi közösségekhez való kapcsolódásban?",
    "questions.during-stay-5": "Van-e világos és egyeztetett munkamegosztás a város, az egyetem, a vállalatok, a hallgatói szervezetek és a nemzeti szervezetek között a márkafejlesztés és a kapcsolattartás terén?",
    "questions.after-departure-1": "Támogatnak-e egy aktív nemzetközi „alumni”-hálózatot, és tartják-e tevékenyen a kapcsolatot?",
    "questions.after-departure-2": "Bevonják-e a nemzetközi lakosokat és az alumnikat új tehetségek toborzásába vagy a város nagyköveteiként?",
    "leads.0": "Város",
    "leads.1": "Egyetemek",
    "leads.2": "Vállalatok",
    "leads.3": "Hallgatói szervezetek",
    "leads.4": "Egyéb helyi érintettek",
    "leads.5": "Nemzeti szervezetek",
    "scoring.note": "A forrás nem ad válaszskálát és pontozást; a miénk: Igen = 1 pont, Részben = 0,5, Nem = 0. A megválaszolatlan és a Nem releváns kérdések kimaradnak: egy szakasz pontszáma a pontjai osztva a megválaszolt releváns kérdései számával, az összesített pontszám ugyanígy az összesre, és minden pontszám jelzi, hány válaszon alapul. Megválaszolt kérdés nélkül nincs pontszám (nem 0 %). A pontszámok egész százalékok; az exportok egy tizedesjegyet őriznek. A Részben fél pontot ér, mert a könyv azt kérdezi, megvan-e és egyeztetett-e valami, és a részleges megoldás egyik sem."
  }
};
