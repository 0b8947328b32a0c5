/**
 * Sending an interaction through the fake Discord and following it to its end, with the two times a
 * user feels: until Discord hears the acknowledgement (its 3-second rule), and until the final answer.
 */
import { MessageFlags } from 'discord.js';
import type { FakeDiscord, InteractionHandle, MessageEvent } from '../fake-discord.js';

/** Discord drops an interaction that is not acknowledged within 3 seconds. */
export const DISCORD_DEADLINE_MS = 3000;

export interface Outcome {
  label: string;
  /** Milliseconds from dispatch to the acknowledgement reaching Discord; undefined if none came. */
  ackMs?: number;
  /** Milliseconds from dispatch to the final answer; undefined if none came. */
  finalMs?: number;
  final?: MessageEvent;
  /** Why the interaction did not end as it should. */
  failure?: string;
}

/** The step that ends an interaction: for /ask, the message that carries its buttons, or a notice in plain text. */
export type FinalStep = (event: MessageEvent) => boolean;

const isShown = (event: MessageEvent) => event.message !== undefined && event.kind !== 'delete' && ((event.message.flags ?? 0) & MessageFlags.Loading) === 0;

/** /ask ends with its buttons (on the last message of a long answer) or with a notice (bad question, error, rate limit). */
export const endsAsk: FinalStep = (event) => isShown(event) && ((event.message?.components?.length ?? 0) > 0 || event.message?.content !== '');

/** /quote and /sources end with their first shown message; autocomplete and buttons with their callback. */
export const showsSomething: FinalStep = (event) =>
  event.kind === 'callback' ? event.message === undefined || isShown(event) : isShown(event) && (event.message?.content !== '' || (event.message?.embeds.length ?? 0) > 0);

/** Waits for the acknowledgement and the final step of `handle`; never throws, a missing step is the outcome's `failure`. */
export async function follow(discord: FakeDiscord, handle: InteractionHandle, final: FinalStep, timeoutMs: number): Promise<Outcome> {
  const outcome: Outcome = { label: handle.label };
  try {
    outcome.ackMs = (await discord.waitForCallback(handle, timeoutMs)).atMs;
    outcome.final = await discord.waitForFinalMessage(handle, final, timeoutMs);
    outcome.finalMs = outcome.final.atMs;
  } catch (error) {
    outcome.failure = error instanceof Error ? error.message : String(error);
  }
  return outcome;
}

