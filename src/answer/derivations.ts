/**
 * Words of one family that the stemmers leave apart, so that "¿Dónde se reunieron Kim y Putin?" meets
 * "su encuentro con Putin": a verb and the noun of its event whose stems differ ("reunieron"/"reunión",
 * "murió"/"muerte", "nació"/"nacimiento", "eligió"/"elección", "met"/"meeting"), a verb and the noun of what it
 * measures ("costó"/"precio", "worth"/"value"), the two verbs Spanish
 * uses for one meeting ("reunirse", "encontrarse", whose noun is "encuentro"), "prometer" with
 * "comprometerse" (com- + prometer: to pledge), the verbs of beginning, ending and opening, and "portavoz" with "vocero". A closed list from Spanish and English morphology, not
 * vocabulary taken from any corpus; used to match sentences to a question (matching.ts), never for
 * retrieval. Measured on XQuAD in docs/EVALUATION.md (issue 15).
 *
 * Besides the list, a rule: the noun of the doer or of the act ("fundador", "fundación", "founder", "creator",
 * "creation") is its verb's stem with a suffix the stemmers keep (`derivationBase`).
 */
import { wordTerms, type Analyser } from '../search/analyze.js';
import { foldAccents } from '../text/words.js';

const FAMILIES: readonly (readonly string[])[] = [
  ['reunir', 'reunirse', 'reunió', 'reunieron', 'reunión', 'reuniones', 'encuentro', 'encuentros', 'encontrarse', 'encontraron', 'encontró', 'meet', 'meets', 'met', 'meeting', 'meetings'],
  ['prometer', 'prometió', 'prometieron', 'promete', 'prometen', 'promesa', 'promesas', 'comprometerse', 'comprometen', 'comprometió', 'comprometieron', 'compromiso', 'compromisos', 'promise', 'promised', 'promises', 'pledge', 'pledged', 'pledges', 'commit', 'committed', 'commitment'],
  ['morir', 'murió', 'murieron', 'muere', 'mueren', 'muerte', 'muertes', 'die', 'died', 'dies', 'death', 'deaths'],
  ['nacer', 'nació', 'nacieron', 'nace', 'nacimiento', 'born', 'birth'],
  ['elegir', 'eligió', 'eligieron', 'elegido', 'elegida', 'elección', 'elecciones', 'elect', 'elected', 'election', 'elections'],
  // What something is worth: "valor" and "vale" in Spanish, "value" and "worth" in English ("What is the value of the
  // deal?" beside "The deal is worth $3m").
  ['valor', 'valores', 'vale', 'valen', 'valía', 'valían', 'valorado', 'valorada', 'valorados', 'valoradas', 'value', 'values', 'valued', 'worth'],
  // What something costs: the verb and the noun of its price ("¿Qué precio tuvo la obra?" beside "La obra costó…").
  ['costar', 'costó', 'costaron', 'cuesta', 'cuestan', 'costará', 'costarán', 'costaba', 'costaban', 'coste', 'costes', 'precio', 'precios', 'cost', 'costs', 'price', 'prices', 'priced'],
  // The verbs of beginning, of ending and of opening, which Spanish says with two or three verbs each and a translation
  // renders with one ("begin" as "empieza" beside "Las obras comenzaron en septiembre"; "open" as "abierto" beside "se
  // inauguró"): aspect verbs, a closed class (the Real Academia's Nueva gramática, 28.4).
  ['empezar', 'empieza', 'empiezan', 'empezó', 'empezaron', 'empezará', 'empezarán', 'comenzar', 'comienza', 'comienzan', 'comenzó', 'comenzaron', 'comenzará', 'comenzarán', 'comienzo', 'iniciar', 'inicia', 'inician', 'inició', 'iniciaron', 'iniciará', 'iniciarán', 'inicio', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started'],
  ['terminar', 'termina', 'terminan', 'terminó', 'terminaron', 'terminará', 'terminarán', 'acabar', 'acaba', 'acaban', 'acabó', 'acabaron', 'acabará', 'acabarán', 'finalizar', 'finaliza', 'finalizan', 'finalizó', 'finalizaron', 'finalizará', 'finalizarán', 'concluir', 'concluye', 'concluyen', 'concluyó', 'concluyeron', 'concluirá', 'concluirán', 'end', 'ends', 'ended', 'finish', 'finishes', 'finished'],
  ['abrir', 'abre', 'abren', 'abrió', 'abrieron', 'abrirá', 'abrirán', 'abierto', 'abierta', 'apertura', 'inaugurar', 'inaugura', 'inauguran', 'inauguró', 'inauguraron', 'inaugurará', 'inaugurarán', 'inauguración', 'open', 'opens', 'opened', 'opening'],
  // The share of voters who voted: "participación" in Spanish, which a translation gives as "concurrencia" or "afluencia"
  // for "turnout" (Apertium's), and "turnout" in English.
  ['participación', 'participaciones', 'concurrencia', 'afluencia', 'turnout', 'turnouts'],
  // Two words for one post, "portavoz" in Spain and "vocero" in much of America (the Real Academia's dictionary).
  ['portavoz', 'portavoces', 'vocero', 'vocera', 'voceros', 'voceras', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen'],
];

const byAnalyser = new Map<Analyser, Array<ReadonlySet<string>>>();
const NONE: ReadonlySet<string> = new Set();

/** The stems, as `analyser` analyses them, of the family `stem` belongs to (itself included); empty when it is in none. */
export function familyStems(stem: string, analyser: Analyser): ReadonlySet<string> {
  let families = byAnalyser.get(analyser);
  if (!families) {
    families = FAMILIES.map((family) => new Set(family.flatMap((word) => wordTerms(foldAccents(word), analyser))));
    byAnalyser.set(analyser, families);
  }
  return families.find((family) => family.has(stem)) ?? NONE;
}

/**
 * Suffixes of the doer and of the act that the Snowball stemmers leave on a short stem, by stem ending (folded), with
 * the shortest base each may leave: Spanish -ador/-edor/-idor and -ación/-ición ("fundador", "ganador", "vendedor",
 * "descubridor", "fundación"; bases of three letters are verbs' stems there: "gan", "cre"), -tor in both languages
 * ("inventor", "pintor", "creator"), English -tion ("creation"), -er ("founder", "painter") and the -at that the
 * English stemmer leaves of -ation ("foundation" → "foundat"). A shorter base ("col" of "color", "may" of "mayor",
 * "ten" of "tenor") is no verb's stem.
 */
const DERIVATION_SUFFIXES: ReadonlyArray<{ suffix: RegExp; minBase: number }> = [
  { suffix: /(?:ador|edor|idor|acion|icion)$/u, minBase: 3 },
  { suffix: /(?<=t)(?:or|ion)$/u, minBase: 4 },
  { suffix: /(?:er|at)$/u, minBase: 4 },
];

/**
 * The stem of the verb a noun of the doer or of the act derives from ("fundador" → "fund", as "fundó" is stemmed;
 * "founder" → "found", as "founded"), by DERIVATION_SUFFIXES; undefined when `stem` ends in none of them or too little
 * would be left.
 */
export function derivationBase(stem: string): string | undefined {
  for (const { suffix, minBase } of DERIVATION_SUFFIXES) {
    const base = stem.replace(suffix, '');
    if (base !== stem) return base.length >= minBase ? base : undefined;
  }
  return undefined;
}
