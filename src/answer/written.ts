/**
 * An extractive answer as its parts, before it is text: the lead-in and the quotations, each with the number of the
 * citation it quotes. The reply is written from it (`writtenText`), and a compound question's parts are joined from
 * their parts' (compound.ts), never by reading the text back.
 */
import type { Language } from '../corpus/types.js';
import { WORDS } from './messages.js';
import type { Citation } from './types.js';

/** One quoted excerpt: its text as shown between the quote marks, and the number of the citation it quotes. */
export interface Quotation {
  n: number;
  text: string;
}

export interface Written {
  /** "Según los artículos:", "According to the articles (quoted in Spanish):". */
  leadIn: string;
  /** In the order the answer quotes them. */
  quotations: Quotation[];
}

/** A quotation as the answer shows it: "«…» [1]". */
export function quotationText(language: Language, { n, text }: Quotation): string {
  const words = WORDS[language];
  return `${words.openQuote}${text}${words.closeQuote} [${n}]`;
}

/** "[3] [4]" */
export function numberMarkers(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join(' ');
}

/** The answer's text: "Según los artículos: «…» [1] «…» [2] Ver también [3] [4]." (every citation it does not quote is a see-also). */
export function writtenText(language: Language, { leadIn, quotations }: Written, citations: readonly Citation[]): string {
  const quoted = new Set(quotations.map((quotation) => quotation.n));
  const others = citations.filter((citation) => !quoted.has(citation.n)).map((citation) => citation.n);
  return [leadIn, ...quotations.map((quotation) => quotationText(language, quotation)), ...(others.length > 0 ? [WORDS[language].seeAlso(numberMarkers(others))] : [])].join(' ');
}
