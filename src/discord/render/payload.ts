/**
 * The shape of every message the bot sends, and the few helpers that keep messages inside Discord's
 * limits. Every payload carries `allowedMentions: { parse: [] }`: whatever the text says, Discord
 * notifies nobody.
 */
import type { Language } from '../../corpus/types.js';
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import { LIMITS } from './limits.js';
import { escapedLength, escapeMarkdown } from './markdown.js';
import { packInto, truncateToFit } from '../../present/fit.js';
import { stringsFor } from '../../present/strings.js';

export const NO_MENTIONS = { parse: [], repliedUser: false } as const satisfies { parse: readonly never[]; repliedUser: boolean };

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_MENTIONS;
}

export const COLOURS = { answer: 0x2f6f9f, refused: 0x8a8f98, sources: 0x3c8d5a, quote: 0x9a5b2f, problem: 0xc0392b } as const;

/** A message payload of `parts` that pings nobody (NO_MENTIONS); missing embeds and components are empty lists. */
export function message(parts: { content?: string; embeds?: APIEmbed[]; components?: ButtonRow[] }): MessagePayload {
  return { ...(parts.content !== undefined && { content: parts.content }), embeds: parts.embeds ?? [], components: parts.components ?? [], allowedMentions: NO_MENTIONS };
}

/** The same message, shown only to the user who caused it. */
export function privately(payload: MessagePayload): MessagePayload & { flags: MessageFlags.Ephemeral } {
  return { ...payload, flags: MessageFlags.Ephemeral };
}

/** A plain-text message in the bot's own words (which may quote user text: it is escaped here). */
export function notice(text: string): MessagePayload {
  return message({ content: escapedToFit(text, LIMITS.content) });
}

/** `text` escaped, shortened first (with an ellipsis) if its escaped form would exceed `max`. */
export function escapedToFit(text: string, max: number): string {
  return escapeMarkdown(truncateToFit(text, max, escapedLength));
}

/** The characters Discord counts towards the 6000 per message: titles, descriptions, field names and values, footers, authors. */
export function embedSize(embed: APIEmbed): number {
  const fields = embed.fields ?? [];
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Groups embeds, in order, into as few messages as Discord's per-message limits allow. */
export function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  return packInto(embeds, embedSize, LIMITS.embedsTotal, LIMITS.embedsPerMessage);
}

export interface ButtonSpec {
  customId: string;
  label?: string;
  emoji?: string;
  disabled?: boolean;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
}

/** One action row of `buttons`, each secondary and enabled unless its spec says otherwise. */
export function buttonRow(buttons: ButtonSpec[]): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map(({ customId, label, emoji, disabled = false, style = ButtonStyle.Secondary }) => ({
      type: ComponentType.Button,
      style,
      custom_id: customId,
      disabled,
      ...(label !== undefined && { label: label.slice(0, LIMITS.buttonLabel) }),
      ...(emoji !== undefined && { emoji: { name: emoji } }),
    })),
  };
}

/** Prev/Next under page `page` of `pages`, or no buttons for a single page; `idOf` gives the custom_id that opens a page. */
export function pageButtons(page: number, pages: number, language: Language, idOf: (page: number) => string): ButtonRow[] {
  if (pages <= 1) return [];
  const strings = stringsFor(language);
  return [
    buttonRow([
      { customId: idOf(page - 1), label: `◀ ${strings.previous}`, disabled: page === 1 },
      { customId: idOf(page + 1), label: `${strings.next} ▶`, disabled: page === pages },
    ]),
  ];
}
