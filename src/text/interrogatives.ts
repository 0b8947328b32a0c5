/**
 * The interrogatives of the languages the bot reads articles in besides Spanish and English (Portuguese, French,
 * German, Italian), folded, with the kind of answer each asks for ('count': a number, with the counted noun after it).
 * A closed class of each language's grammar. German "wie" asks a number only before a word of measure ("wie viele",
 * "wie lange"), so it is left to the reader of the question (src/answer/answer-type.ts).
 */
/**
 * Spanish interrogatives as written in a question, with their accent: without it "que", "cuando", "como" are a
 * relative or a conjunction ("dijo que llegaría"). A closed class of Spanish grammar ("por qué" is "qué" after "por").
 */
export const SPANISH_INTERROGATIVES: readonly string[] = ['qué', 'quién', 'quiénes', 'cuándo', 'dónde', 'adónde', 'cómo', 'cuál', 'cuáles', 'cuánto', 'cuánta', 'cuántos', 'cuántas'];

export type InterrogativeKind = 'date' | 'place' | 'person' | 'number' | 'count';

export const OTHER_INTERROGATIVES: Readonly<Record<string, Readonly<Record<string, InterrogativeKind>>>> = {
  pt: { quando: 'date', onde: 'place', aonde: 'place', quem: 'person', quanto: 'number', quanta: 'number', quantos: 'count', quantas: 'count' },
  it: { quando: 'date', dove: 'place', chi: 'person', quanto: 'number', quanta: 'number', quanti: 'count', quante: 'count' },
  fr: { quand: 'date', ou: 'place', qui: 'person', combien: 'count' },
  de: { wann: 'date', wo: 'place', wohin: 'place', woher: 'place', wer: 'person', wem: 'person', wen: 'person' },
};

/**
 * The interrogatives of those languages that ask for no kind of answer, folded, where their function words (stop-words.ts
 * `functionWordsOf`) lack them: why ("pourquoi", "warum"), how, which, what. A closed class of each language's grammar
 * (Grevisse, Le Bon usage §§ 1111-1115; Cunha & Cintra's interrogative pronouns; Serianni's "interrogativi"; Duden's
 * w-Wörter). `why` lists those asking for a cause (cause.ts).
 */
export const OTHER_OPEN_INTERROGATIVES: Readonly<Record<string, { why: readonly string[]; other: readonly string[] }>> = {
  pt: { why: ['porque'], other: ['quais'] },
  it: { why: ['perche'], other: ['quali', 'cosa'] },
  fr: { why: ['pourquoi'], other: ['comment', 'quoi', 'lequel', 'laquelle', 'lesquels', 'lesquelles'] },
  de: { why: ['warum', 'wieso', 'weshalb', 'weswegen'], other: [] },
};

