/**
 * Counts of the harmed. A story about an accident or an attack counts the people it hurt, killed, held or moved: "The
 * blast injured two workers", "dejó tres mineros heridos". Such a count is no answer to a question counting the same
 * noun in any other way ("How many workers are employed at the mine?", "¿Cuántos mineros trabajan en la mina?": a
 * blind newcomer's trap), whatever words the two share. A question asking about harm itself ("How many were injured?",
 * "¿Cuántas víctimas…?", "¿Cuántos soldados perdió…?") is answered by it as before. The other way round, a question
 * asking how many died or were hurt is not answered by figures none of which counts the harmed ("42 casos confirmados"
 * for "¿Cuántas muertes…?": blind newcomer 31).
 *
 * The words are closed classes of Spanish and English (participles and past forms of harming, dying, holding and
 * displacing; and, for questions, the nouns of harm and loss too), read folded (lower case, no accents); not taken from
 * any corpus. A figure is digits or a number word (answer-type.ts NUMBER_WORDS); a year ("en 2019") counts nothing.
 */
import { foldAccents } from '../text/words.js';
import { NUMBER_WORDS } from './answer-type.js';

/** Words saying that those counted beside them came to harm, folded. */
const HARMED =
  String.raw`herid[oa]s?|lesionad[oa]s?|muert[oa]s?|fallecid[oa]s?|fallecieron|fallecio|murio|murieron|mueren|muere|mato|mataron|asesinad[oa]s?|asesinaron|` +
  String.raw`evacuad[oa]s?|desaparecid[oa]s?|detenid[oa]s?|arrestad[oa]s?|secuestrad[oa]s?|rescatad[oa]s?|intoxicad[oa]s?|hospitalizad[oa]s?|` +
  String.raw`damnificad[oa]s?|desplazad[oa]s?|afectad[oa]s?|victimas?|muertes|cadaveres|` +
  'killed|injured|wounded|hurt|dead|deaths|died|die|dies|missing|evacuated|arrested|detained|hospitali[sz]ed|rescued|kidnapped|abducted|displaced|affected|victims?|casualties|fatalities|toll|tolls';
/** What a question asking about harm may say besides HARMED: its nouns, and losses ("¿Cuántos soldados perdió…?"), folded. */
const HARM_ASKED =
  String.raw`${HARMED}|muertes?|heridas?|lesiones|bajas|perd(?:io|ieron|ian|ia|ido|idas?)|sobrevivientes|supervivientes|sobrevivieron|` +
  'deaths?|injur(?:y|ies)|lost|loss|losses|toll|survivors?|survived|killings?|' +
  // The acts themselves, as a question asks who did them ("¿A cuántos detuvo la policía?", "How many did officers detain?").
  String.raw`hiri(?:o|eron)|herir|matar|detuv(?:o|ieron)|detener|arrest(?:o|aron|ar)|evacu(?:o|aron|ar)|rescat(?:o|aron|ar)|secuestr(?:o|aron|ar)|hospitaliz(?:o|aron|ar)|desplaz(?:o|aron|ar)|` +
  String.raw`kills?|injures?|wounds?|detains?|arrests?|evacuates?|rescues?|kidnaps?|abducts?|displaces?|hospitali[sz]es?`;

const whole = (alternatives: string) => new RegExp(String.raw`^(?:${alternatives})$`, 'u');
const HARMED_WORD = whole(HARMED);
const HARM_ASKED_WORD = whole(HARM_ASKED);
const FIGURE_WORD = whole(String.raw`\p{N}+(?:[.,]\p{N}+)*|${NUMBER_WORDS}`);
/** A year written alone ("en 2019", "in 1998"): a date, no count. */
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
/** Words between a figure and a word of harm that still tie them together: "two workers were injured", "injured two workers". */
const REACH = 4;

/** Whether `question` asks about harm: it holds a word of harm or loss (HARM_ASKED). */
export function asksHarm(question: string): boolean {
  return words(question).some((word) => HARM_ASKED_WORD.test(word));
}

/** The words within REACH of each figure of `sentences` (years aside), in its clause. */
function figureSurroundings(sentences: readonly string[]): string[][] {
  return sentences.flatMap((sentence) =>
    sentence.split(/[.;:!?]\s|[—–()]/u).flatMap((clause) => {
      const clauseWords = words(clause);
      return clauseWords.flatMap((word, i) => (FIGURE_WORD.test(word) && !YEAR.test(word) ? [clauseWords.slice(Math.max(0, i - REACH), i + REACH + 1)] : []));
    }),
  );
}

/**
 * Whether `sentences` give figures and every one of them counts the harmed: a word of harm (HARMED) stands within REACH
 * words of it in its clause. False when they give no figure.
 */
export function countsOnlyHarmed(sentences: readonly string[]): boolean {
  const figures = figureSurroundings(sentences);
  return figures.length > 0 && figures.every((around) => around.some((word) => HARMED_WORD.test(word)));
}

/**
 * A question's words asking for the dead or the hurt themselves, folded: not "afectados" nor a loss ("¿Cuántos partidos
 * perdió…?"), nor a noun in the singular, which names a plague ("la muerte negra") or an event more than it counts.
 */
const HURT_ASKED = whole(
  String.raw`muertes|muert[oa]s|fallecid[oa]s|fallecimientos|herid[oa]s|lesionad[oa]s|victimas|murieron|murio|fallecieron|` +
    'deaths|dead|died|killed|injured|wounded|injuries|casualties|fatalities|victims',
);

/** Whether `question` asks how many died or were hurt (HURT_ASKED): "¿Cuántas muertes…?", "How many were injured?". */
export function asksHurt(question: string): boolean {
  return words(question).some((word) => HURT_ASKED.test(word));
}

/**
 * Whether `sentences` give figures and none of them counts the harmed (no word of harm within REACH of it in its
 * clause): "42 casos confirmados" counts no deaths (blind newcomer 31). False when they give no figure.
 */
export function countsNoHarmed(sentences: readonly string[]): boolean {
  const figures = figureSurroundings(sentences);
  return figures.length > 0 && !figures.some((around) => around.some((word) => HARMED_WORD.test(word)));
}

/** The folded words and figures of `text` ("1.200" one figure). */
const words = (text: string): string[] => foldAccents(text).match(/\p{L}[\p{L}\p{M}'’-]*|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
