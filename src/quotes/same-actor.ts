import { INSTITUTION_NOUNS } from './lexicon.js';

/**
 * Names that differ across Spanish and English beyond accents and that no rule derives: the fallback when a
 * query matches no actor as typed, and the other names /ask looks a question's country or organisation up by
 * ("EEUU" → "Estados Unidos"). Each row is one country or organisation (keys as `nameKey` gives them).
 */
const SAME_ACTOR: readonly (readonly string[])[] = [
  ['estados unidos', 'united states', 'usa', 'us', 'eeuu', 'ee uu'],
  ['naciones unidas', 'organizacion de las naciones unidas', 'united nations', 'onu', 'un'],
  ['union europea', 'european union', 'ue', 'eu'],
  ['otan', 'nato', 'organizacion del tratado del atlantico norte', 'north atlantic treaty organization'],
  ['reino unido', 'united kingdom', 'uk'],
  ['rusia', 'russia'],
  ['corea del norte', 'north korea'],
  ['corea del sur', 'south korea'],
  ['casa blanca', 'white house'],
  // International bodies whose names translate word by word into other words and order than any rule here derives, and
  // whose acronym is of one language's name only (the bodies' own Spanish and English names).
  ['medicos sin fronteras', 'doctors without borders', 'msf'],
  ['reporteros sin fronteras', 'reporters without borders', 'rsf'],
  ['amnistia internacional', 'amnesty international'],
  ['cruz roja', 'red cross'],
  // A service Spanish names by one compound noun ("guardacostas"), which no word of the English name translates.
  ['guardacostas', 'guardia costera', 'coast guard'],
  ['acnur', 'unhcr', 'alto comisionado de las naciones unidas para los refugiados', 'united nations high commissioner for refugees'],
];

/** Each key of SAME_ACTOR with its whole row (the key itself included). */
export const SAME_ACTOR_KEYS: ReadonlyMap<string, readonly string[]> = new Map(SAME_ACTOR.flatMap((row) => row.map((key) => [key, row] as const)));

/**
 * Role nouns of Spanish and English that name the same office (each row one office, keys as `nameKey` gives them):
 * a /quote query for "the mayor" finds whom the articles call "la alcaldesa", as "la alcaldesa" does. Offices of
 * lexicon.ts's TITLE_NOUNS, in both genders where Spanish has two; "director", "general" are the same word in both.
 */
const SAME_ROLE: ReadonlyArray<{ english: readonly string[]; spanish: readonly string[] }> = [
  { english: ['mayor'], spanish: ['alcalde', 'alcaldesa'] },
  { english: ['minister'], spanish: ['ministro', 'ministra'] },
  { english: ['president'], spanish: ['presidente', 'presidenta'] },
  { english: ['spokesman', 'spokeswoman', 'spokesperson'], spanish: ['portavoz', 'vocero', 'vocera'] },
  { english: ['governor'], spanish: ['gobernador', 'gobernadora'] },
  { english: ['senator'], spanish: ['senador', 'senadora'] },
  { english: ['ambassador'], spanish: ['embajador', 'embajadora'] },
  { english: ['judge'], spanish: ['juez', 'jueza'] },
  { english: ['prosecutor'], spanish: ['fiscal'] },
  { english: ['leader'], spanish: ['lider'] },
  { english: ['chancellor'], spanish: ['canciller'] },
  { english: ['secretary'], spanish: ['secretario', 'secretaria'] },
  { english: ['lawyer', 'attorney'], spanish: ['abogado', 'abogada'] },
  { english: ['manager'], spanish: ['gerente'] },
  { english: ['councillor', 'councilman', 'councilwoman'], spanish: ['concejal', 'concejala'] },
  { english: ['chief'], spanish: ['jefe', 'jefa'] },
  { english: ['king'], spanish: ['rey'] },
  { english: ['queen'], spanish: ['reina'] },
  { english: ['researcher'], spanish: ['investigador', 'investigadora'] },
  { english: ['scientist'], spanish: ['cientifico', 'cientifica'] },
  { english: ['economist'], spanish: ['economista'] },
  { english: ['professor'], spanish: ['profesor', 'profesora'] },
  { english: ['colonel'], spanish: ['coronel'] },
  { english: ['commander'], spanish: ['comandante'] },
];

/**
 * Offices of two words in English and Spanish whose words do not translate one by one (keys as `nameKey` gives them). A
 * company's head is "presidente ejecutivo", "director ejecutivo" or, in Spain, "consejero delegado" for the English "chief
 * executive" (Collins Spanish Dictionary, "chief executive officer"). Mexico's federal prosecutor was the "procurador general de
 * la República", whom the English press calls the attorney general.
 */
const COMPOUND_OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['attorney general', 'fiscal general'], ['attorney general', 'procurador general'], ['solicitor general', 'procurador general'], ['chief executive', 'presidente ejecutivo'],
  ['chief executive', 'director ejecutivo'], ['chief executive', 'consejero delegado'], ['executive director', 'director ejecutivo'],
];

/**
 * The Spanish names of the office an English "<role>'s Office" names ("Prosecutor's Office" → "fiscalía", "Attorney General's
 * Office" → "fiscalía general", "procuraduría general"): Spanish names the body after its head's role with "-ía"
 * ("fiscal" → "fiscalía", "defensor" → "defensoría", "contralor" → "contraloría"), "-ador" with "-aduría" ("procurador" →
 * "procuraduría"). Words before the role ("Colombian") are left out. Empty for any other key.
 */
export function officeBodyNames(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2 || words.at(-1) !== 'office') return [];
  const role = words.slice(0, -1);
  // Only roles in "-al" and "-or" make their office so ("alcalde" makes "alcaldía", which no rule here derives).
  const bodyOf = (spanish: string) => {
    const [head = '', ...rest] = spanish.split(' ');
    if (!/(?:al|or)$/.test(head)) return [];
    return [[head.endsWith('ador') ? `${head.slice(0, -2)}uria` : `${head}ia`, ...rest].join(' ')];
  };
  for (let from = 0; from < role.length; from++) {
    const english = role.slice(from).join(' ');
    const spanish = [...COMPOUND_OFFICES.filter(([each]) => each === english).map(([, other]) => other), ...(from === role.length - 1 ? SAME_ROLE_WORDS.get(english) ?? [] : [])];
    if (spanish.length > 0) return [...new Set(spanish.flatMap(bodyOf))];
  }
  return [];
}

/** Each role word with its forms in the other language (never the same language's other gender: "alcaldesa" is not "alcalde"). */
const SAME_ROLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  SAME_ROLE.flatMap(({ english, spanish }) => [...english.map((word) => [word, spanish] as const), ...spanish.map((word) => [word, english] as const)]),
);

/** Spanish role words whose office has another word for the other gender ("alcaldesa" beside "alcalde"). */
const GENDERED_ROLE_WORDS: ReadonlySet<string> = new Set(SAME_ROLE.flatMap(({ spanish }) => (spanish.length > 1 ? spanish : [])));

/**
 * Whether a role word marks its holder's gender ("alcaldesa", "ministro"), unlike the other language's word for the
 * office ("mayor", "minister"): a holder the articles titled only so may be of either gender.
 */
export function marksGender(word: string): boolean {
  return GENDERED_ROLE_WORDS.has(word);
}

/** The titles of the heads of state and of government, in both languages. */
const HEADS_OF_COUNTRY = ['presidente', 'presidenta', 'primer ministro', 'primera ministra', 'president', 'prime minister', 'premier'];

/**
 * Nouns the press gives whoever heads a country in place of the title ("el mandatario", "la mandataria", "el
 * gobernante", "el líder ruso", "the Russian leader"; DLE: "persona que ocupa por elección un cargo en la gobernación
 * de un país"), with the titles of the heads of state and of government they stand for: "el mandatario" and "el líder
 * ruso" find whom the articles call "el presidente" ("el presidente ruso"), or "el primer ministro". "Líder" and
 * "leader" are the same word in both languages: both stand for the titles of either.
 */
const HEAD_OF_STATE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['mandatario', ['presidente', 'primer ministro']],
  ['mandataria', ['presidenta', 'primera ministra']],
  ['gobernante', ['presidente', 'presidenta', 'primer ministro', 'primera ministra']],
  ['lider', HEADS_OF_COUNTRY],
  ['leader', HEADS_OF_COUNTRY],
]);

/** The other forms of one role word: the other language's, and the titles a word for the head of a country stands for. */
function otherFormsOfRole(word: string): readonly string[] {
  return [...(SAME_ROLE_WORDS.get(word) ?? []), ...(HEAD_OF_STATE_WORDS.get(word) ?? [])];
}

/**
 * The key with each of its role words put in the other language's forms of the same office ("the mayor" → "the
 * alcalde", "the alcaldesa"), or in the titles a word for the head of a country stands for ("el mandatario", "el
 * líder" → "el presidente", "el primer ministro"), one variant per form; a former holder's word as well ("exmandatario" → "expresidente");
 * and in the same language's other nouns for the office (`sameOfficeForms`: "el técnico" → "el entrenador"). None when the
 * key has no role word.
 */
export function otherRoleForms(key: string): string[] {
  return [...new Set([...acrossLanguages(key), ...sameOfficeForms(key)])];
}

/**
 * Nouns one language has for one office and gender (each row one; keys as `nameKey` gives them): the press varies the
 * noun for whoever it named once ("la intendenta" is "la jefa comunal" two paragraphs on; "el entrenador", "el técnico",
 * "el DT"; "the chief executive", "the CEO"), and a /quote look-up by any of them finds whom the article titled by
 * another. A mayor: "intendente" (Argentina, where "jefe comunal" is the press's other word), "burgomaestre" (DLE: alcalde;
 * the Peruvian press's word); a coach: "técnico", "director técnico", "DT" (DLE, "técnico": entrenador deportivo).
 */
const SAME_OFFICE: ReadonlyArray<readonly string[]> = [
  ['alcalde', 'intendente', 'jefe comunal', 'burgomaestre'],
  ['alcaldesa', 'intendenta', 'jefa comunal'],
  ['entrenador', 'tecnico', 'director tecnico', 'dt'],
  ['entrenadora', 'tecnica', 'directora tecnica', 'dt'],
  ['chief executive', 'ceo', 'chief executive officer'],
  ['coach', 'head coach'],
  // A judge: "magistrado" is the press's other word for any "juez" (DLE: juez de categoría superior; the press uses both).
  ['juez', 'magistrado'],
  ['jueza', 'magistrada'],
]

/**
 * Words a user asks for an office by that the press gives no one as a title of that office ("the boss" of a company is its
 * chief executive; "union boss" titles another office; "el profe", the sports press's coach, is a teacher as often): read as the
 * office, never the other way round.
 */
const ASKED_AS: ReadonlyArray<readonly [string, readonly string[]]> = [['boss', ['chief executive', 'ceo']], ['profe', ['entrenador', 'tecnico', 'dt']]];

/**
 * The key with an office's noun put in the same language's other nouns for it (SAME_OFFICE, ASKED_AS): "la jefa comunal"
 * → "la alcaldesa", "la intendenta"; "el dt" → "el entrenador", "el tecnico", …. A phrase inside a longer one that matches
 * ("tecnico" in "director tecnico") is left to the longer. None when the key has no such noun.
 */
function sameOfficeForms(key: string): string[] {
  const padded = ` ${key} `;
  // A noun of one form for both genders ("dt") is in a row of each: it finds a holder of either.
  const rows: Array<readonly [string, readonly string[]]> = [...SAME_OFFICE.flatMap((nouns) => nouns.map((noun) => [noun, nouns] as const)), ...ASKED_AS];
  const matched = rows.filter(([noun]) => padded.includes(` ${noun} `));
  const longest = matched.filter(([noun]) => !matched.some(([other]) => other !== noun && ` ${other} `.includes(` ${noun} `)));
  return longest.flatMap(([noun, row]) => row.filter((other) => other !== noun).map((other) => padded.replace(` ${noun} `, ` ${other} `).trim()));
}

/** `otherRoleForms` across languages only: SAME_ROLE's words, COMPOUND_OFFICES' phrases, the titles of a country's head. */
function acrossLanguages(key: string): string[] {
  // An office of two words whose words translate apart ("attorney general" is no "abogado general"): the whole phrase.
  const padded = ` ${key} `;
  const compounds = COMPOUND_OFFICES.flatMap(([one, other]) => [[one, other], [other, one]] as const)
    .filter(([from]) => padded.includes(` ${from} `))
    .map(([from, to]) => padded.replace(` ${from} `, ` ${to} `).trim());
  if (compounds.length > 0) return compounds;
  const words = key.split(' ');
  const formsOf = (word: string): readonly string[] => {
    const former = /^ex-?/.exec(word)?.[0];
    return former ? otherFormsOfRole(word.slice(former.length)).map((other) => `${former}${other}`) : otherFormsOfRole(word);
  };
  return words.flatMap((word, i) => formsOf(word).map((other) => [...words.slice(0, i), other, ...words.slice(i + 1)].join(' ')));
}

/**
 * Words of the names of bodies whose translation begins with another letter (Spanish → English; keys as `nameKey` gives
 * them): what an acronym of a translated name needs beyond cognates, which keep their initial ("fondo"/"fund",
 * "monetario"/"monetary", "tratado"/"treaty"). Dictionary senses as the names of international bodies use them.
 */
const INITIAL_CHANGING_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['mundial', 'world'], ['mundo', 'world'], ['salud', 'health'], ['sanidad', 'health'], ['comercio', 'trade'], ['trabajo', 'labour'],
  ['derechos', 'rights'], ['estados', 'states'], ['exteriores', 'foreign'], ['asuntos', 'affairs'], ['penal', 'criminal'],
  ['alimentacion', 'food'], ['paises', 'countries'], ['nuevo', 'new'], ['nueva', 'new'], ['alto', 'high'], ['alta', 'high'],
  ['comisionado', 'commissioner'], ['ejercito', 'army'], ['libre', 'free'], ['oeste', 'west'], ['occidental', 'western'],
  ['crecimiento', 'growth'], ['trabajadores', 'workers'], ['infancia', 'children'], ['cruz', 'cross'], ['roja', 'red'],
  ['meteorologico', 'weather'], ['meteorologica', 'weather'],
];
const ENGLISH_OF = new Map(INITIAL_CHANGING_WORDS);
const SPANISH_OF = new Map(INITIAL_CHANGING_WORDS.map(([spanish, english]) => [english, spanish] as const).concat([['labor', 'trabajo']]));

/** Words a body's name joins its parts with, which its acronym leaves out. */
const NAME_JOINERS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'of', 'the', 'and', 'for', 'on', 'para', 'sobre']);

/**
 * The acronyms a body's name has in the other language (`key` as `nameKey` gives it): its words translated (a cognate
 * keeps its initial, INITIAL_CHANGING_WORDS give the others) and put in the other language's order. Spanish puts the head
 * noun first, its adjectives after it and its complements after "de"; English the other way round, or with "of". So
 * "fondo monetario internacional" → "imf" (reversed), "organizacion mundial de la salud" → "who" (the head's adjectives,
 * the complement, the head), "organizacion de los estados americanos" → "oas" (the head, then "of" and the complement);
 * "international monetary fund" → "fmi", "world health organization" → "oms", "organization of american states" → "oea".
 * Only the names of bodies (an institution noun heads them: lexicon.ts's INSTITUTION_NOUNS), of two words or more: a
 * person's name in reverse is no acronym. Empty otherwise.
 */
export function translatedInitials(key: string): string[] {
  const words = key.split(' ');
  const initials = new Set<string>();
  if (words.length < 2) return [];
  const spell = (translated: readonly string[]) => {
    if (translated.length >= 2) initials.add(translated.map((word) => word[0]).join(''));
  };
  if (INSTITUTION_NOUNS.has(words[0]!)) {
    // Spanish: "N A… de N A… de …" → English initials.
    const parts = splitAt(words, (word) => word === 'de' || word === 'del').map((part) => part.filter((word) => !NAME_JOINERS.has(word)).map((word) => ENGLISH_OF.get(word) ?? word));
    const [[head, ...adjectives] = [], ...rest] = parts;
    const complement = rest.flat().reverse();
    if (head !== undefined) {
      spell([...parts.flat()].reverse());
      spell([...[...adjectives].reverse(), ...complement, head]);
      spell([...[...adjectives].reverse(), head, ...complement]);
    }
  }
  if (INSTITUTION_NOUNS.has(words.at(-1)!) || words.includes('of')) {
    // English: "A… N of A… N" → Spanish initials.
    const [before = [], after = []] = splitAt(words, (word) => word === 'of').map((part) => part.filter((word) => !NAME_JOINERS.has(word)).map((word) => SPANISH_OF.get(word) ?? word));
    const head = before.at(-1);
    if (head !== undefined && INSTITUTION_NOUNS.has(head)) {
      const modifiers = before.slice(0, -1);
      const complement = [...after].reverse();
      spell([head, ...[...modifiers].reverse(), ...complement]);
      spell([head, ...modifiers.slice(0, 1), ...modifiers.slice(1).reverse(), ...complement]);
    }
  }
  return [...initials];
}

/**
 * Words of the names of bodies in Spanish and English (keys as `nameKey` gives them), beyond INITIAL_CHANGING_WORDS: the
 * heads (INSTITUTION_NOUNS and other nouns of public bodies) and the words of their fields and ranks, in their dictionary
 * senses. A word with two translations has a row for each ("hacienda": finance, treasury; "court": tribunal, corte).
 */
const BODY_NAME_WORDS: ReadonlyArray<readonly [string, string]> = [
  ...INITIAL_CHANGING_WORDS,
  ['ministerio', 'ministry'], ['banco', 'bank'], ['departamento', 'department'], ['consejo', 'council'], ['oficina', 'office'],
  ['comision', 'commission'], ['agencia', 'agency'], ['instituto', 'institute'], ['universidad', 'university'], ['fondo', 'fund'],
  ['tribunal', 'court'], ['corte', 'court'], ['organizacion', 'organization'], ['organizacion', 'organisation'], ['fundacion', 'foundation'],
  ['centro', 'center'], ['centro', 'centre'], ['servicio', 'service'], ['comite', 'committee'], ['partido', 'party'], ['sindicato', 'union'],
  ['asociacion', 'association'], ['federacion', 'federation'], ['autoridad', 'authority'], ['policia', 'police'], ['junta', 'board'],
  ['defensa', 'defense'], ['defensa', 'defence'], ['educacion', 'education'], ['hacienda', 'finance'], ['hacienda', 'treasury'],
  ['finanzas', 'finance'], ['economia', 'economy'], ['energia', 'energy'], ['minas', 'mines'], ['mineria', 'mining'], ['justicia', 'justice'],
  ['interior', 'interior'], ['agricultura', 'agriculture'], ['transporte', 'transport'], ['cultura', 'culture'], ['comercio', 'commerce'],
  ['industria', 'industry'], ['turismo', 'tourism'], ['vivienda', 'housing'], ['seguridad', 'security'], ['desarrollo', 'development'],
  ['ciencia', 'science'], ['tecnologia', 'technology'], ['ambiente', 'environment'], ['estado', 'state'], ['central', 'central'],
  ['nacional', 'national'], ['federal', 'federal'], ['supremo', 'supreme'], ['suprema', 'supreme'], ['electoral', 'electoral'],
  ['internacional', 'international'], ['europeo', 'european'], ['europea', 'european'], ['publico', 'public'], ['publica', 'public'],
  ['guardia', 'guard'], ['costera', 'coast'], ['costero', 'coast'], ['fronteriza', 'border'], ['patrulla', 'patrol'],
  ['estatal', 'state'], ['agua', 'water'], ['aguas', 'water'], ['carretera', 'highway'], ['carreteras', 'highway'], ['forestal', 'forestry'], ['meteorologia', 'weather'],
  // Mexico's and Central America's ministries are "secretarías" ("Secretaría de Seguridad Pública"), which English calls
  // a secretariat, a ministry or a department.
  ['secretaria', 'secretariat'], ['secretaria', 'ministry'], ['secretaria', 'department'],
  // Heads of chambers, federations of bodies and political or civic groups ("Cámara de Comercio", "Confederación de
  // Trabajadores", "Cooperativa Lechera", "Alianza Cívica").
  ['camara', 'chamber'], ['confederacion', 'confederation'], ['cooperativa', 'cooperative'], ['consorcio', 'consortium'],
  ['alianza', 'alliance'], ['coalicion', 'coalition'], ['movimiento', 'movement'], ['sociedad', 'society'], ['academia', 'academy'],
  ['observatorio', 'observatory'], ['laboratorio', 'laboratory'], ['museo', 'museum'],
  ['y', 'and'],
];
const ENGLISH_NAME_WORDS = groupPairs(BODY_NAME_WORDS);
const SPANISH_NAME_WORDS = groupPairs(BODY_NAME_WORDS.map(([spanish, english]) => [english, spanish] as const).concat([['labor', 'trabajo']]));

/**
 * Whether a word (key as `nameKey` gives it) is one of the words bodies' names are made of in either language (BODY_NAME_WORDS:
 * "nacional", "electoral", "supreme", "ministerio"), which no person's name in the press is.
 */
export function isBodyNameWord(key: string): boolean {
  return ENGLISH_NAME_WORDS.has(key) || SPANISH_NAME_WORDS.has(key);
}

/**
 * Fields of government a minister's portfolio names (Spanish keys of BODY_NAME_WORDS): "ministro de Educación", "Health
 * Secretary", "titular de Hacienda".
 */
const PORTFOLIO_FIELDS = [
  'salud', 'sanidad', 'trabajo', 'exteriores', 'comercio', 'alimentacion', 'defensa', 'educacion', 'hacienda', 'finanzas', 'economia', 'energia',
  'minas', 'mineria', 'justicia', 'interior', 'agricultura', 'transporte', 'cultura', 'industria', 'turismo', 'vivienda', 'seguridad',
  'desarrollo', 'ciencia', 'tecnologia', 'ambiente',
];

/**
 * A word naming a portfolio, in either language (key), as one English word: "educacion" and "education" → "education",
 * "sanidad", "salud" and "health" → "health", "defence" → "defense". Undefined for any other word.
 */
export function portfolioOf(word: string): string | undefined {
  const spanish = PORTFOLIO_FIELDS.includes(word) ? word : SPANISH_NAME_WORDS.get(word)?.find((each) => PORTFOLIO_FIELDS.includes(each));
  return spanish === undefined ? undefined : ENGLISH_NAME_WORDS.get(spanish)?.[0];
}

/** Each first element with every second element paired with it. */
function groupPairs(pairs: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, readonly string[]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of pairs) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return grouped;
}

/**
 * Nouns that head a body's name beyond INSTITUTION_NOUNS, in both languages ("Servicio Meteorológico de Argentina",
 * "Argentine weather service", "Port Authority"): the other heads BODY_NAME_WORDS translates.
 */
const BODY_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_NOUNS, 'secretaria', 'secretariat', 'service', 'servicio', 'authority', 'autoridad', 'board', 'junta', 'police', 'policia', 'guard', 'guardia', 'patrol', 'patrulla', 'administration', 'administracion', 'chamber', 'confederacion', 'confederation', 'cooperativa', 'cooperative', 'consorcio', 'consortium']);

/**
 * Regular endings of learned words shared by English and Spanish (English first, Spanish forms after; keys folded):
 * "meteorological" / "meteorológico", "meteorológica"; "electoral" / "electoral"; "security" / "seguridad" is irregular
 * and in BODY_NAME_WORDS. The correspondences of Latin-derived suffixes any bilingual grammar lists.
 */
const COGNATE_ENDINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ical', ['ico', 'ica']], ['ic', ['ico', 'ica']], ['ity', ['idad']], ['tion', ['cion']], ['ary', ['ario', 'aria']], ['ive', ['ivo', 'iva']], ['ous', ['oso', 'osa']],
];

/** Letters a word keeps before a cognate ending, at least: short words ("tic", "arc") are seldom learned borrowings. */
const MIN_COGNATE_STEM = 4;

/**
 * The forms of a word with no dictionary entry in the other language by its regular learned ending (COGNATE_ENDINGS),
 * then the word as it is (a place or proper name stays); the word alone when no ending fits.
 */
function cognates(word: string, to: 'es' | 'en'): string[] {
  for (const [english, spanish] of COGNATE_ENDINGS) {
    const [from, into] = to === 'es' ? [[english], spanish] : [spanish, [english]];
    const ending = from.find((each) => word.endsWith(each) && word.length - each.length >= MIN_COGNATE_STEM);
    if (ending !== undefined) return [...into.map((each) => word.slice(0, -ending.length) + each), word];
  }
  return [word];
}

/** Most name variants one query is looked up by in the other language (each a lookup: the word choices multiply). */
const MAX_TRANSLATED_NAMES = 24;

/** Articles a body's name may hold, which a word-for-word translation leaves out ("Organización de las Naciones Unidas"). */
const ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/**
 * A body's name (`key` as `nameKey` gives it) in the other language, word for word and in that language's order, as
 * `translatedInitials` reads them: "ministerio de salud" → "ministry of health", "health ministry"; "banco central de
 * nicaragua" → "central bank of nicaragua", "nicaragua central bank"; "health ministry" → "ministerio de salud" (an English
 * modifier is a Spanish adjective after the head or a complement after "de": both are tried); "central bank of nicaragua" →
 * "banco central de nicaragua". A word with no translation (a place, a proper name) stays as it is, and a demonym is left to
 * the country forms (countries.ts). Only names an institution noun heads, of two words or more; empty otherwise. At most
 * MAX_TRANSLATED_NAMES variants.
 */
export function translatedBodyNames(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2) return [];
  const names = new Set<string>();
  const choices = (word: string, dictionary: ReadonlyMap<string, readonly string[]>) => dictionary.get(word) ?? cognates(word, dictionary === SPANISH_NAME_WORDS ? 'es' : 'en');
  const spell = (parts: ReadonlyArray<readonly string[]>) => {
    let variants = [''];
    for (const options of parts) variants = variants.flatMap((variant) => options.map((option) => `${variant} ${option}`)).slice(0, MAX_TRANSLATED_NAMES);
    for (const variant of variants) names.add(variant.trim());
  };
  if (BODY_HEADS.has(words[0]!) && ENGLISH_NAME_WORDS.has(words[0]!)) {
    // Spanish "N A… de C…" → English "A… N of C…" and "C… A… N".
    const [[head, ...adjectives] = [], ...complements] = splitAt(words, (word) => word === 'de' || word === 'del').map((part) => part.filter((word) => !ARTICLES.has(word)));
    const english = (part: readonly string[]) => part.map((word) => choices(word, ENGLISH_NAME_WORDS));
    const complement = complements.flat();
    if (head !== undefined) {
      const modified = [...english([...adjectives].reverse()), choices(head, ENGLISH_NAME_WORDS)];
      spell(complement.length ? [...modified, ['of'], ...english(complement)] : modified);
      if (complement.length) spell([...english(complement), ...modified]);
    }
  }
  const [before = [], after = []] = splitAt(words, (word) => word === 'of');
  const head = before.at(-1);
  if (head !== undefined && BODY_HEADS.has(head) && SPANISH_NAME_WORDS.has(head)) {
    // English "M… N (of C…)" → Spanish "N A… (de C…)": each modifier an adjective after the head or, with "de", a
    // complement ("world health organization" → "organización mundial de salud"); every split is tried.
    const modifiers = before.slice(0, -1).reverse().filter((word) => !ARTICLES.has(word)).map((word) => choices(word, SPANISH_NAME_WORDS));
    const complement = after.filter((word) => !ARTICLES.has(word)).map((word) => choices(word, SPANISH_NAME_WORDS));
    for (let mask = 0; mask < 2 ** modifiers.length; mask++) {
      const nouns = [...modifiers.filter((_, at) => mask & (1 << at)), ...complement];
      spell([choices(head, SPANISH_NAME_WORDS), ...modifiers.filter((_, at) => !(mask & (1 << at))), ...(nouns.length ? [['de'], ...nouns] : [])]);
    }
  }
  names.delete(key);
  return [...names].slice(0, MAX_TRANSLATED_NAMES);
}

/**
 * A body's name key cut into its head (the noun of BODY_HEADS that leads it in Spanish, or ends it or comes before
 * "of" in English) and its other words, joining words left out ("comision estatal del agua" → "comision" and "estatal",
 * "agua"; "state water commission" → "commission" and "state", "water"). Undefined when no such noun heads it.
 */
function bodyParts(key: string): { head: string; rest: string[] } | undefined {
  const words = key.split(' ');
  const of = words.indexOf('of');
  const at = [0, of - 1, words.length - 1].find((each) => each >= 0 && BODY_HEADS.has(words[each]!));
  if (words.length < 2 || at === undefined) return undefined;
  return { head: words[at]!, rest: words.filter((word, each) => each !== at && !NAME_JOINERS.has(word)) };
}

/** A word of a body's name in either language's forms: its dictionary senses (BODY_NAME_WORDS), cognates, and itself. */
function nameWordForms(word: string): ReadonlySet<string> {
  return new Set([...(ENGLISH_NAME_WORDS.get(word) ?? []), ...(SPANISH_NAME_WORDS.get(word) ?? []), ...cognates(word, 'es'), ...cognates(word, 'en')]);
}

/**
 * The other language's nouns for the head of a body's name (`key` as `nameKey` gives it): "commission" → "comision";
 * what a body named in the other language is listed under. Empty when no noun of BODY_HEADS heads it.
 */
export function otherLanguageHeads(key: string): string[] {
  const head = bodyParts(key)?.head;
  return head === undefined ? [] : [...nameWordForms(head)].filter((form) => form !== head);
}

/**
 * Whether two body names (keys as `nameKey` gives them) name one body in the two languages, word for word in any order:
 * the heads translate one into the other (so the languages differ) and every other word of each is a form of a
 * distinct word of the other ("State Water Commission" and "Comisión Estatal del Agua", "National Electoral Institute"
 * and "Instituto Nacional Electoral"). Spanish keeps some English orders and reverses others ("Instituto Nacional
 * Electoral", "Comisión Federal de Electricidad"), so no order is required; a word more or less on either side ("Water
 * Commission", "Comisión Nacional del Agua") is another body.
 */
export function sameBodyAcrossLanguages(one: string, other: string): boolean {
  const [a, b] = [bodyParts(one), bodyParts(other)];
  if (!a || !b || a.head === b.head || !nameWordForms(a.head).has(b.head) || a.rest.length !== b.rest.length) return false;
  const matches = (left: readonly string[], right: readonly string[]): boolean => {
    const [word, ...more] = left;
    if (word === undefined) return true;
    const forms = nameWordForms(word);
    return right.some((candidate, at) => forms.has(candidate) && matches(more, [...right.slice(0, at), ...right.slice(at + 1)]));
  };
  return matches(a.rest, b.rest);
}

/**
 * Whether a name key (`nameKey`) is a body's name: an institution noun heads it, first in Spanish ("banco central
 * europeo"), last in English or before "of" ("european central bank", "organization of american states").
 */
export function isBodyName(key: string): boolean {
  const words = key.split(' ');
  const of = words.indexOf('of');
  return words.length >= 2 && [words[0]!, words.at(-1)!, ...(of > 0 ? [words[of - 1]!] : [])].some((word) => INSTITUTION_NOUNS.has(word));
}

/** `words` cut at each word `at` says (left out), the first part first; one part when there is none. */
function splitAt(words: readonly string[], at: (word: string) => boolean): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (at(word)) parts.push([]);
    else parts.at(-1)!.push(word);
  }
  return parts;
}
