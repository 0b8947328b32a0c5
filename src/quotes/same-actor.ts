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
