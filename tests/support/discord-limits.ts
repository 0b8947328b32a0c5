/**
 * Checks a message payload (as the bot builds it, or as it reaches Discord) against Discord's documented
 * limits and the bot's own rules: lengths counted in UTF-16 units (stricter than Discord's code points),
 * no empty embed parts, and never a request to parse mentions.
 */
import type { APIEmbed } from 'discord.js';

interface PayloadLike {
  content?: string | null;
  embeds?: APIEmbed[];
  components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
  allowedMentions?: { parse?: readonly string[] };
  allowed_mentions?: { parse?: readonly string[] };
}

export function limitProblems(payload: PayloadLike): string[] {
  const problems: string[] = [];
  const check = (what: string, value: string | undefined | null, max: number) => {
    if (value !== undefined && value !== null && value.length > max) problems.push(`${what} has ${value.length} > ${max}`);
  };
  const mentions = payload.allowedMentions ?? payload.allowed_mentions;
  if (!mentions || mentions.parse === undefined || mentions.parse.length > 0) problems.push('allowed mentions do not forbid parsing');
  check('content', payload.content, 2000);
  const embeds = payload.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((embed, e) => {
    check(`embed ${e} title`, embed.title, 256);
    check(`embed ${e} description`, embed.description, 4096);
    check(`embed ${e} footer`, embed.footer?.text, 2048);
    check(`embed ${e} author`, embed.author?.name, 256);
    if (embed.description === '') problems.push(`embed ${e} has an empty description`);
    if (!embed.title && !embed.description && !embed.fields?.length && !embed.author && !embed.footer) problems.push(`embed ${e} is empty`);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`embed ${e} has ${fields.length} fields`);
    fields.forEach((field, f) => {
      check(`embed ${e} field ${f} name`, field.name, 256);
      check(`embed ${e} field ${f} value`, field.value, 1024);
      if (field.name.trim() === '' || field.value.trim() === '') problems.push(`embed ${e} field ${f} is blank`);
    });
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    total += fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  for (const row of payload.components ?? []) {
    for (const component of row.components) {
      check('custom id', component.custom_id, 100);
      check('button label', component.label, 80);
    }
  }
  return problems;
}

/** Every piece of text in a payload that Discord renders as markdown. */
export function markdownParts(payload: Pick<PayloadLike, 'content' | 'embeds'>): string[] {
  return [
    ...(payload.content ? [payload.content] : []),
    ...(payload.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((field) => [field.name, field.value])]),
  ].filter((text) => text !== '');
}
