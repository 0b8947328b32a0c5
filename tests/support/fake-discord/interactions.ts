/**
 * The ledger of interactions the fake has sent: when each was dispatched, whether and how it was acknowledged,
 * which messages belong to it, and every accepted step of its answer with the time since the dispatch. Tests
 * wait on it; the interaction routes (interaction-routes.ts) write to it.
 */
import type { APIApplicationCommandOptionChoice, APIInteraction, APIMessage, InteractionResponseType, InteractionType } from 'discord.js';
import type { Delivery } from './gateway.js';
import type { Violation } from './http.js';
import type { MessageBody, MessageStore, UploadedFile } from './messages.js';

export interface InteractionHandle {
  id: string;
  token: string;
  type: InteractionType;
  /** What the user did, for error messages: `/ask`, `autocomplete /quote actor`, `button sources:next`. */
  label: string;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: APIInteraction;
  /** `dropped` when no gateway session existed to carry it (await `ready()` before sending). */
  delivery: Delivery;
}

export type MessageEventKind = 'callback' | 'edit' | 'followup' | 'delete';

/** One accepted step of an interaction's answer. */
export interface MessageEvent {
  kind: MessageEventKind;
  /** For callbacks: 4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete result, 9 modal. */
  callbackType?: InteractionResponseType;
  /** What the bot sent: the callback's `data`, or the edit / follow-up body. */
  body: MessageBody & { choices?: APIApplicationCommandOptionChoice[] };
  files: UploadedFile[];
  /** The message as it stands after this step (none for autocomplete, modals, deferred updates and deletions). */
  message?: APIMessage;
  /** Milliseconds between the dispatch of the interaction and this request reaching the fake. */
  atMs: number;
}

/** The fake's bookkeeping for one interaction. */
export interface Entry {
  handle: InteractionHandle;
  sentAt: number;
  acknowledgedWith?: InteractionResponseType;
  originalId?: string;
  followUpIds: Set<string>;
  /** For components: the message the button sits on. */
  clickedMessageId?: string;
  events: MessageEvent[];
  listeners: Set<(error?: Error) => void>;
}

export interface Ledger {
  /** Starts the interaction's clock; call right after dispatching it. */
  open(payload: APIInteraction, label: string, delivery: Delivery): InteractionHandle;
  byId(id: string): Entry | undefined;
  byToken(token: string): Entry | undefined;
  record(entry: Entry, event: Omit<MessageEvent, 'atMs'>): void;
  events(handle: InteractionHandle): MessageEvent[];
  /** The first event, past or future, that `accept` takes; rejects after `timeoutMs` saying what happened instead. */
  waitFor(handle: InteractionHandle, accept: (event: MessageEvent) => boolean, timeoutMs: number, what: string): Promise<MessageEvent>;
  /** The interaction's original reply (for a button, the message it sits on once acknowledged). */
  originalMessage(handle: InteractionHandle): APIMessage | undefined;
  /** Rejects every pending wait; used when the fake stops. */
  abandonWaits(reason: string): void;
}

/** `violations` is read when a wait times out, to say which of the interaction's requests Discord refused. */
export function createLedger(store: MessageStore, violations: readonly Violation[]): Ledger {
  const byId = new Map<string, Entry>();
  const byToken = new Map<string, Entry>();

  const entryOf = (handle: InteractionHandle): Entry => {
    const entry = byId.get(handle.id);
    if (!entry) throw new Error(`fake Discord: unknown interaction ${handle.label}`);
    return entry;
  };

  return {
    open(payload, label, delivery) {
      const handle: InteractionHandle = { id: payload.id, token: payload.token, type: payload.type, label, payload, delivery };
      const entry: Entry = {
        handle,
        sentAt: Date.now(),
        followUpIds: new Set(),
        clickedMessageId: 'message' in payload ? payload.message?.id : undefined,
        events: [],
        listeners: new Set(),
      };
      byId.set(handle.id, entry);
      byToken.set(handle.token, entry);
      return handle;
    },
    byId: (id) => byId.get(id),
    byToken: (token) => byToken.get(token),
    record(entry, event) {
      entry.events.push({ ...event, atMs: Date.now() - entry.sentAt });
      for (const listener of entry.listeners) listener();
    },
    events: (handle) => [...entryOf(handle).events],
    originalMessage(handle) {
      const { originalId } = entryOf(handle);
      return originalId ? store.get(originalId) : undefined;
    },
    waitFor(handle, accept, timeoutMs, what) {
      const entry = entryOf(handle);
      return new Promise<MessageEvent>((resolve, reject) => {
        const settle = (error?: Error): void => {
          const found = entry.events.find(accept);
          if (!found && !error) return;
          clearTimeout(timer);
          entry.listeners.delete(settle);
          if (found) resolve(found);
          else reject(error);
        };
        const timer = setTimeout(() => settle(new Error(timeoutReport(entry, violations, what, timeoutMs))), timeoutMs);
        entry.listeners.add(settle);
        settle();
      });
    },
    abandonWaits(reason) {
      for (const entry of byId.values()) for (const listener of entry.listeners) listener(new Error(reason));
    },
  };
}

function timeoutReport(entry: Entry, violations: readonly Violation[], what: string, timeoutMs: number): string {
  const steps = entry.events.map((event) => `${event.kind}${event.callbackType ? `(${event.callbackType})` : ''} at ${event.atMs} ms`);
  const refused = violations
    .filter((violation) => violation.interactionId === entry.handle.id)
    .map((violation) => {
      const fields = violation.errors.map((error) => `${error.path} ${error.code}`).join('; ');
      return `${violation.method} ${violation.status}/${violation.code} ${violation.message}${fields ? ` (${fields})` : ''}`;
    });
  const dropped = entry.handle.delivery === 'dropped' ? ['it was never delivered: no gateway session (await ready() first)'] : [];
  return [
    `fake Discord: no ${what} for ${entry.handle.label} within ${timeoutMs} ms`,
    ...dropped,
    `recorded: ${steps.join(', ') || 'nothing'}`,
    ...(refused.length > 0 ? [`refused: ${refused.join(' | ')}`] : []),
  ].join('; ');
}
