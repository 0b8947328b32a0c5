/**
 * `/ask` as Discord messages: the answer with its [n] markers, one field per citation (title, outlet,
 * date and the excerpt with the question's words in bold), a footer with the mode and the time taken,
 * and buttons for more sources and feedback. A long answer continues over further embeds and messages.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AskResult, Citation } from '../../answer/types.js';
import type { Language } from '../../corpus/types.js';
import { askButtonId } from '../custom-ids.js';
import { answerNotes, CITATIONS_PER_ANSWER, citationOrigin } from '../../present/answer-lines.js';
import { mapNonEmpty, splitToFit, truncateToFit, type NonEmpty } from '../../present/fit.js';
import { LIMITS } from './limits.js';
import { emphasise, escapedLength, escapeMarkdown } from './markdown.js';
import { inlineText } from '../../present/inline.js';
import { withoutInvisibleFormat } from '../../present/safe-text.js';
import { buttonRow, COLOURS, embedSize, escapedToFit, message, packEmbeds, type MessagePayload } from './payload.js';
import { stringsFor } from '../../present/strings.js';

/** The main reply shows this many citations; "more sources" shows them all, in full. */
const CITATIONS_SHOWN = CITATIONS_PER_ANSWER;
/** A citation field smaller than this says too little to be worth showing. */
const SMALLEST_USEFUL_FIELD = 200;

export interface AskReplyOptions {
  elapsedMs: number;
  /** Key of the answer in the answer cache; without it the reply has no buttons. */
  answerKey?: string;
}

/** The finished answer: the first payload replaces the deferred reply, any others follow it. */
export function renderAskReply(result: AskResult, { elapsedMs, answerKey }: AskReplyOptions): NonEmpty<MessagePayload> {
  const strings = stringsFor(result.language);
  const colour = result.refused ? COLOURS.refused : COLOURS.answer;
  const footer = truncateToFit([...answerNotes(result), strings.seconds(elapsedMs / 1000)].join(' · '), LIMITS.footerText);

  const answer = answerEmbeds(result.question, result.answer, colour);
  const messages = packEmbeds(answer);
  let final = answer.at(-1) ?? answer[0];
  const citations = result.citations.slice(0, CITATIONS_SHOWN);
  if (citations.length > 0) {
    const room = LIMITS.embedsTotal - footer.length - (messages.at(-1) ?? []).reduce((sum, embed) => sum + embedSize(embed), 0);
    if (room >= SMALLEST_USEFUL_FIELD) final.fields = citationFields(citations, room, result.language);
    else {
      final = { color: colour, title: strings.sources, fields: citationFields(citations, LIMITS.embedsTotal - footer.length - strings.sources.length, result.language) };
      messages.push([final]);
    }
  }
  final.footer = { text: footer };

  const buttons = answerKey === undefined ? [] : [answerButtons(result, answerKey)];
  const [first = answer, ...rest] = messages;
  return mapNonEmpty([first, ...rest], (embeds, index) => message({ embeds, components: index === messages.length - 1 ? buttons : [] }));
}

/** What an LLM has written so far, while it is still writing. */
export function renderAskProgress(question: string, answerSoFar: string, language: Language): MessagePayload {
  const [embed] = answerEmbeds(question, truncateToFit(answerSoFar, LIMITS.embedDescription, escapedLength), COLOURS.answer);
  embed.footer = { text: stringsFor(language).writing };
  return message({ embeds: [embed] });
}

/** Every citation of an answer with its whole excerpt, for the "more sources" button. */
export function renderAllSources(result: AskResult): MessagePayload[] {
  const strings = stringsFor(result.language);
  const embeds = result.citations.map((citation, index): APIEmbed => ({
    color: COLOURS.sources,
    // Author names are plain text in Discord: no escaping, only the length limit.
    ...(index === 0 && { author: { name: truncateToFit(withoutInvisibleFormat(inlineText(strings.allSourcesFor(result.question))), LIMITS.embedTitle) } }),
    title: escapedToFit(inlineText(`[${citation.n}] ${citation.title}`), LIMITS.embedTitle),
    description: citationText(citation, LIMITS.embedDescription, result.language),
  }));
  return packEmbeds(embeds).map((group) => message({ embeds: group }));
}

function answerEmbeds(question: string, answer: string, colour: number): NonEmpty<APIEmbed> {
  const title = escapedToFit(inlineText(question), LIMITS.embedTitle);
  const [first = '', ...rest] = splitToFit(answer, LIMITS.embedDescription, escapedLength);
  return mapNonEmpty([first, ...rest], (piece, index) => {
    // Escaping drops invisible format characters, so a piece made only of them ends up empty: Discord refuses an
    // empty description, and an embed with nothing in it.
    const description = escapeMarkdown(piece);
    const withTitle = index === 0 && title !== '';
    return {
      color: colour,
      ...(withTitle && { title }),
      ...(description !== '' ? { description } : !withTitle && { description: '—' }),
    };
  });
}

/** One field per citation, sharing `room` characters fairly; citations that would get too little are left to "more sources". */
function citationFields(citations: Citation[], room: number, language: Language): APIEmbedField[] {
  let count = citations.length;
  while (count > 1 && room / count < SMALLEST_USEFUL_FIELD) count--;
  const share = Math.floor(room / count);
  return citations.slice(0, count).map((citation) => {
    const name = escapedToFit(inlineText(`[${citation.n}] ${citation.title}`), Math.min(LIMITS.fieldName, Math.floor(share / 4)));
    return { name: name || `[${citation.n}]`, value: citationText(citation, Math.min(LIMITS.fieldValue, share - name.length), language) };
  });
}

/** Outlet and date on one line, then the excerpt as a quote with its highlights in bold, within `max` characters. */
function citationText(citation: Citation, max: number, language: Language): string {
  const about = citationOrigin(citation, language).join(' · ');
  const header = about === '' ? '' : escapedToFit(about, Math.floor(max / 2)) + '\n';
  const quoteMark = '> ';
  // Line breaks would end the quote; replacing them one for one keeps the highlight offsets valid.
  const excerpt = citation.excerpt.replace(/[\r\n\u2028\u2029]/g, ' ');
  const measure = (text: string) => emphasise(text, citation.highlights).length;
  const shown = truncateToFit(excerpt, max - header.length - quoteMark.length, measure);
  const body = emphasise(shown, citation.highlights);
  return body === '' ? header.trimEnd() || '—' : header + quoteMark + body;
}

function answerButtons(result: AskResult, key: string) {
  const strings = stringsFor(result.language);
  return buttonRow([
    ...(result.citations.length > 0 ? [{ customId: askButtonId({ action: 'more', key }), label: strings.moreSources }] : []),
    { customId: askButtonId({ action: 'vote', key, vote: 'up' }), emoji: '👍', label: strings.helpful },
    { customId: askButtonId({ action: 'vote', key, vote: 'down' }), emoji: '👎', label: strings.unhelpful },
  ]);
}
