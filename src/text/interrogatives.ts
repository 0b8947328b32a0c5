/**
 * The interrogatives of the languages the bot reads articles in besides Spanish and English (Portuguese, French,
 * German, Italian), folded, with the kind of answer each asks for ('count': a number, with the counted noun after it).
 * A closed class of each language's grammar. German "wie" asks a number only before a word of measure ("wie viele",
 * "wie lange"), so it is left to the reader of the question (src/answer/answer-type.ts).
 */
export type InterrogativeKind = 'date' | 'place' | 'person' | 'number' | 'count';

export const OTHER_INTERROGATIVES: Readonly<Record<string, Readonly<Record<string, InterrogativeKind>>>> = {
  pt: { quando: 'date', onde: 'place', aonde: 'place', quem: 'person', quanto: 'number', quanta: 'number', quantos: 'count', quantas: 'count' },
  it: { quando: 'date', dove: 'place', chi: 'person', quanto: 'number', quanta: 'number', quanti: 'count', quante: 'count' },
  fr: { quand: 'date', ou: 'place', qui: 'person', combien: 'count' },
  de: { wann: 'date', wo: 'place', wohin: 'place', woher: 'place', wer: 'person', wem: 'person', wen: 'person' },
};
