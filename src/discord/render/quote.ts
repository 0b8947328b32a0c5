/** `/quote` as Discord messages: statements grouped by article as embed fields, in pages with Prev/Next buttons. */
import type { APIEmbedField } from 'discord.js';
import type { Language } from '../../corpus/types.js';
import type { QuoteResult, Statement } from '../../quotes/types.js';
import { quoteButtonId } from '../custom-ids.js';
import { packInto, packLines, splitToFit } from '../../present/fit.js';
import { LIMITS } from './limits.js';
import { escapedLength, escapeMarkdown } from './markdown.js';
import { clampPage } from '../../present/paging.js';
import { COLOURS, escapedToFit, message, pageButtons, type MessagePayload } from './payload.js';
import { alsoDescribed, groupByArticle, namesSpeakers, nothingToQuote, quoteSummary, quoteTitle, shownStatements } from '../../present/quote-lines.js';
import { stringsFor } from '../../present/strings.js';

/** Room for the line offering the people a country describes, beside statements found through its capital. */
const OFFER_ROOM = 400;
/** Room left for fields once the title, that line and the footer (page number, counts) are in. */
const FIELDS_ROOM = LIMITS.embedsTotal - LIMITS.embedTitle - OFFER_ROOM - 200;

/** Page `requestedPage` (1-based, clamped) of a /quote lookup as one embed within Discord's limits, with page buttons when there are more. */
export function renderQuotePage(result: QuoteResult, requestedPage: number, language: Language): MessagePayload {
  const strings = stringsFor(language);
  if (result.statements.length === 0) {
    return message({ embeds: [{ color: COLOURS.quote, description: escapedToFit(nothingToQuote(result, language), LIMITS.embedDescription) }] });
  }
  const shown = shownStatements(result.statements);
  const pages = pagesOfFields(result, shown, language);
  const page = clampPage(requestedPage, pages.length);
  const footer = [quoteSummary(shown, language), ...(pages.length > 1 ? [strings.pageOf(page, pages.length)] : [])].join(' · ');
  const offered = alsoDescribed(result, language);
  const embed = {
    color: COLOURS.quote,
    title: escapedToFit(quoteTitle(result, language), LIMITS.embedTitle),
    ...(offered ? { description: escapedToFit(offered, OFFER_ROOM) } : {}),
    fields: pages[page - 1],
    footer: { text: footer },
  };
  // A country's statements come from several speakers: the next page looks the country up again, not one of them.
  const actor = result.resolvedBy === 'country' ? result.query : (result.actor ?? result.query);
  return message({ embeds: [embed], components: pageButtons(page, pages.length, language, (target) => quoteButtonId({ page: target, language, actor })) });
}

/** `shown` (the result's statements as shown) as embed fields, in pages. */
function pagesOfFields(result: QuoteResult, shown: readonly Statement[], language: Language): APIEmbedField[][] {
  const continued = stringsFor(language).continued;
  const fields = groupByArticle(shown, language, namesSpeakers(result)).flatMap(({ heading, lines }) => {
    // A statement longer than a field is cut at sentence ends; escaping happens after the cut. A piece left with
    // only white space (a long run of spaces and invisible characters cut apart) would make a blank field, which Discord rejects.
    const pieces = lines.flatMap((line) => splitToFit(line, LIMITS.fieldValue, escapedLength).map(escapeMarkdown).filter((piece) => piece.trim() !== ''));
    return packLines(pieces, LIMITS.fieldValue).map((value, index) => ({
      name: escapedToFit(index === 0 ? heading : `${heading} ${continued}`, LIMITS.fieldName),
      value,
    }));
  });
  return packInto(fields, (field) => field.name.length + field.value.length, FIELDS_ROOM, LIMITS.fieldsPerEmbed);
}
