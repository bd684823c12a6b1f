// cs: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Toto je neoficiální překlad; závazné je anglické původní znění.",
  "strings": {
    "title": "Kontrolní seznam pro koordinovaný branding a komunikaci",
    "intro": "Pomocí následujícího kontrolního seznamu mohou města a zainteresované strany analyzovat, jak si stojí v oblasti získávání mezinárodních talentů a komunikace s nimi. Seznam lze využít k podnícení diskuse mezi zainteresovanými stranami s cílem odhalit nedostatky a vypracovat společná opatření.",
    "sections.before-arrival.title": "Před příjezdem",
    "sections.during-stay.title": "Během pobytu",
    "sections.after-departure.title": "Po odjezdu",
    "questions.before-arrival-1": "Víte, proč chcete přilákat „talenty“ a jaký typ talentů hledáte? Máte jasné náborové cíle a cílové skupiny (například odborníky, případně v konkrétních odvětvích, vědce/výzkumné pracovníky, studenty atd.)?",
    "questions.before-arrival-2": "Rozumíte své cílové skupině a tomu, co považuje za důležité při výběru firmy, města nebo univerzity jako svého cíle?",
    "questions.before-arrival-3": "Jsou vaše internacionalizační aktivity v souladu s městskými nebo regionálními strategiemi rozvoje v oblasti vzdělávání, výzkumu a hospodářského rozvoje?",
    "questions.before-arrival-4": "Identifikovali jste soubor společných zájmů městských zainteresovaných stran v oblasti získávání talentů a promítá se to do vašeho brandingu?",
    "questions.before-arrival-5": "Máte jasné a dohodnuté rozdělení úkolů mezi městem, univerzitami, firmami, studentskými organizacemi, dalšími relevantními místními zainteresovanými stranami a celostátními organizacemi v oblasti brandingu a náboru?",
    "questions.during-stay-1": "Dokážete pro každou skupinu (odborníky, studenty, rodiny) zajistit přístupné a relevantní informace, které neposkytují jen oficiální organizace, ale vytvářejí je i sami uživatelé?",
    "questions.during-stay-2": "Dokážete své mezinárodní talenty obsloužit v příslušném cizím jazyce (v angličtině nebo jiném), a to nejen v úředních záležitostech či ve studijních programech, ale i v praktických záležitostech každodenního života?",
    "questions.during-stay-3": "Dokážete se aktivně snažit porozumět zkušenostem, výzvám a problémům cizinců a zapojit je do společného vytváření brandingu a komunikace?",
    "questions.during-stay-4": "Dokážete poskytnout pomoc při vyřizování úředních záležitostí a při navazování kontaktů s místními komunitami?",
    "questions.during-stay-5": "Existuje jasné a dohodnuté rozdělení úkolů mezi městem, univerzitou, firmami, studentskými organizacemi a celostátními organizacemi v oblasti rozvoje značky a interakcí?",
    "questions.after-departure-1": "Podporujete aktivní mezinárodní síť „absolventů“ a aktivně s nimi udržujete kontakt?",
    "questions.after-departure-2": "Zapojujete mezinárodní obyvatele a absolventy do náboru nových talentů nebo jako ambasadory města?",
    "leads.0": "Město",
    "leads.1": "Univerzity",
    "leads.2": "Firmy",
    "leads.3": "Studentské organizace",
    "leads.4": "Další místní zainteresované strany",
    "leads.5": "Celostátní organizace",
    "scoring.note": "Zdroj neuvádí škálu odpovědí ani skóre; naše: Ano = 1 bod, Částečně = 0,5, Ne = 0. Nezodpovězené otázky a otázky označené Nerelevantní se nezapočítávají: skóre fáze jsou jeho body dělené počtem zodpovězených relevantních otázek, celkové skóre obdobně přes všechny, a u každého skóre je uvedeno, na kolika odpovědích stojí. Bez zodpovězené otázky skóre není (ne 0 %). Skóre jsou v celých procentech; exporty drží jedno desetinné místo. Částečně se počítá napůl, protože kniha se ptá, zda je něco zavedeno a dohodnuto, a částečné ujednání není ani jedno."
  }
};
