/**
 * Countries by every name a /quote query may give them: the country's name in Spanish and English, its capital and
 * seat of government when the press speaks through them ("Moscú", "el Kremlin" for Russia's government), and the
 * adjective of nationality (demonym: "ruso", "norcoreano", "Russian"). "el presidente de Rusia" then finds whom the
 * articles call "el presidente ruso", and "Corea del Norte" offers the "líder norcoreano".
 *
 * Keys are as `nameKey` gives them (lower case, no accents). Names and demonyms: the Real Academia Española's
 * "Diccionario panhispánico de dudas", appendix 5 (countries and capitals with their gentilicios), and the
 * English names in common press use; only countries often in Spanish-language news.
 */
interface Country {
  /** The country's name in Spanish, then in English (several when the press uses several). */
  names: readonly string[];
  /** Capitals and seats of government that stand for the government as a speaker ("Pyongyang negó…"). */
  seats: readonly string[];
  /** The Spanish demonym, masculine singular: its other forms follow by rule (`spanishDemonymForms`). */
  spanish: string;
  /** English demonyms (adjective forms). */
  english: readonly string[];
}

const COUNTRIES: readonly Country[] = [
  { names: ['espana', 'spain'], seats: ['madrid', 'moncloa'], spanish: 'espanol', english: ['spanish'] },
  { names: ['mexico'], seats: [], spanish: 'mexicano', english: ['mexican'] },
  { names: ['argentina'], seats: ['buenos aires', 'casa rosada'], spanish: 'argentino', english: ['argentine', 'argentinian'] },
  { names: ['chile'], seats: ['la moneda'], spanish: 'chileno', english: ['chilean'] },
  { names: ['colombia'], seats: ['bogota', 'casa de narino'], spanish: 'colombiano', english: ['colombian'] },
  { names: ['peru'], seats: [], spanish: 'peruano', english: ['peruvian'] },
  { names: ['venezuela'], seats: ['caracas', 'miraflores'], spanish: 'venezolano', english: ['venezuelan'] },
  { names: ['ecuador'], seats: ['quito'], spanish: 'ecuatoriano', english: ['ecuadorian'] },
  { names: ['bolivia'], seats: [], spanish: 'boliviano', english: ['bolivian'] },
  { names: ['paraguay'], seats: [], spanish: 'paraguayo', english: ['paraguayan'] },
  { names: ['uruguay'], seats: ['montevideo'], spanish: 'uruguayo', english: ['uruguayan'] },
  { names: ['cuba'], seats: ['la habana', 'havana'], spanish: 'cubano', english: ['cuban'] },
  { names: ['guatemala'], seats: [], spanish: 'guatemalteco', english: ['guatemalan'] },
  { names: ['honduras'], seats: ['tegucigalpa'], spanish: 'hondureno', english: ['honduran'] },
  { names: ['el salvador'], seats: [], spanish: 'salvadoreno', english: ['salvadoran'] },
  { names: ['nicaragua'], seats: ['managua'], spanish: 'nicaraguense', english: ['nicaraguan'] },
  { names: ['costa rica'], seats: [], spanish: 'costarricense', english: ['costa rican'] },
  { names: ['panama'], seats: [], spanish: 'panameno', english: ['panamanian'] },
  { names: ['republica dominicana', 'dominican republic'], seats: ['santo domingo'], spanish: 'dominicano', english: ['dominican'] },
  { names: ['brasil', 'brazil'], seats: ['brasilia', 'planalto'], spanish: 'brasileno', english: ['brazilian'] },
  { names: ['estados unidos', 'united states'], seats: ['washington', 'casa blanca', 'white house'], spanish: 'estadounidense', english: ['american'] },
  { names: ['canada'], seats: ['ottawa'], spanish: 'canadiense', english: ['canadian'] },
  { names: ['reino unido', 'united kingdom'], seats: ['londres', 'london', 'downing street'], spanish: 'britanico', english: ['british'] },
  { names: ['francia', 'france'], seats: ['paris', 'eliseo', 'elysee'], spanish: 'frances', english: ['french'] },
  { names: ['alemania', 'germany'], seats: ['berlin'], spanish: 'aleman', english: ['german'] },
  { names: ['italia', 'italy'], seats: ['roma', 'rome'], spanish: 'italiano', english: ['italian'] },
  { names: ['portugal'], seats: ['lisboa', 'lisbon'], spanish: 'portugues', english: ['portuguese'] },
  { names: ['rusia', 'russia'], seats: ['moscu', 'moscow', 'kremlin'], spanish: 'ruso', english: ['russian'] },
  { names: ['ucrania', 'ukraine'], seats: ['kiev', 'kyiv'], spanish: 'ucraniano', english: ['ukrainian'] },
  { names: ['china'], seats: ['pekin', 'beijing'], spanish: 'chino', english: ['chinese'] },
  { names: ['japon', 'japan'], seats: ['tokio', 'tokyo'], spanish: 'japones', english: ['japanese'] },
  { names: ['corea del norte', 'north korea'], seats: ['pyongyang'], spanish: 'norcoreano', english: ['north korean'] },
  { names: ['corea del sur', 'south korea'], seats: ['seul', 'seoul'], spanish: 'surcoreano', english: ['south korean'] },
  { names: ['india'], seats: ['nueva delhi', 'new delhi'], spanish: 'indio', english: ['indian'] },
  { names: ['israel'], seats: [], spanish: 'israeli', english: ['israeli'] },
  { names: ['iran'], seats: ['teheran', 'tehran'], spanish: 'irani', english: ['iranian'] },
  { names: ['irak', 'iraq'], seats: ['bagdad', 'baghdad'], spanish: 'iraqui', english: ['iraqi'] },
  { names: ['siria', 'syria'], seats: ['damasco', 'damascus'], spanish: 'sirio', english: ['syrian'] },
  { names: ['turquia', 'turkey', 'turkiye'], seats: ['ankara'], spanish: 'turco', english: ['turkish'] },
  { names: ['arabia saudi', 'arabia saudita', 'saudi arabia'], seats: ['riad', 'riyadh'], spanish: 'saudi', english: ['saudi'] },
  { names: ['egipto', 'egypt'], seats: ['el cairo', 'cairo'], spanish: 'egipcio', english: ['egyptian'] },
  { names: ['palestina', 'palestine'], seats: [], spanish: 'palestino', english: ['palestinian'] },
  { names: ['vietnam'], seats: ['hanoi'], spanish: 'vietnamita', english: ['vietnamese'] },
  { names: ['polonia', 'poland'], seats: ['varsovia', 'warsaw'], spanish: 'polaco', english: ['polish'] },
  { names: ['paises bajos', 'netherlands'], seats: ['la haya', 'the hague'], spanish: 'neerlandes', english: ['dutch'] },
  { names: ['suiza', 'switzerland'], seats: ['berna', 'bern'], spanish: 'suizo', english: ['swiss'] },
  { names: ['grecia', 'greece'], seats: ['atenas', 'athens'], spanish: 'griego', english: ['greek'] },
  { names: ['australia'], seats: ['canberra'], spanish: 'australiano', english: ['australian'] },
  { names: ['taiwan'], seats: ['taipei'], spanish: 'taiwanes', english: ['taiwanese'] },
  { names: ['afganistan', 'afghanistan'], seats: ['kabul'], spanish: 'afgano', english: ['afghan'] },
  { names: ['pakistan'], seats: ['islamabad'], spanish: 'pakistani', english: ['pakistani'] },
  { names: ['sudafrica', 'south africa'], seats: [], spanish: 'sudafricano', english: ['south african'] },
  { names: ['marruecos', 'morocco'], seats: ['rabat'], spanish: 'marroqui', english: ['moroccan'] },
  { names: ['nigeria'], seats: ['abuya', 'abuja'], spanish: 'nigeriano', english: ['nigerian'] },
];

/**
 * The four forms of a Spanish demonym from its masculine singular, by the regular rules of gender and number
 * (RAE, Nueva gramática, §2.4 and §3.2): -o → -a, -os, -as ("ruso"); -a, -e → -s ("vietnamita",
 * "estadounidense"); -í → -íes, -ís ("israelí"); a consonant → +a, +es, +as ("francés", "español").
 */
export function spanishDemonymForms(masculine: string): string[] {
  if (masculine.endsWith('o')) return [masculine, `${masculine.slice(0, -1)}a`, `${masculine}s`, `${masculine.slice(0, -1)}as`];
  if (/[ae]$/.test(masculine)) return [masculine, `${masculine}s`];
  if (masculine.endsWith('i')) return [masculine, `${masculine}es`, `${masculine}s`];
  return [masculine, `${masculine}a`, `${masculine}es`, `${masculine}as`];
}

/** One way of naming a country: its `name`, a `seat` (capital or seat of government: both can speak for it), or a demonym (`description`). */
type Naming = 'name' | 'seat' | 'description';

/** Every form of each country with what kind of naming it is, longest forms first so that "corea del norte" wins over "corea". */
const FORMS: ReadonlyArray<{ form: string; naming: Naming; country: number }> = COUNTRIES.flatMap((country, at) => [
  ...country.names.map((form) => ({ form, naming: 'name' as const, country: at })),
  ...country.seats.map((form) => ({ form, naming: 'seat' as const, country: at })),
  ...[...spanishDemonymForms(country.spanish), ...country.english].map((form) => ({ form, naming: 'description' as const, country: at })),
]).sort((a, b) => b.form.split(' ').length - a.form.split(' ').length);

/** The forms of the other kinds and languages a form's country goes by, each once. */
function otherForms(country: number, except: string): Array<{ form: string; naming: Naming }> {
  const seen = new Set([except]);
  return FORMS.filter((other) => other.country === country && !seen.has(other.form) && seen.add(other.form));
}

/**
 * The key (a `nameKey`) with its first country form put in each other form of the same country: "presidente de rusia" →
 * "presidente de ruso", "presidente de moscu", …, each with the kind of naming it put in (word order and "de" do not
 * matter to the lookup, which compares words). None when the key names no country.
 */
export function otherCountryForms(key: string): Array<{ key: string; naming: Naming }> {
  const padded = ` ${key} `;
  const found = FORMS.find(({ form }) => padded.includes(` ${form} `));
  if (!found) return [];
  // A demonym put as a name becomes its complement ("banco central nicaraguense" → "banco central de nicaragua"), which is how names of bodies read.
  const asFound = (form: string, naming: Naming) => (found.naming === 'description' && naming !== 'description' ? `de ${form}` : form);
  return otherForms(found.country, found.form).map(({ form, naming }) => ({ key: padded.replace(` ${found.form} `, ` ${asFound(form, naming)} `).trim(), naming }));
}

/**
 * Every name and demonym, in both languages and every form, of the country whose name `key` (a `nameKey`) is:
 * "estados unidos" → "estados unidos", "united states", "estadounidense", "estadounidenses", "american". Empty when
 * `key` names no country. Seats are left out: "Moscú" is where Russia's government speaks from, not a mention of Russia.
 */
export function countryNamings(key: string): string[] {
  const found = FORMS.find(({ form, naming }) => naming === 'name' && form === key);
  return found ? FORMS.filter((other) => other.country === found.country && other.naming !== 'seat').map(({ form }) => form) : [];
}

/**
 * The countries `words` (nameKey words, in order) name by a name or a demonym, each as every naming `countryNamings`
 * gives it ("honduras" → ["honduras", "hondureno", …, "honduran"]); a seat is no country named. Empty when none.
 */
export function countriesNamedIn(words: readonly string[]): string[][] {
  const padded = ` ${words.join(' ')} `;
  const countries = new Set(FORMS.filter(({ form, naming }) => naming !== 'seat' && padded.includes(` ${form} `)).map(({ country }) => country));
  return [...countries].map((country) => FORMS.filter((other) => other.country === country && other.naming !== 'seat').map(({ form }) => form));
}

/** Words that may stand between and before places in a place name ("pyongyang y moscu", "el kremlin"). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['', 'y', 'e', 'and', 'el', 'la', 'the']);
/** Every word of a country's name or seat: a key with any other word (and no link) is no place name. */
const PLACE_WORDS: ReadonlySet<string> = new Set(FORMS.flatMap(({ form, naming }) => (naming === 'description' ? [] : form.split(' '))));

/** Whether every word of `key` (a `nameKey`) is part of a country's name or seat ("pyongyang y moscu", "kremlin"): a place speaking for its government, not a person. */
export function isPlaceName(key: string): boolean {
  // A word of no place's form is never taken away below: most keys (people's names) are answered here, without a pass over every form.
  if (!key.split(' ').every((word) => PLACE_LINKS.has(word) || PLACE_WORDS.has(word))) return false;
  let rest = ` ${key} `;
  for (const { form, naming } of FORMS) if (naming !== 'description') rest = rest.replaceAll(` ${form} `, '  ');
  return rest.split(' ').every((word) => PLACE_LINKS.has(word));
}

/** Regular endings of adjectives of nationality after a country's name in "-ia" or "-a", English then Spanish, with the name's ending. */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [string, string]> = [['ian', 'ia'], ['iano', 'ia'], ['iana', 'ia'], ['an', 'a'], ['ano', 'a'], ['ana', 'a']];
/** Letters a country's name keeps before its ending, at least ("cuba" of "cuban"). */
const MIN_COUNTRY_STEM = 3;

/**
 * The country's name (a `nameKey`) an adjective of nationality outside the table above may be made from, by the regular
 * endings: "georgian", "georgiano", "georgiana" → "georgia"; "kenyan", "keniano" → "kenya", "kenia". Undefined for a word
 * with none of those endings. A guess to look an office up by ("the Georgian president" → "president of Georgia"), never a
 * country on its own.
 */
export function countryOfDemonym(word: string): string | undefined {
  const ending = DEMONYM_ENDINGS.find(([adjective]) => word.endsWith(adjective) && word.length - adjective.length >= MIN_COUNTRY_STEM);
  return ending && word.slice(0, -ending[0].length) + ending[1];
}
