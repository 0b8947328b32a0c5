/**
 * What every stress scenario checks about the messages the bot sent through the fake Discord: Discord
 * accepted each one (limits, deadlines, one answer per interaction), none asked Discord to parse
 * mentions or would have pinged anyone, and no text in them forms a link or mention.
 */
import { formedLinksOrMentions } from '../discord-markdown.js';
import { markdownParts } from '../discord-limits.js';
import { pingsAnyone, type FakeDiscord, type SentBody } from '../fake-discord.js';

export interface MessageAudit {
  /** Message bodies the bot sent (replies, edits, follow-ups with content, embeds or components). */
  messages: number;
  /** Requests Discord would have refused: over a limit, too late, answered twice… */
  refused: string[];
  /** Messages whose `allowed_mentions.parse` was missing or not empty. */
  parsingMentions: number;
  /** Messages that would have notified someone. */
  pings: number;
  /** Pieces of markdown that form a link or mention, with what they form. */
  linksOrMentions: string[];
}

/** Audits what the bot sent since `fromBody` (an index into `discord.sentBodies`), or everything. */
export function auditMessages(discord: FakeDiscord, { fromBody = 0, fromViolation = 0, interactionId }: { fromBody?: number; fromViolation?: number; interactionId?: string } = {}): MessageAudit {
  const ofInterest = (sent: { interactionId?: string }) => interactionId === undefined || sent.interactionId === interactionId;
  const bodies = discord.sentBodies.slice(fromBody).filter(ofInterest).filter(isMessage);
  const refused = discord.violations
    .slice(fromViolation)
    .filter(ofInterest)
    .map((violation) => `${violation.method} ${violation.path.replace(/\/[\w-]{40,}/g, '/…')} ${violation.status}/${violation.code} ${violation.message} ${violation.errors.map((error) => `${error.path} ${error.code}`).join('; ')}`.trim());
  return {
    messages: bodies.length,
    refused,
    parsingMentions: bodies.filter((sent) => !Array.isArray(sent.allowedMentions?.parse) || sent.allowedMentions.parse.length > 0).length,
    pings: bodies.filter((sent) => pingsAnyone(sent.pings)).length,
    linksOrMentions: bodies.flatMap((sent) => markdownParts(sent.body).flatMap((part) => formedLinksOrMentions(part).map((construct) => `${construct} in ${JSON.stringify(part.slice(0, 200))}`))),
  };
}

/** The audit's problems in a line each, for an assertion message or the report. */
export function auditProblems(audit: MessageAudit): string[] {
  return [
    ...audit.refused.map((line) => `refused: ${line}`),
    ...(audit.parsingMentions > 0 ? [`${audit.parsingMentions} messages let Discord parse mentions`] : []),
    ...(audit.pings > 0 ? [`${audit.pings} messages would ping someone`] : []),
    ...audit.linksOrMentions.map((line) => `formed ${line}`),
  ];
}

function isMessage(sent: SentBody): boolean {
  const { body } = sent;
  return body.content !== undefined || (body.embeds?.length ?? 0) > 0 || (body.components?.length ?? 0) > 0;
}
