/**
 * Word lists the quote rules rely on (Spanish and English). All entries are lower case and accent-folded
 * where noted, so matching is a plain set lookup on `foldWord(token)`.
 */
import { foldWord } from './normalize.js';

/** How a speech verb takes what was said. */
export type VerbFrame =
  /** "dijo que …", "said (that) …": a clause, possibly after an object ("told reporters that"). */
  | 'clause'
  /** "prometió ayudar…", "acusó a X de…", "denied reports…": the verb's complement is what was said. */
  | 'complement'
  /** "lo que X llamó “…”", "calling it “…”": only ever attributes a quotation right after it. */
  | 'naming'
  /** "preguntó si …", "asked whether …": a reported question, opened by "si"/"whether"/"if" or an interrogative. */
  | 'question';

interface VerbEntry {
  frame: VerbFrame;
  english: boolean;
  /** English verbs that report a clause only after "that". */
  needsThat?: boolean;
  /** Complement verbs of praise and blame (SpeechVerb.judging). */
  judging?: boolean;
  /** Conjugated forms as they appear in text (3rd person, past/present, participles, gerunds). */
  forms: string[];
}

/** Regular Spanish forms of an -ar verb, 3rd person: preterite, present, imperfect, participle, gerund. */
function spanishAr(stem: string): string[] {
  return [`${stem}ó`, `${stem}aron`, `${stem}a`, `${stem}an`, `${stem}aba`, `${stem}aban`, `${stem}ado`, `${stem}ando`];
}

/** Regular Spanish forms of an -er/-ir verb, 3rd person. */
function spanishErIr(stem: string): string[] {
  return [`${stem}ió`, `${stem}ieron`, `${stem}e`, `${stem}en`, `${stem}ía`, `${stem}ían`, `${stem}ido`, `${stem}iendo`];
}

/** Regular Portuguese forms of an -ar verb, 3rd person: preterite, present, imperfect, participle, gerund ("afirmou", "afirmam"). */
function portugueseAr(stem: string): string[] {
  return [`${stem}ou`, `${stem}aram`, `${stem}a`, `${stem}am`, `${stem}ava`, `${stem}avam`, `${stem}ado`, `${stem}ando`];
}

/** Regular Portuguese forms of an -er/-ir verb, 3rd person ("defendeu", "garantiu"); `vowel` is the infinitive's. */
function portugueseErIr(stem: string, vowel: 'e' | 'i'): string[] {
  return [`${stem}${vowel}u`, `${stem}${vowel}ram`, `${stem}e`, `${stem}em`, `${stem}ia`, `${stem}iam`, `${stem}ido`, `${stem}${vowel}ndo`];
}

/** French past participles of verbs of saying, after an auxiliary ("a déclaré", "ont affirmé", "a-t-il précisé"). */
export const FRENCH_PARTICIPLES: readonly string[] = [
  'dit', 'déclaré', 'affirmé', 'expliqué', 'ajouté', 'estimé', 'indiqué', 'souligné', 'précisé', 'assuré', 'raconté', 'confié', 'rappelé',
  'annoncé', 'reconnu', 'répondu', 'répliqué', 'écrit', 'insisté', 'martelé', 'averti', 'prévenu', 'poursuivi', 'conclu', 'regretté',
  'jugé', 'observé', 'noté', 'lancé', 'admis', 'confirmé', 'dénoncé', 'commenté', 'signalé', 'tranché', 'constaté',
];

/**
 * English forms from the base by the regular spelling rules: base, 3rd person, past, gerund ("testify" → testifies,
 * testified, testifying; "stress" → stresses; "agree" → agreeing). A doubled final consonant ("admitted") is passed in.
 */
function english(base: string, past = regularPast(base), gerund = `${base.replace(/(?<!e)e$/, '')}ing`): string[] {
  const third = /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, third, past, gerund];
}

/** The regular English past of a base: "-ied" after a consonant and "y", "-d" after "e", else "-ed". */
function regularPast(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return /e$/.test(base) ? `${base}d` : `${base}ed`;
}

/**
 * Spanish "referir" in the third person: with "a" it names what it speaks of ("se refirió a la reforma como «…»"); with "que"
 * right after it, Mexican and Andean press usage, it reports a clause ("refirió que las obras terminarán en mayo").
 */
export const REFERRING: ReadonlySet<string> = new Set(['refirió', 'refirieron', 'refiere', 'refieren']);

/**
 * Verbs that take a quotation as what they speak of ("habló de «…»", "se refirió a la reforma como «…»", "se mostró
 * «muy preocupado…»"): naming verbs, but a few words after them are scare quotes as in the narrator's own text.
 */
export const SPEAKING_OF: readonly string[] = [...['habl', 'mostr'].flatMap(spanishAr), ...REFERRING, 'referido', 'referred'];

const VERBS: VerbEntry[] = [
  {
    frame: 'clause',
    english: false,
    forms: [
      ...['dijo', 'dijeron', 'dice', 'dicen', 'decía', 'decían', 'dicho', 'diciendo', 'decir'],
      ...['afirm', 'asegur', 'señal', 'inform', 'declar', 'explic', 'agreg', 'indic', 'destac', 'subray', 'recalc', 'reiter', 'confirm', 'coment', 'replic', 'anunci', 'precis', 'manifest', 'revel', 'opin', 'alert', 'comunic', 'lament', 'aclar', 'matiz', 'puntualiz', 'sentenci', 'reproch', 'ironiz', 'celebr', 'zanj'].flatMap(spanishAr),
      ...['añad', 'insist', 'admit', 'respond', 'coincid'].flatMap(spanishErIr),
      ...['advirtió', 'advirtieron', 'advierte', 'advierten', 'advertido', 'advirtiendo', 'sostuvo', 'sostuvieron', 'sostiene', 'sostienen', 'sostenido'],
      ...['reconoció', 'reconocieron', 'reconoce', 'reconocen', 'reconocido', 'escribió', 'escribieron', 'escribe', 'escriben', 'escrito'],
      ...['recordó', 'recordaron', 'recuerda', 'recuerdan', 'recordado', 'recordando'],
      // Further verbs of communication from Spanish reference grammar (verba dicendi), not from any evaluation set.
      ...['argument', 'enfatiz', 'cuestion', 'expres', 'mencion', 'apunt', 'detall', 'relat', 'remarc', 'resalt', 'aleg', 'exclam', 'contest', 'ratific', 'reafirm', 'confes', 'asever', 'especific', 'consider', 'estim', 'calcul', 'evalu', 'valor', 'analiz', 'recomend', 'plante', 'adelant', 'anticip', 'desliz'].flatMap(spanishAr),
      // Latin American press usage ("acotó", "graficó", "remató", "retrucó", "complementó").
      ...['acot', 'grafic', 'remat', 'retruc', 'complement', 'agreg', 'fustig', 'recalc'].flatMap(spanishAr),
      ...['transmit', 'trasmit'].flatMap(spanishErIr),
      // More verba dicendi of Spanish reference grammar and press style ("garantizó que", "descartó que", "vaticinó que",
      // "«…», resumió X", "«…», apostilló"). Verbs whose first sense is not saying ("sumó", "cerró", "disparó", "juró",
      // "observó") are left out: their infinitive and noun complements ("juró defender", "sumó apoyos") report nothing.
      ...['garantiz', 'descart', 'sintetiz', 'apostill', 'terci', 'reflexion', 'razon', 'espet', 'vaticin', 'pronostic', 'desvel', 'narr', 'objet', 'insinu', 'enumer', 'brome', 'susurr', 'refut'].flatMap(spanishAr),
      ...['rebat', 'resum'].flatMap(spanishErIr), 'repetía', 'repetían', 'repetido',
      // Putting a figure on something ("cifró el seguimiento en el 68 %"; clauses.ts figuredObjectStart): no other sense in the
      // press; the noun "cifra" takes a determiner, which findVerbs reads as a noun's.
      'cifró', 'cifraron', 'cifra', 'cifran', 'cifraba', 'cifraban', 'cifrado',
      // Press usage of Mexico, the Andes and Spain's agencies ("abundó que", "ha trasladado a los sindicatos
      // que", "ha avanzado que", "ha reivindicado que", "ha incidido en que", "«…», publicó en su cuenta X"): with a noun and
      // no "que" ("trasladó al herido", "avanzó la obra", "publicó un libro") the clause frame reports nothing.
      ...['abund', 'traslad', 'avanz', 'reivindic', 'public'].flatMap(spanishAr), ...spanishErIr('incid'),
      // Present forms whose stem changes under stress (RAE's models "acertar" and "actuar"), which the regular forms above
      // miss: "recomienda", "manifiesta", "confiesa", "evalúa", "insinúa".
      ...['recomiend', 'manifiest', 'confies', 'evalú', 'insinú'].flatMap((stem) => [`${stem}a`, `${stem}an`]),
      // A crowd's words ("mientras los vecinos gritaban: «…»", "coreaban «…»"): finite forms only ("la imagen de X gritando a
      // periodistas que…" describes a scene), and not "corea", "corean", for "Corea".
      'gritó', 'gritaron', 'grita', 'gritan', 'gritaba', 'gritaban', 'coreó', 'corearon', 'coreaba', 'coreaban',
      ...['predijo', 'predijeron', 'predice', 'adujo', 'adujeron', 'aduce', 'arguyó', 'arguyeron', 'arguye', 'repite', 'repiten', 'repitió', 'repitieron'],
      // What a document "says" in press Spanish: "reza el comunicado", "dicta la resolución".
      ...['rez', 'dict'].flatMap(spanishAr),
      // "rechazó que…" denies as "negó que" does; with a noun ("rechazó la propuesta") it reports nothing.
      ...spanishAr('rechaz'),
      ...['expuso', 'expusieron', 'expone', 'exponen', 'expuesto', 'concluyó', 'concluyeron', 'concluye', 'concluyen', 'desmintió', 'desmintieron', 'desmiente', 'desmienten', 'desmentido', 'contó', 'contaron', 'sugirió', 'sugiere', 'sugieren'],
      // The narrative present of features ("«…», cuenta."); "la cuenta", "en cuenta", "se dio cuenta" are nouns (cues.ts).
      'cuenta', 'cuentan', 'contaba', 'contaban',
      'cree', 'creen', 'piensa', 'piensan',
      // "confiaron a Clarín que…": what is confided to a medium is said to it.
      'confió', 'confiaron', 'confía', 'confían', 'confiaba', 'confiaban',
      // "defendió que…" reports words; "defendió el tratado" only takes a stance, so no bare complement.
      ...spanishErIr('defend'), 'defiende', 'defienden',
      // Requests and orders report what was asked for ("exigió al Ayuntamiento que publique…", "solicitó al juez que…",
      // "instó a la consejería a contratar…"): with "que", or an infinitive after whom it is asked of (clauses.ts
      // requestedInfinitive), or a noun phrase in the past ("exigió su renuncia", clauses.ts DEMANDING_FORMS).
      ...spanishErIr('exig'), ...['solicit', 'reclam', 'inst', 'aconsej'].flatMap(spanishAr), 'rogó', 'rogaron', 'ruega', 'ruegan',
      // "pedir" as other requests are read: with "que" or an infinitive after whom it asks (clauses.ts REQUESTING), or a
      // noun phrase in the past (clauses.ts DEMANDING_FORMS); not the participle "pedido", far more often the noun ("el
      // pedido fiscal"), nor the imperfect, which narrates ("la gente pedía ayuda"), nor the present, which inside a
      // reported clause continues it ("ha señalado que apoya la medida, aunque pide más plazas") and elsewhere narrates
      // a stance ("los vecinos piden más luz").
      'pidió', 'pidieron',
      // A court's or a committee's finding ("la jueza resolvió que…", "el tribunal dictaminó que…"): with "que" only (clauses.ts
      // DECIDING: "resolvió archivar la causa" tells of a decision, not of words).
      'resolvió', 'resolvieron', 'resuelve', 'resuelven', 'resuelto', ...spanishAr('dictamin'),
      // An inquiry's or a study's findings, as English "found that…" ("la Fiscalía ha encontrado que…", "el estudio halló
      // que…", "la auditoría constató que…"): with "que" only; "encontró el cuerpo", "se halla en Lima" report nothing.
      ...['encontr', 'hall', 'constat'].flatMap(spanishAr), 'encuentra', 'encuentran',
      // What a ruling or a record sets down ("la sentencia recoge que…", "«…», recoge el auto"); "recogió firmas" reports nothing.
      'recoge', 'recogen', 'recogía', 'recogían', 'recogió', 'recogieron',
    ],
  },
  {
    // Portuguese verbs of saying (verbos dicendi of Portuguese reference grammar), read like the Spanish ones.
    frame: 'clause',
    english: false,
    forms: [
      ...['disse', 'disseram', 'diz', 'dizem', 'dizia', 'diziam', 'dito', 'dizendo', 'contou', 'contaram', 'completou', 'completaram'],
      ...['afirm', 'declar', 'explic', 'destac', 'ressalt', 'inform', 'assegur', 'coment', 'avali', 'alert', 'lembr', 'revel', 'anunci', 'confirm', 'sublinh', 'fris', 'argument', 'observ', 'ponder', 'relat', 'reiter', 'enfatiz', 'apont', 'acrescent', 'ressalv', 'pontu'].flatMap(portugueseAr),
      ...['defend', 'reconhec', 'respond', 'escrev'].flatMap((stem) => portugueseErIr(stem, 'e')),
      ...['garant', 'admit', 'insist', 'conclu'].flatMap((stem) => portugueseErIr(stem, 'i')),
      // More verbos dicendi of Portuguese reference grammar and press style ("sustentou que", "«…», complementou", "reforçou
      // que", "assinalou", "salientou"), and the belief verbs that state a view, as Spanish "cree que" ("acha que", "entende
      // que", "acredita que"). With a bare noun ("sustentou a família") these report nothing: the clause frame needs "que".
      ...['sustent', 'reforç', 'complement', 'justific', 'assinal', 'salient', 'sinaliz', 'reafirm', 'avis', 'question', 'opin', 'recomend', 'desabaf', 'retruc', 'mencion', 'indic', 'estim', 'lament', 'consider', 'ach', 'acredit'].flatMap(portugueseAr),
      ...['entend', 'rebat', 'esclarec'].flatMap((stem) => portugueseErIr(stem, 'e')),
      ...['suger', 'advert'].flatMap((stem) => portugueseErIr(stem, 'i')),
    ],
  },
  {
    frame: 'complement',
    english: false,
    forms: [...['neg', 'acus'].flatMap(portugueseAr), ...portugueseErIr('promet', 'e')],
  },
  {
    // French and Italian verbs of saying (each language's reference grammar), read like the Spanish ones: their subject
    // follows them after a quotation ("« … », a déclaré la ministre", "«…», ha detto Rossi"). Not German's: German
    // capitalises every noun, so the rules' names ("Atemmasken", "Medien", "NDR-Recherchen") would be any noun.
    // Only forms no Spanish or English word shares: "estime", "explique", "indique" are Spanish subjunctives, "assure",
    // "conclude" English verbs (a French inverted form, "explique-t-il", is read apart: see FRENCH_INVERTED).
    frame: 'clause',
    english: false,
    forms: [
      ...FRENCH_PARTICIPLES,
      'dit', 'disent', 'déclare', 'déclarent', 'affirme', 'affirment', 'ajoute', 'ajoutent', 'souligne', 'soulignent', 'précise', 'précisent',
      'raconte', 'racontent', 'rappelle', 'rappellent', 'poursuit', 'admet', 'reconnaît', 'répond', 'déclara', 'affirma', 'ajouta', 'expliqua', 'souligna', 'précisa',
      ...['dett', 'dichiarat', 'affermat', 'spiegat', 'aggiunt', 'sottolineat', 'precisat', 'ribadit', 'annunciat', 'commentat', 'raccontat', 'osservat', 'scritt', 'ammess', 'riferit', 'evidenziat', 'assicurat', 'confermat', 'replicat', 'rispost', 'avvertit', 'denunciat', 'confidat'].map((stem) => `${stem}o`),
      'afferma', 'affermano', 'spiega', 'spiegano', 'aggiunge', 'aggiungono', 'sottolinea', 'sottolineano', 'ribadisce', 'racconta', 'raccontano', 'osserva', 'dichiara', 'dichiarano', 'commenta', 'dicono', 'evidenzia',
      'dichiarò', 'affermò', 'spiegò', 'aggiunse', 'sottolineò', 'ribadì', 'concluse', 'rispose', 'scrisse',
    ],
  },
  {
    // Reporting verbs of English press style that report a clause only with "that" ("revealed that…", "she assured
    // lawmakers that…"): with a bare object they name what was revealed, highlighted or mentioned, not a statement.
    frame: 'clause',
    english: true,
    needsThat: true,
    forms: [
      ...['reveal', 'disclose', 'mention', 'highlight', 'comment', 'retort', 'boast', 'assure', 'guarantee', 'speculate', 'muse', 'clarify', 'elaborate', 'specify', 'summarize', 'summarise', 'hint', 'imply', 'insinuate', 'shout', 'whisper', 'grumble', 'confide', 'exclaim'].flatMap((base) => english(base)),
      // A crowd's words ("supporters chanted: “…”", "as protesters yelled “…”"): its own statement, never the speaker's
      // before. The past only: "chants", "yells" are nouns, and a gerund ("pictured yelling at reporters") describes a scene.
      'chanted', 'yelled', 'screamed',
      ...english('brag', 'bragged', 'bragging'), 'forecast', 'forecasts', 'forecasting',
      // What is posted on a network ("“…,” the senator posted on X"); the past only, as "post" and "posts" are nouns.
      'posted',
      // A study's, an inquiry's or researchers' findings ("researchers found that…", "the audit finds that…"); "found the
      // wreck", "found guilty" report nothing, and "finding" is more often the noun.
      'find', 'finds', 'found',
      // Denials through "that" ("rejected claims that…", "dismissed suggestions that…"); "rejected the bill" reports nothing.
      ...['reject', 'dismiss', 'refute'].flatMap((base) => english(base)),
      // "questioned whether…" reports a question (clauses.ts DOUBTING); "questioned the witness" reports nothing.
      ...english('question'),
    ],
  },
  {
    frame: 'clause',
    english: true,
    forms: [
      ...english('say', 'said', 'saying'),
      ...english('tell', 'told', 'telling'),
      ...english('write', 'wrote', 'writing'), 'written',
      ...['warn', 'claim', 'add', 'insist', 'argue', 'explain', 'announce', 'confirm', 'declare', 'report', 'respond', 'acknowledge', 'state', 'note', 'assert', 'stress'].flatMap((base) => english(base)),
      ...['emphasize', 'emphasise', 'contend', 'maintain', 'observe', 'recall', 'suggest', 'estimate', 'predict', 'conclude', 'testify', 'concede', 'complain', 'caution', 'remark', 'indicate'].flatMap((base) => english(base)),
      ...english('reply'), ...english('admit', 'admitted', 'admitting'),
      // Further reporting verbs of English press style ("…, agrees Garth Illingworth", "prosecutors allege that…").
      ...['agree', 'allege', 'recount', 'reckon', 'counter', 'lament', 'joke', 'tweet', 'reiterate', 'underscore'].flatMap((base) => english(base)), ...english('quip', 'quipped', 'quipping'),
      ...english('concur', 'concurred', 'concurring'),
      // Belief verbs stating a view, as Spanish "cree que", "piensa que" ("Many scientists think the mission…").
      ...english('think', 'thought', 'thinking'), ...english('believe'),
      // A court's finding, "that" or not ("the judge ruled that…", "ruled the man should be held…"); the past only, as
      // "rule", "rules" and "ruling" are more often nouns, and "ruled out"/"ruled the country" have no clause (clauses.ts).
      'ruled',
    ],
  },
  {
    frame: 'complement',
    english: false,
    forms: [
      ...['acus', 'neg', 'denunci'].flatMap(spanishAr),
      'niega', 'niegan',
      ...['promet'].flatMap(spanishErIr),
    ],
  },
  {
    frame: 'complement',
    english: true,
    // "demanded an apology": a demand reported with its object. Not "urged X to…", which the fixtures leave unannotated
    // ("urged both sides to resume talks") and newcomer 31's gold annotates: the two conventions disagree.
    forms: [...['promise', 'vow', 'pledge'].flatMap((base) => english(base)), ...english('deny'), 'demanded'],
  },
  {
    // "accused Japan of dragging out the talks" reports the charge; "accused five publishers, including…" only names whom.
    frame: 'complement',
    english: true,
    judging: true,
    forms: english('accuse'),
  },
  {
    // Verbs of praise and blame (see SpeechVerb.judging).
    frame: 'complement',
    english: false,
    judging: true,
    forms: [...['alab', 'elogi', 'critic'].flatMap(spanishAr), ...['elogi', 'critic'].flatMap(portugueseAr)],
  },
  {
    frame: 'complement',
    english: true,
    judging: true,
    forms: ['praise', 'criticise', 'criticize'].flatMap((base) => english(base)),
  },
  {
    frame: 'naming',
    english: false,
    // "definió como «…»", "lo tachó de «…»", "catalogó de «…»": verbs that name what they speak of.
    // "atribuyó las cancelaciones a «…»": a cause named in the speaker's words, as a name is.
    forms: [...['llam', 'calific', 'tild', 'catalog', 'tach'].flatMap(spanishAr), ...spanishErIr('defin'), 'describió', 'describe', 'describieron', ...SPEAKING_OF,
      'atribuyó', 'atribuye', 'atribuyen', 'atribuyeron', 'atribuía', 'atribuían', 'atribuido', 'atribuyendo'],
  },
  {
    frame: 'naming',
    english: true,
    // "blamed the delays on “…”": a cause named in the speaker's words ("attributed … to" is not: its object is often whose words they are).
    forms: [...english('call'), ...english('describe'), ...english('blame'), ...english('dub', 'dubbed', 'dubbing'), ...['brand', 'label', 'term', 'characterize', 'characterise'].flatMap((base) => english(base)), 'labelled', 'labelling',
      // "listed these demands:", "outlined three proposals:": what their colon leads in (listed-items.ts), never a "that"
      // clause ("listed that stage in its assessment at 6 percent" is a demonstrative); the past only.
      'listed', 'outlined'],
  },
  {
    frame: 'question',
    english: false,
    forms: [...spanishAr('pregunt')],
  },
  {
    frame: 'question',
    english: true,
    forms: [...english('ask'), ...english('wonder'), ...english('inquire'), ...english('enquire')],
  },
];

export interface SpeechVerb {
  frame: VerbFrame;
  /** English verbs of saying may drop "that" ("said the plan had failed"); Spanish ones keep "que". */
  english: boolean;
  /** An English verb that does not drop "that" ("revealed that…"; "revealed the plan" reports nothing). */
  needsThat?: boolean;
  /**
   * A complement verb of praise or blame: it reports words through "que"/"that" or a reason ("alabó a Rusia por haber
   * logrado…", "criticized the city for failing to…"); its noun object alone ("elogia o trabalho da equipe", "criticized
   * the decision") names what was judged, not what was said.
   */
  judging?: boolean;
}

/** A Spanish participle (folded): "informado", "dicho", "escrito", "puesto"; a passive or perfect tense's form. */
export const SPANISH_PARTICIPLE = /(?:ad|id)[oa]s?$|(?:ch|it|st|rt)[oa]s?$/u;

/** Forms that are far more often nouns ("the report", "un comunicado", "a claim"): never read as verbs. */
const NOUN_FORMS = new Set([
  'report', 'reports', 'state', 'states', 'note', 'notes', 'stress', 'claim', 'claims', 'call', 'calls', 'promise', 'promises',
  'vow', 'vows', 'pledge', 'pledges', 'praise', 'reply', 'replies', 'comunicado', 'escrito',
  'comment', 'comments', 'mention', 'mentions', 'highlight', 'highlights', 'hint', 'hints', 'sigh', 'sighs', 'shout', 'shouts', 'whisper', 'whispers',
  'boast', 'boasts', 'guarantee', 'guarantees', 'forecast', 'forecasts', 'muse', 'wonder', 'wonders', 'term', 'terms', 'label', 'labels', 'brand', 'brands',
  'suma', 'sumas', 'jurado',
]);

/** What an entry of VERBS says of each of its forms: its frame, language and the flags it sets. */
function speechVerbOf({ frame, english, needsThat, judging }: VerbEntry): SpeechVerb {
  return { frame, english, ...(needsThat ? { needsThat } : {}), ...(judging ? { judging } : {}) };
}

// Accents stay: "afirmó" is a verb of saying, "afirmo" is not a third person, "crítica" is a noun.
const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = new Map(
  VERBS.flatMap((entry) => entry.forms.filter((form) => !NOUN_FORMS.has(form)).map((form) => [form, speechVerbOf(entry)] as const)),
);

const NOUN_FORM_VERBS: ReadonlyMap<string, SpeechVerb> = new Map(
  VERBS.flatMap((entry) => entry.forms.filter((form) => NOUN_FORMS.has(form)).map((form) => [form, speechVerbOf(entry)] as const)),
);

/** The speech verb a form usually read as a noun is ("claims", "states", "reports"), for where the context makes it a verb. */
export function nounFormVerb(word: string): SpeechVerb | undefined {
  return NOUN_FORM_VERBS.get(word.toLowerCase());
}

/**
 * French present forms of verbs of saying as they stand inverted after a quotation, the subject pronoun joined by hyphens
 * ("explique-t-il", "ajoute-t-elle", "estiment-ils"): the pronoun makes them French, so forms other languages share
 * ("explique", "estime", "indique", "assure", "note") are read too.
 */
const FRENCH_INVERTED: ReadonlySet<string> = new Set([
  'dit', 'disent', 'déclare', 'déclarent', 'affirme', 'affirment', 'ajoute', 'ajoutent', 'souligne', 'soulignent', 'précise', 'précisent',
  'raconte', 'racontent', 'rappelle', 'rappellent', 'poursuit', 'admet', 'reconnaît', 'répond', 'explique', 'expliquent', 'estime', 'estiment',
  'indique', 'indiquent', 'assure', 'assurent', 'note', 'notent', 'insiste', 'insistent', 'observe', 'confie', 'lance', 'résume', 'conclut',
]);

/** The hyphenated subject pronoun of a French inverted verb: "-t-il", "-elle", "-ils", "-on". */
const FRENCH_INVERSION = /-(?:t-)?(?:il|elle|ils|elles|on)$/;

const FRENCH_VERB: SpeechVerb = { frame: 'clause', english: false };

/**
 * The verb of saying a French present form other languages share is ("estime", "explique", "indique", "assure"), read
 * only where the article is French and the form introduces "que" (tokens.ts markFrenchVerbs); undefined for other forms.
 */
export function frenchSharedVerb(word: string): SpeechVerb | undefined {
  return FRENCH_INVERTED.has(lowerCase(word)) ? FRENCH_VERB : undefined;
}

/** The speech verb a word form is, or undefined when it is not one. */
export function speechVerb(word: string): SpeechVerb | undefined {
  const lower = lowerCase(word);
  const verb = SPEECH_VERBS.get(lower);
  if (verb || !lower.includes('-')) return verb;
  const inverted = FRENCH_INVERSION.exec(lower);
  return inverted && FRENCH_INVERTED.has(lower.slice(0, inverted.index)) ? FRENCH_VERB : undefined;
}

/**
 * `word.toLowerCase()`, without the call for a word of lower-case ASCII letters (most words; asked for every word of
 * every article, and lower-casing a string that is not one-byte is not cheap).
 */
function lowerCase(word: string): string {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return word.toLowerCase();
  }
  return word;
}

/** French auxiliaries before a participle of saying, inverted ones included ("a déclaré", "ont affirmé", "a-t-il précisé"). */
export const FRENCH_AUXILIARIES: ReadonlySet<string> = new Set(['a', 'ont', 'avait', 'avaient', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'avait-il', 'avait-elle']);

/** English verbs whose first object is whom it was told ("told reporters the plan had failed"). */
export const TELLING: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

/** Impersonal quoting in Spanish: "se cita a Kim", "se citó al ministro". */
export const IMPERSONAL_QUOTING = new Set(['cita', 'cito', 'citaba', 'citan', 'citaron']);

const set = (words: string[]): ReadonlySet<string> => new Set(words.map(foldWord));

/**
 * Spanish infinitives and gerunds of the lexicon's verbs ("insistir", "reconociendo"), read from their preterite
 * ("insistió", "reconoció"): only taken as cue verbs after a periphrasis head (see PERIPHRASIS_HEADS), which carries the tense.
 */
export function nonFiniteSpeechVerb(word: string): SpeechVerb | undefined {
  const lower = word.toLowerCase();
  const ending = /(?:ar|ando)$/.exec(lower) ?? /(?:er|ir|iendo)$/.exec(lower);
  if (!ending) return speechVerb(lower);
  const stem = lower.slice(0, ending.index);
  return speechVerb(lower) ?? speechVerb(`${stem}${ending[0].startsWith('a') ? 'ó' : 'ió'}`);
}

/**
 * Verbs that lead a verb of saying in a periphrasis without taking back the assertion (Spanish reference grammar's
 * aspectual and modal periphrases; English catenatives): "se limitó a decir", "volvió a insistir", "acabó
 * reconociendo", "quiso aclarar", "salió a aclarar", "went on to say", "continued to insist", "ended up admitting". Verbs that deny it
 * ("se negó a", "declined to") are left out: they report nothing said.
 */
export const PERIPHRASIS_HEADS = set([
  ...['limit', 'acab', 'termin', 'lleg', 'pas', 'apresur', 'continu', 'aprovech', 'encarg'].flatMap(spanishAr),
  'volvió', 'volvieron', 'vuelve', 'vuelven', 'volvía', 'volvían', 'vuelto',
  // Portuguese "voltou a comentar", "continua a defender", "acabou dizendo".
  ...['volt', 'continu', 'acab', 'cheg'].flatMap(portugueseAr),
  'quiso', 'quisieron', 'quiere', 'quieren', 'quería', 'querían', 'querido',
  'siguió', 'siguieron', 'sigue', 'siguen', 'seguía', 'seguían',
  'salió', 'salieron', 'sale', 'salen', 'salía', 'pudo', 'pudieron', ...['decid', 'prefir'].flatMap(spanishErIr), ...['intent', 'busc'].flatMap(spanishAr),
  'go', 'goes', 'went', 'gone', ...['hasten', 'want', 'end', 'continue', 'proceed'].flatMap((base) => english(base)),
]);

/** Adjectives that lead an English verb of saying after "be": "was quick to add", "is keen to stress". */
export const PERIPHRASIS_ADJECTIVES = set(['quick', 'keen', 'eager', 'careful', 'sure', 'happy']);

/** Forms of "be" before a periphrasis adjective. */
export const BE_FORMS = set(['be', 'is', 'are', 'was', 'were', 'been']);

/** Words between a periphrasis head and its verb of saying ("a", "de", "por", "en", "to", "on to", "up"). */
export const PERIPHRASIS_LINKS = set(['a', 'de', 'por', 'en', 'para', 'to', 'on', 'up']);

/** Spanish object clitics set before a finite verb ("le dijo", "les aseguró", "lo calificó de", "se lo dijo"): part of its group. */
export const OBJECT_CLITICS = set(['lo', 'la', 'los', 'las', 'le', 'les', 'me', 'te', 'nos']);

/** Auxiliaries that may precede a participle speech verb ("ha dicho", "haya dado a conocer", "have accused", Italian "hanno detto"). */
export const AUXILIARIES = set(['ha', 'han', 'había', 'habían', 'habría', 'haya', 'hayan', 'hubiera', 'hubieran', 'has', 'have', 'had', 'hanno', 'aveva', 'avevano']);

/**
 * Heads of pronominal verbs of saying that take their clause through "de que" (Spanish reference grammar: "se quejó de
 * que…", "se lamentó de que…", "se jactó de que…", "se felicitó de que…", "se ufanó de que…"). Forms folded.
 */
export const PRONOMINAL_HEADS: readonly string[] = ['quej', 'lament', 'jact', 'felicit', 'congratul', 'ufan', 'vanaglori'].flatMap(spanishAr).map(foldWord);

/** Heads of "se mostró convencido de que…", "se declaró confiado en que…", "se manifestó contrario a que…" (folded). */
export const STANCE_HEADS: readonly string[] = [...['mostr', 'manifest', 'declar'].flatMap(spanishAr), 'muestra', 'muestran'].map(foldWord);

/** Adjectives of conviction and stance after those heads, each gender and number (folded), with the preposition before "que". */
export const STANCE_COMPLETIONS: ReadonlyArray<readonly string[]> = ['convencid', 'segur', 'confiad', 'partidari', 'contrari', 'esperanzad', 'persuadid']
  .flatMap((stem) => ['o', 'a', 'os', 'as'].map((ending) => stem + ending))
  .flatMap((adjective) => ['de', 'en', 'a'].map((preposition) => [adjective, preposition]));

/**
 * Aspectual verbs (beginning, going on, ending) that lead in a quotation after a comma as a colon does ("She began, “…”",
 * "La alcaldesa comenzó, «…»", "Continuó, «…»"): with no quotation after them they narrate ("the strike began"), so they are
 * no verbs of saying (sentence.ts commaLeadIn). Third person, present and past, folded.
 */
export const ASPECTUAL_LEAD_INS: ReadonlySet<string> = new Set([
  'comenzo', 'comenzaron', 'comienza', 'comienzan', 'empezo', 'empezaron', 'empieza', 'empiezan', 'arranco', 'arrancaron',
  'continuo', 'continuaron', 'continua', 'continuan', 'prosiguio', 'prosiguieron', 'prosigue', 'siguio', 'siguieron', 'sigue',
  'termino', 'terminaron', 'finalizo', 'finalizaron',
  'began', 'begins', 'started', 'starts', 'continued', 'continues', 'resumed', 'finished', 'ended',
]);

/** Forms of "ser"/"estar" that take a stance adjective ("está convencido de que", "fue enfático en que"), folded. */
export const COPULAS: readonly string[] = ['es', 'son', 'era', 'eran', 'fue', 'fueron', 'sido', 'esta', 'estan', 'estaba', 'estaban', 'estuvo', 'estuvieron', 'estado'];

/** Adjectives of emphasis in "fue enfático en que…", "se mostró tajante en que…", each gender and number (folded). */
export const EMPHATIC_ADJECTIVES: readonly string[] = ['enfatic', 'tajante', 'categoric', 'contundente', 'rotund'].flatMap((stem) =>
  /e$/.test(stem) ? [stem, `${stem}s`] : ['o', 'a', 'os', 'as'].map((ending) => stem + ending),
);

/**
 * Cue verbs that deny what they report ("negó que…", "descartó que…", "desmintió que…", "rechazó que…", "denied
 * that…", "ruled out…", "dismissed claims that…"): the statement keeps its verb, since the clause alone says the
 * opposite of what the speaker said. Forms folded; "ruled" is the head of the locution "ruled out".
 */
export const NEGATING_VERBS = set([
  ...['neg', 'descart', 'rechaz', 'refut'].flatMap(spanishAr), 'niega', 'niegan', 'negar', 'descartar', 'rechazar', 'refutar',
  'desmintió', 'desmintieron', 'desmiente', 'desmienten', 'desmentía', 'desmentido', 'desmintiendo', 'desmentir',
  ...portugueseAr('neg'),
  ...english('deny'), ...['reject', 'dismiss', 'refute', 'rule'].flatMap((base) => english(base)),
]);

/** Words that negate a verb: a negated verb of saying reports nothing said. */
export const NEGATIONS = set([
  'no', 'not', 'never', 'nunca', 'jamás', 'não',
  // English negated auxiliaries and modals, with either apostrophe ("can’t say", "wouldn't tell").
  ...['didn', 'hasn', 'haven', 'hadn', 'don', 'doesn', 'can', 'couldn', 'won', 'wouldn', 'shouldn', 'mustn'].flatMap((stem) => [`${stem}'t`, `${stem}’t`]),
]);

/**
 * Spanish requests (folded stems) whose bare infinitive or anonymity noun is mostly what the subject asks for itself
 * ("solicitaron no ser identificados", "pidió el anonimato", "rogó ser escuchado"): no words it gives others, and no verb
 * of saying at all there (tokens.ts unmarkSelfRequests), unlike "recomendó no viajar" or "exigió dimitir al ministro".
 */
export const ASKING_FOR_ONESELF = /^(?:solicit|rog|rueg|pid|pide)/u;

/** Nouns of a source's anonymity, asked for oneself ("pidió el anonimato", "solicitó reserva de su nombre"). Folded. */
export const ANONYMITY_NOUNS: ReadonlySet<string> = new Set(['anonimato', 'reserva']);

/** Complementisers that open a reported clause. */
export const COMPLEMENTISERS = set(['que', 'that']);

export const DETERMINERS = set([
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'the', 'a', 'an', 'su', 'sus', 'his', 'her', 'their', 'its', 'este', 'esta', 'this',
  // "han negado cualquier transacción": a determiner, though it ends like an infinitive.
  'cualquier',
  // Portuguese: "o ministro", "os analistas", "um porta-voz".
  'o', 'os', 'um', 'uma',
]);
/**
 * Singular nouns for a body of people working together ("el equipo", "the crew", "la familia"): a group that speaks as one,
 * never a role one person in focus holds.
 */
export const COLLECTIVE_NOUNS = set(['equipo', 'grupo', 'cuerpo', 'personal', 'tripulación', 'plantilla', 'familia', 'equipa', 'équipe', 'team', 'group', 'staff', 'crew', 'family']);

/** Singular definite articles: "el ministro", "the spokesman" refer to one known person. */
export const DEFINITE_SINGULAR = set(['el', 'la', 'the']);
export const INDEFINITE_DETERMINERS = set(['un', 'una', 'unos', 'unas', 'a', 'an', 'another']);

/** Words that end a noun phrase when read backwards or forwards: they open another clause or a phrase. */
export const CLAUSE_WORDS = set([
  'que', 'quien', 'quienes', 'donde', 'cuando', 'como', 'mientras', 'aunque', 'pero', 'porque', 'si', 'se', 'no', 'lo', 'le', 'les',
  'who', 'whom', 'which', 'that', 'where', 'when', 'while', 'although', 'but', 'because', 'if', 'whether', 'not',
  'es', 'fue', 'era', 'son', 'ha', 'han', 'había', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would',
]);

/**
 * Interrogatives that CLAUSE_WORDS leaves out: they open an embedded question ("why she argued…") or a question of
 * the reporter's ("What is the hardest part?"), never a name however capitalised. Folded.
 */
export const INTERROGATIVES = set(['why', 'how', 'what', 'cual', 'cuales', 'cuanto', 'cuanta', 'cuantos', 'cuantas']);

/** Prepositions that end a post-verbal subject ("dijo Putin ante la prensa"). "de"/"of" stay inside names. */
export const PHRASE_PREPOSITIONS = set([
  'a', 'al', 'ante', 'en', 'desde', 'durante', 'tras', 'con', 'sin', 'sobre', 'para', 'por', 'hasta', 'según', 'entre', 'contra', 'hacia', 'mediante',
  // Portuguese "ao(s)" ("disse aos jornalistas"), "em", "com" ("se encontrou com o ministro"), "sem", "após", "até"; not
  // "no"/"na", which Spanish reads as a negation and an article.
  'ao', 'aos', 'em', 'com', 'sem', 'após', 'até',
  'at', 'in', 'on', 'to', 'from', 'during', 'after', 'with', 'without', 'about', 'for', 'by', 'before', 'according', 'speaking',
  // The rest of English's simple prepositions of place and time (not "of", which joins names: "Victor Cha of the Center").
  'outside', 'inside', 'near', 'behind', 'beside', 'beyond', 'into', 'onto', 'across', 'against', 'along', 'amid', 'among', 'around', 'below', 'beneath', 'between', 'through', 'toward', 'towards', 'upon', 'within',
]);

/**
 * Connectors and sentence adverbs of Spanish and English (discourse markers of the reference grammars): capitalised
 * when they open a sentence ("Tampoco lo ha hecho…", "Nevertheless, …"), never a name there.
 */
export const CONNECTORS = set([
  'tampoco', 'también', 'además', 'asimismo', 'igualmente', 'incluso', 'obstante', 'embargo', 'cambio', 'contrario', 'mientras', 'entretanto', 'luego',
  'pues', 'así', 'ahora', 'aun', 'aún', 'todavía', 'ni', 'sino', 'encima', 'finalmente', 'posteriormente', 'seguidamente', 'primero', 'segundo', 'después',
  'nor', 'neither', 'either', 'also', 'moreover', 'furthermore', 'meanwhile', 'however', 'nevertheless', 'nonetheless', 'instead', 'still', 'yet',
  'thus', 'therefore', 'hence', 'likewise', 'similarly', 'indeed', 'besides', 'otherwise', 'then', 'later', 'first', 'second', 'finally',
  'também', 'ainda', 'contudo', 'porém', 'todavia', 'entretanto', 'então', 'depois', 'agora',
]);

/**
 * Adverbs of place that open a compound preposition ("Fuera del Congreso, la federación…", "Dentro del PP, …"):
 * capitalised as a sentence opens, no word of a name, so that no speaker "Fuera del Congreso" is read.
 */
export const PLACE_ADVERBS = set(['fuera', 'afuera', 'dentro', 'adentro', 'lejos', 'delante', 'detrás', 'debajo', 'alrededor']);

/**
 * Focus particles that may open a subject phrase ("Incluso aliados de X", "Mesmo aliados de X", "Even allies of X", "Only
 * two lawyers"): they say how the subject's saying stands out, and are no part of who speaks.
 */
export const FOCUS_PARTICLES = set(['incluso', 'hasta', 'solo', 'sólo', 'mesmo', 'até', 'inclusive', 'só', 'even', 'only']);

/** Adverbs and time words skipped between a subject and its verb or a verb and its subject. */
export const SKIPPABLE = set([
  'también', 'además', 'así', 'ya', 'hoy', 'ayer', 'anoche', 'luego', 'después', 'entonces', 'nuevamente', 'finalmente', 'incluso', 'sin', 'embargo', 'cambio',
  // Place and sequence adverbs that open a sentence with no comma ("Ahí dijo…", "Asimismo señaló…", "Más tarde dijo…").
  'ahora', 'now', 'ahí', 'allí', 'aquí', 'allá', 'acá', 'asimismo', 'igualmente', 'posteriormente', 'más', 'tarde', 'antes', 'recién', 'todavía', 'aún',
  'este', 'esta', 'el', 'pasado', 'pasada', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'semana', 'mes', 'año',
  'also', 'later', 'earlier', 'today', 'yesterday', 'then', 'again', 'however', 'on', 'last', 'this', 'week', 'month', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'repeatedly', 'publicly', 'previously',
  // Portuguese adverbs and connectors between a subject and its verb ("Ele também disse", "Pacheco ainda afirmou", "ponderou,
  // contudo, que"); "lá" is left out, as it folds to the Spanish article.
  'também', 'ainda', 'já', 'contudo', 'porém', 'todavia', 'entretanto', 'então', 'novamente', 'ontem', 'hoje', 'depois', 'agora', 'assim',
  // Adverbs of frequency ("su madre siempre decía: «…»", "he always said"); not "nunca"/"never", which deny the saying.
  'siempre', 'sempre', 'always', 'often',
]);

/**
 * Quantifiers that open a group of speakers ("Algunos representantes de…", "Several officials", "One academic"):
 * the whole phrase names the group.
 */
export const QUANTIFIERS = set([
  'algunos', 'algunas', 'varios', 'varias', 'diversos', 'diversas', 'muchos', 'muchas', 'numerosos', 'numerosas', 'otros', 'otras',
  'distintos', 'distintas', 'diferentes', 'some', 'several', 'many', 'various', 'numerous', 'one', 'those',
  // Small numbers count a group of sources ("two people briefed on the talks", "tres funcionarios").
  'two', 'three', 'four', 'five', 'dos', 'tres', 'cuatro', 'cinco',
]);

/**
 * Indefinite pronouns for people ("Nobody", "No-one", "Everyone", "Nadie", "Alguien"): a sentence may open with one,
 * capitalised, and it names no one a statement could be credited to.
 */
export const INDEFINITE_PRONOUNS = set([
  'nobody', 'no-one', 'noone', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody',
  'nadie', 'alguien', 'todos', 'todas', 'ninguém', 'alguém', 'personne', 'quelqu’un',
]);

/** Words that take a part of a group in "Una de las fuentes", "One of the officials". */
export const PARTITIVES = set(['uno', 'una', 'alguno', 'alguna', 'ninguno', 'ninguna', 'one', 'some', 'none']);

/** Nouns for a part of a group, after their article ("La mayoría de los científicos", "The majority of economists"). */
export const PART_NOUNS = set(['mayoría', 'minoría', 'mitad', 'majority', 'minority', 'half']);

/** Nouns for a spokesperson: "a spokesperson for the Association" speaks for the association. */
export const SPOKESPERSON_NOUNS = set(['portavoz', 'vocero', 'vocera', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * Capitalised nouns that head an institution's name: "Victor Cha of the Center for…" is a person and the
 * institution he belongs to, not one name.
 */
export const INSTITUTION_NOUNS = set([
  'center', 'centre', 'university', 'institute', 'institution', 'foundation', 'council', 'department', 'ministry', 'college', 'school',
  'academy', 'agency', 'commission', 'organization', 'organisation', 'association', 'society', 'laboratory', 'observatory', 'museum',
  'hospital', 'company', 'corporation', 'party', 'union', 'committee', 'office', 'group', 'federation', 'court', 'bank', 'fund',
  'centro', 'universidad', 'instituto', 'fundación', 'consejo', 'departamento', 'ministerio', 'colegio', 'escuela', 'academia', 'agencia',
  'comisión', 'organización', 'asociación', 'sociedad', 'laboratorio', 'observatorio', 'museo', 'hospital', 'empresa', 'partido',
  'sindicato', 'comité', 'oficina', 'grupo', 'federación', 'cámara', 'tribunal', 'corte', 'banco', 'fondo',
  // Political bodies ("National Alliance for Legitimacy", "Coalición por el Cambio", "Movimiento al Socialismo").
  'alliance', 'coalition', 'movement', 'alianza', 'coalición', 'movimiento',
]);

/**
 * Nouns for a body, an administrative or military unit or a broadcaster that a number may end the name of ("Juzgado
 * Penal 4", "Distrito Escolar 12", "Region IX", "Precinct 5", "Canal 4"): the institutions' nouns, the units' and the
 * broadcasters', folded.
 */
export const NUMBERED_UNIT_NOUNS = set([
  ...INSTITUTION_NOUNS,
  'juzgado', 'distrito', 'jurisdicción', 'región', 'zona', 'sección', 'sala', 'unidad', 'comisaría', 'circuito', 'demarcación',
  'batallón', 'brigada', 'regimiento', 'división', 'escuadrón', 'compañía', 'cuartel', 'fiscalía', 'delegación', 'junta',
  'district', 'region', 'zone', 'precinct', 'ward', 'unit', 'division', 'circuit', 'battalion', 'brigade', 'regiment', 'squadron', 'station', 'fleet',
  // Broadcasters numbered by their channel ("Canal 4", "Channel 9", "Antena 3", "Radio 1", "Cadena 3").
  'canal', 'channel', 'antena', 'cadena', 'radio', 'televisión', 'tv',
]);

/**
 * Two-word discourse adverbials that may stand between a verb and its subject ("opina en cambio Sergi
 * González", "dijo por su parte el alcalde", "said in turn the mayor"), as [preposition, noun] after folding.
 */
export const DISCOURSE_ADVERBIALS: ReadonlyArray<readonly [string, string]> = [
  ['en', 'cambio'], ['sin', 'embargo'], ['por', 'parte'], ['a', 'vez'], ['por', 'lado'], ['por', 'tanto'], ['no', 'obstante'], ['en', 'tanto'],
  ['in', 'turn'], ['for', 'part'], ['in', 'contrast'], ['by', 'contrast'],
].map(([a, b]) => [foldWord(a!), foldWord(b!)] as const);

/**
 * Irregular English plurals of people, with no "-s": a present verb after one is a clause's ("said children fare worse"),
 * and the possessive of one opens a body's name ("People’s Liberation Army", "Women’s Health Initiative").
 */
export const IRREGULAR_PLURALS = set(['people', 'women', 'men', 'children']);

/** Conjunctions that join two verbs sharing one subject ("negó … y acusó …"). */
export const COORDINATORS = set(['y', 'e', 'and']);

/** Spanish determiners that mark a noun's gender: "el portavoz", "del fiscal", "la edil", "una líder". */
const DETERMINER_GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['el', 'm'], ['del', 'm'], ['al', 'm'], ['un', 'm'], ['la', 'f'], ['una', 'f'],
]);

/** The gender a Spanish determiner marks (`DETERMINER_GENDER`, folded key), undefined for any other word. */
export function determinerGender(word: string | undefined): 'f' | 'm' | undefined {
  return word === undefined ? undefined : DETERMINER_GENDER.get(word);
}


/** Subject pronouns that refer back to someone named just before. */
export const PRONOUNS = set(['él', 'ella', 'he', 'she', 'ele', 'ela']);
/** Third-person plural pronouns: they refer back to a group named just before ("The experts noted… They also said"). */
export const PLURAL_PRONOUNS = set(['they', 'ellos', 'ellas', 'eles', 'elas']);
/** Pronouns that stand for a group or for the speaker's own side: no one person we could credit. */
export const GROUP_PRONOUNS = set(['they', 'we', 'i', 'you', 'ellos', 'ellas', 'nosotros', 'nosotras', 'yo', 'eles', 'elas', 'eu']);

/**
 * Nouns for a role one person holds ("el presidente ruso", "Mayor"). A title phrase with one names someone;
 * without one it refers back to whoever the article gave that title.
 */
export const TITLE_NOUNS = set([
  'líder', 'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'portavoz', 'alcalde', 'alcaldesa', 'consejero', 'consejera',
  'comisario', 'comisaria', 'secretario', 'secretaria', 'director', 'directora', 'jefe', 'jefa', 'gobernador', 'gobernadora', 'senador',
  'senadora', 'diputado', 'diputada', 'embajador', 'embajadora', 'fiscal', 'juez', 'jueza', 'abogado', 'abogada', 'rey', 'reina', 'papa',
  'general', 'representante', 'negociador', 'negociadora', 'climatólogo', 'climatóloga', 'investigador', 'investigadora', 'científico',
  'científica', 'economista', 'primer', 'primera', 'vicepresidente', 'vicepresidenta', 'dirigente', 'mandatario', 'mandataria', 'titular',
  'leader', 'president', 'minister', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'governor', 'senator',
  'ambassador', 'secretary', 'director', 'chief', 'head', 'judge', 'prosecutor', 'lawyer', 'barrister', 'attorney', 'king', 'queen', 'pope',
  'representative', 'negotiator', 'member', 'officer', 'executive', 'chairman', 'chairwoman', 'chair', 'commissioner', 'ceo', 'envoy', 'neighbour', 'neighbor', 'speaker',
  // Ranks and local offices: "el coronel José Abdón Galindo", "El Coronel, aseguró…", "la gerente", "el concejal".
  'coronel', 'capitán', 'capitana', 'teniente', 'sargento', 'comandante', 'almirante', 'gerente', 'concejal', 'concejala',
  // Members of a US state assembly ("Assemblyman Peter Walsh", "the assemblywoman").
  'assemblyman', 'assemblywoman',
  // A member of Peru's or Colombia's Congress ("la congresista de Fuerza Popular X"); never an adjective, as "parlamentario" is.
  // A member of a town council in Uruguay and Spain ("el edil de la Alianza Cívica X", "la edil"), one form for both genders.
  'congresista', 'edil',
  // Heads of a local government or a regulator, and public offices of oversight ("el intendente" of Uruguay and Argentina, the
  // Peruvian press's "burgomaestre" for a mayor, "el
  // superintendente de Servicios Públicos", "la defensora del Pueblo", "el contralor", "the superintendent").
  'intendente', 'intendenta', 'burgomaestre', 'defensor', 'defensora', 'contralor', 'contralora', 'procurador', 'procuradora', 'superintendent',
  // Spokesperson nouns of Latin American usage and a formal word for a senior official ("el jerarca", Río de la Plata).
  'vocero', 'vocera', 'jerarca',
  // Regional offices of Spanish-speaking states ("el seremi de Salud", Chile's regional secretary; "la regidora", Mexico and Peru),
  // and prefixed ones written out so that their gender is read ("la subsecretaria", "el viceministro").
  'seremi', 'regidor', 'regidora', 'prefecto', 'prefecta', 'síndico', 'síndica', 'comisionado', 'comisionada',
  'superintendente', 'superintendenta', 'subsecretario', 'subsecretaria', 'viceministro', 'viceministra',
  'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'admiral', 'manager', 'councillor', 'councilman', 'councilwoman',
  // A councillor as British press writes the title before a name, with no dot ("Cllr Janet Pryce", "Cllr Pryce").
  'cllr',
  // A member of a parliament by its initials, as British and Commonwealth press write it before a name ("Labour MP Anna Kerr").
  'mp', 'mep',
  // Academic and scientific roles, in both languages as the Spanish ones above ("the researcher said", "Professor Jane Smith").
  'researcher', 'scientist', 'economist', 'climatologist', 'professor', 'astronomer', 'epidemiologist', 'author', 'justice',
  'profesor', 'profesora', 'astrónomo', 'astrónoma', 'epidemiólogo', 'epidemióloga', 'autor', 'autora',
  // Heads of universities and members of a body, as "member" is in English ("la rectora", "el miembro del Consejo").
  'rector', 'rectora', 'decano', 'decana', 'dean', 'miembro',
  // A team's coach, whom the sports press names by the role first ('el entrenador de Deportivo Maipú, X, dijo…'); not
  // "técnico", an adjective as often ('el informe técnico').
  'entrenador', 'entrenadora', 'seleccionador', 'seleccionadora', 'coach',
  // The coach by the sports press's initials ("el DT de Sport Ribera, X,"), one form for both genders, and a judge of a
  // higher court ("el magistrado X", "la magistrada presidenta"), never an adjective.
  'dt', 'magistrado', 'magistrada',
  // The same offices in French and Italian, whose titles stand before a name as Spanish ones do ("la ministre Claire
  // Dubois", "il sindaco Marco Bianchi").
  'ministre', 'maire', 'président', 'présidente', 'porte-parole', 'député', 'députée', 'sénateur', 'sénatrice', 'directrice', 'juge',
  'sindaco', 'portavoce', 'senatore', 'deputato', 'deputata', 'presidentessa', 'direttore', 'direttrice',
]);

/** Role nouns that are adjectives too, and open the names of bodies ("General Motors", "General Electric"). */
export const ADJECTIVE_TITLES = set(['general']);

/**
 * Abbreviated titles of press style (AP and Spanish usage: "Gov.", "Sen.", "Gral.", "Pdte.") and the role nouns
 * each stands for, so that "the governor" later refers to "Gov. Gavin Newsom". Keys folded, without the dot.
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['gov', ['governor', 'gobernador', 'gobernadora']],
  ['sen', ['senator', 'senador', 'senadora']],
  ['rep', ['representative']],
  ['gen', ['general']],
  ['gral', ['general']],
  ['lt', ['lieutenant', 'teniente']],
  ['col', ['colonel', 'coronel']],
  ['capt', ['captain', 'capitan', 'capitana']],
  ['sgt', ['sergeant', 'sargento']],
  ['adm', ['admiral', 'almirante']],
  ['cmdr', ['commander', 'comandante']],
  ['atty', ['attorney']],
  ['supt', ['superintendent']],
  ['pres', ['president', 'presidente', 'presidenta']],
  ['pdte', ['presidente']],
  ['pdta', ['presidenta']],
  ['dip', ['diputado', 'diputada']],
  ['gob', ['gobernador', 'gobernadora']],
  ['cllr', ['councillor']],
]);

/**
 * Courtesy titles (keys): words of address before a name that say nothing of an office ("Mr Hancock", "la Sra. Gil",
 * "Frau Baerbock", "M. Caldwell"), which articles put or leave out at will. No title a speaker is found or shown by.
 */
export const COURTESY_TITLES: ReadonlySet<string> = set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'madam', 'madame', 'sir', 'dame', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'don', 'dona', 'dom', 'm', 'mme', 'mlle', 'herr', 'frau', 'sig', 'sigra',
]);

/**
 * Prefixes that make a role noun another role: a former holder's ("exministro", "ex-presidente"), a deputy's ("viceministro",
 * "Vice-President", "subsecretario", "sub-director"), a superior's ("superintendente"), a co-holder's written with a hyphen
 * ("co-chair").
 */
const ROLE_PREFIX = /^(?:ex-?|vice-?|co-|sub-?|super)/;

/** An office's holder who has won it and not yet taken it, in English ("mayor-elect", "governor-elect", "president-designate"). */
const ROLE_SUFFIX = /-(?:elect|designate)$/;

/**
 * Nouns for a scholar of a science, by the ending every such noun has ("politólogo", "socióloga", "hidrólogo",
 * "hydrologist", "sociologist"; folded): the press sets them before a name as it does "economista" ("el politólogo de la
 * Universidad X Ignacio Ruiz", "Hydrologist Ana Ferris said"). Not the few nouns for a text with that ending.
 */
const SCHOLAR_ENDING = /\p{L}(?:olog[oa]|ologist)$/u;
const TEXTS_ENDING_AS_SCHOLARS: ReadonlySet<string> = new Set(['prologo', 'monologo']);

/**
 * A role noun, one made from it by a prefix (ROLE_PREFIX: "exministro", "ex-presidente", "Vice-President"), or a scholar's
 * noun (SCHOLAR_ENDING). `key` folded.
 */
export function isTitleNoun(key: string): boolean {
  // A plain search first: a pattern anchored only at its end is tried at every letter of every word read (1.3 % of a build's quote analysis).
  return TITLE_NOUNS.has(key) || (ROLE_PREFIX.test(key) && TITLE_NOUNS.has(key.replace(ROLE_PREFIX, ''))) || (key.includes('-') && ROLE_SUFFIX.test(key) && TITLE_NOUNS.has(key.replace(ROLE_SUFFIX, ''))) || (key.includes('olog') && SCHOLAR_ENDING.test(key) && !TEXTS_ENDING_AS_SCHOLARS.has(key));
}

/** The plural of a role noun ("abogados", "diputadas", "senators"): a group of people who hold it. */
export function isTitlePlural(key: string): boolean {
  return /s$/.test(key) && (TITLE_NOUNS.has(key.slice(0, -1)) || (/es$/.test(key) && TITLE_NOUNS.has(key.slice(0, -2))));
}

/**
 * Nouns for institutions and other bodies that speak as one, capitalised or not ("el Gobierno", "the union", "la defensa"): what makes a
 * proper name an organisation's. Never nouns for people, which are also surnames ("Fuentes", "de la Fuente").
 */
export const BODY_NOUNS = set([
  'sindicato', 'sindicatos', 'gobierno', 'ministerio', 'cancillería', 'oposición', 'policía', 'autoridades', 'ejército', 'partido', 'asociación',
  'federación', 'consejo', 'comité', 'empresa', 'compañía', 'patronal', 'gremios', 'organizaciones',
  'association', 'federation', 'council', 'committee', 'company', 'firm', 'group', 'agency', 'union', 'unions',
  'government', 'ministry', 'office', 'opposition', 'police', 'authorities', 'army', 'military', 'navy', 'party', 'department', 'organisations', 'organizations',
  // Bodies that speak through statements and spokespeople in wire copy ("Egypt's central bank said", "la embajada informó").
  'bank', 'banco', 'commission', 'comisión', 'embassy', 'embajada',
  // The parties to a trial, who speak through their lawyers ("la defensa argumentó", "prosecutors said").
  'defensa', 'defense', 'defence', 'prosecution',
  // A candidate's campaign, which speaks through its spokespeople ("the campaign countered that…"); not Spanish "campaña",
  // which after a verb is mostly its object ("consideró necesario ampliar la campaña de vacunación").
  'campaign',
]);

/** Nouns for groups, institutions and anonymous sources that speak ("funcionarios", "officials", "el Gobierno"). */
export const GROUP_NOUNS = set([
  ...BODY_NOUNS,
  'funcionario', 'funcionarios', 'funcionaria', 'fuente', 'fuentes', 'portavoces', 'diplomático', 'diplomática', 'diplomáticos', 'experto',
  'expertos', 'analista', 'analistas', 'testigos', 'vecinos', 'residentes', 'responsables', 'dirigentes', 'líderes',
  // Anonymous sources described by what they are close to: "personas cercanas a…", "allegados al presidente", "people familiar with…".
  'persona', 'personas', 'allegados', 'allegadas', 'people', 'person', 'persons', 'insiders', 'operative', 'operatives', 'aides',
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'expert', 'experts', 'analyst', 'analysts',
  'witnesses', 'residents', 'leaders',
  // Plural nouns for people who speak as a group ("Critics say…", "Los trabajadores denunciaron…").
  'critics', 'lawmakers', 'legislators', 'scientists', 'researchers', 'economists', 'activists', 'doctors', 'workers', 'employees', 'students', 'academics', 'astronomers',
  'críticos', 'legisladores', 'activistas', 'médicos', 'trabajadores', 'empleados', 'estudiantes', 'alumnos', 'alumnas', 'especialistas',
  // Who surrounds someone and speaks for them ("el entorno del ministro", "allies of the governor").
  'aide', 'adviser', 'advisor', 'asesor', 'asesora', 'asesores', 'advisers', 'advisors',
  'entorno', 'círculo', 'aliados', 'allies', 'voces', 'voices',
  // Lawyers speak for a party to a trial ("prosecutors said").
  'prosecutors', 'lawyers', 'attorneys',
]);

/**
 * Offices one person holds apart from the others (a minister is not a deputy, a mayor not a senator): a role with one
 * of these heads does not refer to someone the article gave another of them. Generic words for a holder ("líder",
 * "mandatario", "titular", "jefe", "secretario de Estado") are left out: they stand for any office.
 */
export const EXCLUSIVE_OFFICES = set([
  'ministro', 'ministra', 'diputado', 'diputada', 'senador', 'senadora', 'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'presidente', 'presidenta',
  'fiscal', 'juez', 'jueza', 'concejal', 'concejala', 'embajador', 'embajadora', 'canciller',
  // Regional and deputy offices of Spanish-speaking states: one holder each, none of them another's ("el seremi" is no minister).
  'intendente', 'intendenta', 'seremi', 'superintendente', 'superintendenta', 'subsecretario', 'subsecretaria', 'viceministro', 'viceministra',
  'prefecto', 'prefecta',
  // A lawyer is never the prosecutor or the judge of the case ("El abogado …, Pedro Lagos, dijo…. El fiscal, en cambio, sostuvo…").
  'abogado', 'abogada', 'lawyer',
  'minister', 'senator', 'mayor', 'governor', 'president', 'prosecutor', 'judge', 'ambassador', 'councillor', 'councilman', 'councilwoman',
]);

/** Nouns for someone's relatives ("her husband", "la hija de la víctima"): a person the article describes by another. Folded. */
export const KIN_NOUNS = set([
  'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner', 'widow', 'widower', 'cousin', 'uncle', 'aunt',
  'grandmother', 'grandfather', 'niece', 'nephew', 'boyfriend', 'girlfriend',
  'esposo', 'esposa', 'marido', 'hijo', 'hija', 'madre', 'padre', 'hermano', 'hermana', 'pareja', 'viuda', 'viudo', 'primo', 'prima', 'tio', 'tia',
  'abuelo', 'abuela', 'sobrino', 'sobrina', 'nieto', 'nieta', 'novio', 'novia',
]);

/** Group nouns for one person ("la funcionaria", "the official"): with a definite article, someone named before. */
export const SINGULAR_PERSON_NOUNS = set([
  'funcionario', 'funcionaria', 'diplomático', 'diplomática', 'experto', 'experta', 'analista', 'official', 'diplomat', 'expert', 'analyst',
  // People of the media who speak in their own programmes ("afirmó el comunicador", "the presenter said").
  'periodista', 'comunicador', 'comunicadora', 'panelista', 'presentador', 'presentadora', 'columnista', 'locutor', 'locutora',
  'journalist', 'presenter', 'columnist', 'commentator', 'broadcaster',
  // Health workers who speak of their patients ("explicó el cirujano", "the surgeon said"): a person, never the hospital.
  'médico', 'médica', 'cirujano', 'cirujana', 'enfermero', 'enfermera', 'pediatra', 'physician', 'surgeon', 'nurse',
]);

/**
 * Subordinating conjunctions that open an adverbial clause before the main one ("Mientras analizaban…, el periodista
 * recordó…", "When asked…, she said"): the subject comes after the clause's comma.
 */
export const ADVERBIAL_SUBORDINATORS = set(['mientras', 'cuando', 'aunque', 'si', 'while', 'when', 'although', 'though', 'once', 'after', 'before', 'since']);

/** Subordinators of comparison ("As Harper said, …", "Like the mayor warned…"): capitalised at a sentence's start, never part of a name. */
export const COMPARATIVE_SUBORDINATORS = set(['as', 'like']);

/**
 * English nouns that describe a person by trade or wealth, which AP style sets before a name in lower case ("said
 * billionaire Elon Musk") and a sentence's first word capitalises ("Billionaire Elon Musk said"): there a description,
 * never a given name. Not roles one person holds (TITLE_NOUNS): "the actor" may be any of several.
 */
export const DESCRIPTIVE_NOUNS = set([
  'billionaire', 'millionaire', 'tycoon', 'mogul', 'magnate', 'entrepreneur', 'businessman', 'businesswoman', 'investor', 'philanthropist',
  'actor', 'actress', 'singer', 'rapper', 'musician', 'songwriter', 'comedian', 'filmmaker', 'novelist', 'writer', 'poet', 'artist',
  'activist', 'astronaut', 'chef', 'striker', 'goalkeeper', 'midfielder', 'quarterback', 'pitcher', 'boxer', 'golfer', 'cyclist',
]);

/**
 * English nouns for a member of a party or movement ("the Minnesota Democrat", "the veteran Republican"): after
 * "the" they name a person already introduced, as a role does, never a new name.
 */
export const PARTISAN_NOUNS = set(['democrat', 'republican', 'conservative', 'liberal', 'socialist', 'progressive', 'libertarian', 'independent', 'tory']);

/**
 * Nouns for news media. A medium that relays someone's words is the channel (`via`), not the speaker.
 */
export const MEDIUM_NOUNS = set([
  'agencia', 'diario', 'periódico', 'medio', 'medios', 'cadena', 'televisión', 'radio', 'emisora', 'prensa', 'portal',
  'agency', 'newspaper', 'paper', 'media', 'broadcaster', 'outlet', 'network', 'television', 'tv', 'daily', 'tabloid', 'wire',
]);

/**
 * Nouns for a broadcaster, a programme or a publication that name a channel only with their name after them ("a la
 * red Erbol", "el programa Noches sin Tregua de Cadena A", "the show Face the Nation"): unlike MEDIUM_NOUNS, alone they
 * name no medium ("la red", "el programa de gobierno").
 */
export const PROGRAMME_NOUNS = set(['red', 'programa', 'canal', 'noticiero', 'informativo', 'revista', 'semanario', 'program', 'programme', 'show', 'channel', 'magazine']);

/** International wire agencies, known without the article having to introduce them. */
export const WIRE_AGENCIES = set(['Reuters', 'AFP', 'EFE', 'AP', 'Associated Press', 'Europa Press', 'Bloomberg', 'TASS', 'Xinhua', 'Yonhap', 'Kyodo', 'Interfax', 'DPA', 'ANSA', 'Anadolu']);

/**
 * Broadcasters with an international audience, known as media without the article introducing them ("told the BBC",
 * "told CNN"): whom words were said to on air is the channel, never the speaker.
 */
export const BROADCASTERS = set(['BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'ITV', 'NHK', 'CGTN', 'RTVE', 'TVE', 'RFI', 'Al Jazeera', 'Sky News', 'Fox News', 'Deutsche Welle', 'France 24', 'Euronews', 'Telemundo', 'Univision']);

/** Nouns for the vehicle of a statement ("en su carta", "in a statement"): they give `via`. */
export const CHANNEL_NOUNS = set([
  'carta', 'cartas', 'mensaje', 'mensajes', 'comunicado', 'nota', 'declaración', 'declaraciones', 'entrevista', 'discurso', 'rueda',
  'conferencia', 'publicación', 'tuit', 'vídeo', 'video', 'red', 'redes', 'correo', 'escrito', 'informe', 'intervención',
  'letter', 'letters', 'message', 'statement', 'interview', 'speech', 'post', 'tweet', 'briefing', 'conference', 'email', 'report', 'remarks', 'memo',
]);

/**
 * Nouns for a document that states something ("según el informe", "according to data from X", "the operator's
 * assessment"): besides the channel nouns, what a source marker can cite instead of a speaker.
 */
export const DOCUMENT_NOUNS = set([
  'informe', 'informes', 'datos', 'información', 'estudio', 'estudios', 'documento', 'documentos', 'cifras', 'estadísticas', 'encuesta', 'análisis', 'balance', 'registros',
  'lista', 'clasificación', 'proyección', 'proyecciones', 'estimaciones', 'cálculos',
  'report', 'reports', 'data', 'information', 'study', 'studies', 'document', 'documents', 'assessment', 'figures', 'statistics', 'survey', 'analysis', 'records', 'estimates',
  'list', 'ranking', 'rankings', 'projection', 'projections', 'filing', 'filings',
  // What a court, a prosecutor or an auditor writes ("según la sentencia", "dice el auto de procesamiento", "the indictment
  // alleges", "according to the lawsuit"): a document that states something, as a report does.
  'sentencia', 'resolución', 'dictamen', 'denuncia', 'demanda', 'querella', 'expediente', 'sumario', 'acta', 'atestado', 'auditoría', 'peritaje', 'borrador',
  'ruling', 'judgment', 'judgement', 'indictment', 'lawsuit', 'affidavit', 'audit', 'transcript',
]);

/**
 * Nouns for data (a subset of DOCUMENT_NOUNS, folded): figures gathered rather than words anyone wrote. With no named owner
 * ("government data", "las cifras oficiales", "recent statistics") they are where a figure comes from, not a speaker: the
 * quote golds' convention (../shared/data/quotes-real/SOURCE.md: an unowned "data source" is no one's statement).
 */
export const DATA_NOUNS = set([
  'datos', 'cifras', 'estadísticas', 'registros', 'estimaciones', 'cálculos', 'data', 'figures', 'statistics', 'records', 'estimates',
  'dados', 'números', 'données', 'chiffres', 'statistiques',
]);

/**
 * Nouns for a work and participles that title one ("la película «…»", "the novel “…”", "un informe titulado «…»",
 * "bajo el lema «…»"): a quotation right after them is a title, which quotes nobody.
 */
export const WORK_NOUNS = set([
  'novela', 'libro', 'película', 'filme', 'canción', 'disco', 'álbum', 'serie', 'programa', 'documental', 'obra', 'poema', 'ensayo', 'columna',
  'exposición', 'muestra', 'campaña', 'pódcast', 'podcast', 'titulado', 'titulada', 'titulados', 'tituladas', 'lema', 'eslogan', 'hashtag',
  'novel', 'book', 'film', 'movie', 'song', 'album', 'series', 'show', 'documentary', 'play', 'poem', 'essay', 'column', 'exhibition',
  'campaign', 'programme', 'program', 'titled', 'entitled', 'slogan', 'motto',
]);

/** Prepositions that introduce a channel phrase ("en su carta", "in a statement", "a través de un comunicado"). */
export const CHANNEL_PREPOSITIONS = set(['en', 'in', 'mediante', 'via', 'through']);

/** Verbs of writing and posting (folded): "en X" or "on Facebook" after them names where the words were published. */
export const WRITING_VERBS = set(['escribió', 'escribieron', 'escribe', 'escriben', 'escrito', 'publicó', 'publicaron', 'publica', 'publicado', 'tuiteó', 'wrote', 'writes', 'written', 'posted', 'posts', 'tweeted', 'tweets']);

/** Prepositions that introduce whom words were told to ("a la agencia Efe", "to the BBC"). */
export const DATIVE_PREPOSITIONS = set(['a', 'al', 'to']);

/** Words that introduce the source of a claim: "según X", "according to X". */
export const SOURCE_MARKERS = set(['según', 'according']);

/** Words that join two clauses: reported speech that reaches one stops before it. */
export const CLAUSE_BREAKERS = set(['pero', 'aunque', 'mientras', 'but', 'although', 'while', 'whereas']);

/** Lower-case words that may join the parts of a name ("Banco de España", "Bank of England"). */
export const NAME_PREPOSITIONS = set(['de', 'del', 'of', 'do', 'da', 'dos', 'das']);
/** Articles that may follow those ("Banco de la Nación"). */
export const NAME_ARTICLES = set(['la', 'las', 'los', 'the']);
