/**
 * What the stress runs ask of the project's seed articles: questions with answers in them (Spanish and
 * English), and names and words they know, mixed into fuzzed input so that real answers get rendered too.
 */
export const SEED_QUESTIONS = [
  '¿Qué prometió Putin?',
  '¿Cuándo visitará Putin Vietnam?',
  '¿Qué dijo Kim Jong Un sobre Rusia?',
  'What did Putin promise Kim?',
  '¿Qué publicó la agencia KCNA?',
  'When will Putin travel to Vietnam?',
];

export const SEED_ACTORS = ['Putin', 'Kim Jong Un', 'Vladimir Putin', 'Kim', 'KCNA'];

export const SEED_ANCHORS = [...SEED_QUESTIONS, ...SEED_ACTORS, 'Vietnam', 'Corea del Norte'];
