// it: the translation of the bundled dataset `data/branding-checklist.json`. Plain data, loaded on first use (see ../index.ts).
export default {
  "unofficial": true,
  "note": "Questa è una traduzione non ufficiale; fa fede il testo originale in inglese.",
  "strings": {
    "title": "Checklist per un branding e una comunicazione coordinati",
    "intro": "Con la checklist che segue, le città e i loro stakeholder possono analizzare a che punto si trovano in materia di attrazione dei talenti internazionali e di comunicazione con essi. L’elenco può essere utilizzato per stimolare il confronto tra gli stakeholder, al fine di individuare le lacune e sviluppare azioni congiunte.",
    "sections.before-arrival.title": "Prima dell’arrivo",
    "sections.during-stay.title": "Durante la permanenza",
    "sections.after-departure.title": "Dopo la partenza",
    "questions.before-arrival-1": "Sapete perché volete attrarre «talenti» e quale tipo di talento state cercando? Avete obiettivi di reclutamento e gruppi target chiari (ad esempio professionisti, eventualmente in settori specifici, scienziati/ricercatori, studenti, eccetera)?",
    "questions.before-arrival-2": "Conoscete il vostro gruppo target e ciò che ritiene importante nella scelta di un’azienda, di una città o di un’università come destinazione?",
    "questions.before-arrival-3": "Le vostre azioni di internazionalizzazione sono coerenti con le strategie di sviluppo urbano o regionale in materia di istruzione, ricerca e sviluppo economico?",
    "questions.before-arrival-4": "Avete individuato un insieme di interessi condivisi tra gli stakeholder urbani in materia di attrazione dei talenti, e questo si riflette nel vostro branding?",
    "questions.before-arrival-5": "Esiste una ripartizione dei compiti chiara e concordata tra città, università, imprese, associazioni studentesche, altri stakeholder locali pertinenti e organizzazioni nazionali per quanto riguarda il branding e il reclutamento?",
    "questions.during-stay-1": "Siete in grado di fornire, per ciascun gruppo (professionisti, studenti, famiglie), informazioni accessibili e pertinenti, prodotte non solo da organizzazioni ufficiali ma anche dagli utenti stessi?",
    "questions.during-stay-2": "Siete in grado di assistere i vostri talenti internazionali nella lingua straniera pertinente (inglese o altra), non solo per le pratiche ufficiali o nei corsi di studio, ma anche per le questioni pratiche della vita quotidiana?",
    "questions.during-stay-3": "Siete in grado di cercare attivamente di comprendere le esperienze, le sfide e i problemi delle persone internazionali e di coinvolgerle nello sviluppo congiunto del branding e della comunicazione?",
    "questions.during-stay-4": "Siete in grado di fornire assistenza nel disbrigo delle pratiche ufficiali e nel creare legami con le comunità locali?",
    "questions.during-stay-5": "Esiste una ripartizione dei compiti chiara e concordata tra città, università, imprese, associazioni studentesche e organizzazioni nazionali per quanto riguarda lo sviluppo del brand e le interazioni?",
    "questions.after-departure-1": "Sostenete una rete internazionale di «alumni» attiva e mantenete attivamente i contatti?",
    "questions.after-departure-2": "Coinvolgete i cittadini internazionali e gli alumni nel reclutamento di nuovi talenti o come ambasciatori della città?",
    "leads.0": "Città",
    "leads.1": "Università",
    "leads.2": "Imprese",
    "leads.3": "Associazioni studentesche",
    "leads.4": "Altri stakeholder locali",
    "leads.5": "Organizzazioni nazionali",
    "scoring.note": "La fonte non dà né scala di risposta né punteggi; i nostri: Sì = 1 punto, In parte = 0,5, No = 0. Le domande senza risposta e quelle segnate Non applicabile sono escluse: il punteggio di una fase è dato dai suoi punti diviso il numero delle sue domande pertinenti con risposta, il punteggio complessivo allo stesso modo su tutte, e ogni punteggio indica su quante risposte si basa. Una fase senza risposte non ha punteggio (non 0 %). I punteggi sono percentuali intere; le esportazioni conservano un decimale. In parte vale metà, perché il libro chiede se qualcosa è in atto e concordato, e un accordo parziale non è né l’uno né l’altro."
  }
};
