/**
 * Every word the answer engine writes itself, in each language the bot speaks. Article text is
 * quoted as it is; only these words follow the question's language.
 */
import type { Language } from '../corpus/types.js';

export interface AnswerWords {
  /** Said when the articles do not answer the question. */
  refusal: string;
  /** Said when no article is indexed at all, so nothing could be searched. */
  noArticles: string;
  /** Said when the articles do not answer but some passages are related to the question: `markers` cite them as leads. */
  leads: (markers: string) => string;
  /**
   * Said when the articles do not answer for sure but the lead `first` holds what the question asks for beside its
   * words (it may answer in other words); `others` cite the further leads, if any.
   */
  possibleLead: (first: string, others: string | undefined) => string;
  /**
   * Said when a question about what `speaker` said is not answered: `own` cite sentences where the speaker speaks, as
   * leads; `others` the further passages about the same thing, if any.
   */
  speakerLeads: (speaker: string, own: string, others: string | undefined) => string;
  /**
   * Said of one part of a compound question that the articles do not answer; `leads` cite related passages, if any,
   * the first of which may answer it when `possible`.
   */
  partUnanswered: (leads: string | undefined, possible: boolean) => string;
  /**
   * Said beside the answer to a question written in a language the bot reads but does not reply in (`name`, that
   * language's name in this one): the reply's words are in this language instead.
   */
  repliesInstead: (name: string) => string;
  /**
   * Said instead of a refusal to a question written in a language the bot does not reply in (`name`, that language's
   * name in this one), which it read `partly` (Portuguese, French, German, Italian: its words looked up as written) or
   * not at all: whether the articles answer it is unknown, so no claim about them is made. `searched` lists the names
   * and numbers written in Latin script that were looked up, if any; `leads` cites passages naming them (or, with none
   * searched, sharing its words). `latin`: the question is written in the Latin alphabet, so its words were looked up
   * as written, and only a question in another script can be said to hold nothing in Latin script to look up.
   */
  unread: (name: string, partly: boolean, searched: string | undefined, leads: string | undefined, latin: boolean) => string;
  /** Said beside a refusal while `files` seed files wait to be read (added or changed a moment ago): the answer may be in them. */
  stillReading: (files: number) => string;
  /** Tells how a question with misspelt words was read: `question` with the words as the articles spell them. */
  readAs: (question: string) => string;
  /** Introduces the quoted sentences; `quotedIn` names the articles' language when it is not the question's. */
  leadIn: (quotedIn: string | undefined) => string;
  /** Points at the further cited passages: "See also [3] [4]." */
  seeAlso: (markers: string) => string;
  openQuote: string;
  closeQuote: string;
  /** The name of each language, written in this language. */
  languageNames: Record<Language, string>;
  question: {
    empty: string;
    noWords: string;
    tooLong: (length: number, limit: number) => string;
    /** Said to a greeting or thanks alone: what the bot answers and how to ask it. */
    greeting: string;
  };
}

export const WORDS: Record<Language, AnswerWords> = {
  es: {
    refusal: 'Los artículos no tratan esta pregunta: no he encontrado en ellos nada que la responda. Usa /fuentes para ver qué artículos hay.',
    noArticles: 'No hay artículos indexados, así que no he podido buscar la respuesta. Añade artículos a la carpeta de artículos (SEEDS_DIR); /fuentes muestra cuáles hay.',
    leads: (markers) => `No he encontrado en los artículos una respuesta a esta pregunta. Estos pasajes tratan de lo mismo y pueden servir de pista, pero no la responden: ${markers}. Usa /fuentes para ver qué artículos hay.`,
    possibleLead: (first, others) =>
      `No estoy seguro de que los artículos respondan a esta pregunta: este pasaje dice lo que pregunta con otras palabras y podría responderla: ${first}.${others ? ` Estos otros tratan de lo mismo: ${others}.` : ''} Usa /fuentes para ver qué artículos hay.`,
    speakerLeads: (speaker, own, others) =>
      `No he encontrado en los artículos dónde ${speaker} hable de esto. Esto es lo que dice en ellos, por si sirve de pista: ${own}.${others ? ` Estos otros pasajes tratan de lo mismo: ${others}.` : ''} Usa /citas para ver todas sus declaraciones.`,
    partUnanswered: (leads, possible) =>
      possible && leads ? `No estoy seguro de que los artículos respondan a esta parte; podrían responderla: ${leads}.` : `Los artículos no responden a esta parte${leads ? `; pueden servir de pista: ${leads}` : ''}.`,
    repliesInstead: (name) => `Aún no respondo en ${name}: respondo en español.`,
    unread: (name, partly, searched, leads, latin) =>
      `${partly ? `Solo leo en parte las preguntas en ${name} (aún no las traduzco)` : `Aún no sé leer preguntas en ${name}`}, así que no sé si los artículos responden a esta. ${
        searched === undefined
          ? !latin
            ? 'No tiene nombres ni cifras en alfabeto latino que pueda buscar.'
            : leads === undefined
              ? 'Busqué sus palabras tal como están escritas y no encontré ningún pasaje que pueda darte.'
              : `Busqué sus palabras tal como están escritas; estos pasajes comparten algunas, pero no sé si la responden: ${leads}.`
          : leads === undefined
            ? `Busqué sus nombres y cifras tal como están escritos (${searched}) y no encontré ningún pasaje que pueda darte.`
            : `Busqué sus nombres y cifras tal como están escritos (${searched}); estos pasajes los nombran, pero no sé si la responden: ${leads}.`
      } Pregúntalo en español o en inglés para una respuesta completa; /fuentes muestra qué artículos hay.`,
    stillReading: (files) => `Aún estoy leyendo ${files === 1 ? 'un archivo nuevo o cambiado' : `${files} archivos nuevos o cambiados`} de la carpeta de artículos: vuelve a preguntar cuando termine.`,
    readAs: (question) => `Busqué: «${question}»`,
    leadIn: (quotedIn) => (quotedIn ? `Según los artículos (cita en ${quotedIn}):` : 'Según los artículos:'),
    seeAlso: (markers) => `Ver también ${markers}.`,
    openQuote: '«',
    closeQuote: '»',
    languageNames: { es: 'español', en: 'inglés' },
    question: {
      empty: 'La pregunta está vacía. Escribe qué quieres saber de los artículos; /fuentes muestra cuáles hay.',
      noWords: 'La pregunta no tiene palabras que buscar. Escribe qué quieres saber de los artículos; /fuentes muestra cuáles hay.',
      tooLong: (length, limit) => `La pregunta es demasiado larga (${length} caracteres; el máximo es ${limit}). Acórtala, por favor.`,
      greeting:
        '¡Hola! Respondo preguntas sobre los artículos de prensa indexados, citando sus frases. Pregunta qué pasó, quién, cuándo, dónde o cuánto, o qué dijo alguien: «¿Qué dijo la ministra sobre el presupuesto?». /fuentes muestra qué artículos hay; /citas <nombre>, lo que dijo una persona.',
    },
  },
  en: {
    refusal: 'The articles do not cover this question: I found nothing in them that answers it. Use /sources to see which articles there are.',
    noArticles: 'No articles are indexed, so there was nothing to search for an answer. Add articles to the articles folder (SEEDS_DIR); /sources shows which there are.',
    leads: (markers) => `I found no answer to this question in the articles. These passages are about the same thing and may serve as leads, but they do not answer it: ${markers}. Use /sources to see which articles there are.`,
    possibleLead: (first, others) =>
      `I am not sure the articles answer this question: this passage gives what it asks for in other words and may answer it: ${first}.${others ? ` These others are about the same thing: ${others}.` : ''} Use /sources to see which articles there are.`,
    speakerLeads: (speaker, own, others) =>
      `I found nothing in the articles where ${speaker} speaks of this. This is what ${speaker} says in them, which may serve as a lead: ${own}.${others ? ` These other passages are about the same thing: ${others}.` : ''} Use /quote to see all of their statements.`,
    partUnanswered: (leads, possible) =>
      possible && leads ? `I am not sure the articles answer this part; these may answer it: ${leads}.` : `The articles do not answer this part${leads ? `; these may serve as leads: ${leads}` : ''}.`,
    repliesInstead: (name) => `I do not reply in ${name} yet: replying in English.`,
    unread: (name, partly, searched, leads, latin) =>
      `${partly ? `I read questions in ${name} only in part (I do not translate them yet)` : `I cannot read questions in ${name} yet`}, so I cannot tell whether the articles answer this one. ${
        searched === undefined
          ? !latin
            ? 'It holds no name or number in Latin script that I could look up.'
            : leads === undefined
              ? 'I looked up its words as written and found no passage I could give you.'
              : `I looked up its words as written; these passages share some of them, but I cannot tell whether they answer it: ${leads}.`
          : leads === undefined
            ? `I looked up its names and numbers as written (${searched}) and found no passage I could give you.`
            : `I looked up its names and numbers as written (${searched}); these passages name them, but I cannot tell whether they answer it: ${leads}.`
      } Ask it in Spanish or English for a full answer; /sources shows which articles there are.`,
    stillReading: (files) => `I am still reading ${files === 1 ? 'a new or changed file' : `${files} new or changed files`} in the articles folder: ask again once it is done.`,
    readAs: (question) => `Looked up as: “${question}”`,
    leadIn: (quotedIn) => (quotedIn ? `According to the articles (quoted in ${quotedIn}):` : 'According to the articles:'),
    seeAlso: (markers) => `See also ${markers}.`,
    openQuote: '“',
    closeQuote: '”',
    languageNames: { es: 'Spanish', en: 'English' },
    question: {
      empty: 'The question is empty. Write what you want to know about the articles; /sources shows which there are.',
      noWords: 'The question has no words to look up. Write what you want to know about the articles; /sources shows which there are.',
      tooLong: (length, limit) => `The question is too long (${length} characters; the limit is ${limit}). Please shorten it.`,
      greeting:
        'Hello! I answer questions about the indexed news articles, quoting their sentences. Ask what happened, who, when, where or how much, or what someone said: “What did the minister say about the budget?”. /sources shows which articles there are; /quote <name>, what a person said.',
    },
  },
};
