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

/** Each role word with its forms in the other language (never the same language's other gender: "alcaldesa" is not "alcalde"). */
const SAME_ROLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  SAME_ROLE.flatMap(({ english, spanish }) => [...english.map((word) => [word, spanish] as const), ...spanish.map((word) => [word, english] as const)]),
);

/**
 * Spanish nouns the press gives the holder of a country's highest office in place of the title ("el mandatario", "la
 * mandataria", "el gobernante"; DLE: "persona que ocupa por elección un cargo en la gobernación de un país"), with the
 * title they stand for: "el mandatario" finds whom the articles call "el presidente".
 */
const HEAD_OF_STATE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['mandatario', ['presidente']],
  ['mandataria', ['presidenta']],
  ['gobernante', ['presidente', 'presidenta']],
]);

/** The other forms of one role word: the other language's, or the title a Spanish word for the head of state stands for. */
function otherFormsOfRole(word: string): readonly string[] {
  return SAME_ROLE_WORDS.get(word) ?? HEAD_OF_STATE_WORDS.get(word) ?? [];
}

/**
 * The key with each of its role words put in the other language's forms of the same office ("the mayor" → "the
 * alcalde", "the alcaldesa"), or in the title a Spanish word for the head of state stands for ("el mandatario" → "el
 * presidente"), one variant per form; a former holder's word as well ("exmandatario" → "expresidente"). None when the
 * key has no role word.
 */
export function otherRoleForms(key: string): string[] {
  const words = key.split(' ');
  const formsOf = (word: string): readonly string[] => {
    const former = /^ex-?/.exec(word)?.[0];
    return former ? otherFormsOfRole(word.slice(former.length)).map((other) => `${former}${other}`) : otherFormsOfRole(word);
  };
  return words.flatMap((word, i) => formsOf(word).map((other) => [...words.slice(0, i), other, ...words.slice(i + 1)].join(' ')));
}
