/**
 * What a button carries in its custom_id (at most 100 characters): the name of the command that owns
 * it, then that command's state. Page numbers and the reply language travel in the id itself; an
 * answer is too big, so it travels as a short key into the answer cache.
 */
import type { Language } from '../corpus/types.js';
import { LIMITS } from './render/limits.js';

export type Vote = 'up' | 'down';

export type AskButton = { action: 'more'; key: string } | { action: 'vote'; key: string; vote: Vote };
export interface PageButton {
  page: number;
  language: Language;
}
export interface QuotePageButton extends PageButton {
  actor: string;
}

/** The command that owns a button, to route the click to it. */
export function commandOfCustomId(customId: string): string {
  const [command = ''] = customId.split(':', 1);
  return command;
}

/** The custom_id of an /ask answer's button: `ask:more:<key>` or `ask:vote:<key>:<up|down>`. */
export function askButtonId(button: AskButton): string {
  return button.action === 'more' ? `ask:more:${button.key}` : `ask:vote:${button.key}:${button.vote}`;
}

/** The /ask button `askButtonId` made `customId` for; undefined for any other id. */
export function parseAskButton(customId: string): AskButton | undefined {
  const [command, action, key, vote] = customId.split(':');
  if (command !== 'ask' || !key) return undefined;
  if (action === 'more') return { action, key };
  if (action === 'vote' && (vote === 'up' || vote === 'down')) return { action, key, vote };
  return undefined;
}

/** The custom_id of a /sources page button: `sources:<page>:<language>`. */
export function sourcesButtonId({ page, language }: PageButton): string {
  return `sources:${page}:${language}`;
}

/** The /sources page and language `sourcesButtonId` put in `customId`; undefined for any other id. */
export function parseSourcesButton(customId: string): PageButton | undefined {
  const [command, page, language] = customId.split(':');
  return command === 'sources' ? parsePage(page, language) : undefined;
}

/** The actor's name is cut if the id would be too long; the click then finds nothing and says so. */
export function quoteButtonId({ page, language, actor }: QuotePageButton): string {
  const prefix = `quote:${page}:${language}:`;
  let id = prefix;
  for (const character of actor) {
    if (id.length + character.length > LIMITS.customId) break;
    id += character;
  }
  return id;
}

/** The /quote page, language and actor `quoteButtonId` put in `customId` (the actor may hold colons); undefined for any other id. */
export function parseQuoteButton(customId: string): QuotePageButton | undefined {
  const [command, page, language, ...actor] = customId.split(':');
  const parsed = command === 'quote' ? parsePage(page, language) : undefined;
  const name = actor.join(':');
  return parsed && name !== '' ? { ...parsed, actor: name } : undefined;
}

function parsePage(page: string | undefined, language: string | undefined): PageButton | undefined {
  const number = Number(page);
  if (!Number.isInteger(number) || (language !== 'es' && language !== 'en')) return undefined;
  return { page: number, language };
}
