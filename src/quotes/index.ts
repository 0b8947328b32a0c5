/** /quote: who said what in the corpus, verbatim, with speaker, channel and source. */
export { extractStatements, analyseArticle, type ArticleQuotes } from './extract.js';
export { buildQuoteData, mergeQuoteAnalyses, mergeSpeakers, mergeSpeakersStepwise, type QuoteData, type SpeakerMerge } from './actors.js';
export { createQuoteBook, type QuoteBook } from './book.js';
export type { Actor, NamedPerson, QuoteResult, Statement } from './types.js';
