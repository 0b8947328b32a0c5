/**
 * The REST routes a bot answers interactions with: the callback (`POST /interactions/{id}/{token}/callback`)
 * and the interaction webhook (`/webhooks/{appId}/{token}...`: fetch, edit and delete the original reply, send
 * and edit follow-ups). Discord's rules are enforced here: one callback per interaction (400/40060), a callback
 * within the deadline (404/10062), a callback type that fits the interaction, message limits (400/50035), no
 * empty new messages (400/50006), webhook tokens usable only once the interaction is acknowledged (404/10015).
 */
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIAllowedMentions,
  type APIMessage,
  type APIMessageInteractionMetadata,
} from 'discord.js';
import type { IncomingCall, Refuse, Reply, Route } from './http.js';
import type { Entry, Ledger, MessageEvent } from './interactions.js';
import { asRecord, choiceErrors, isEmptyMessage, messageErrors } from './limits.js';
import { pingsOf, type MessageBody, type MessageOrigin, type MessageStore, type Pings, type UploadedFile } from './messages.js';
import type { World } from './world.js';

/** Every message body the bot sent, accepted or not, for mention audits. */
export interface SentBody {
  interactionId: string;
  kind: 'callback' | 'edit' | 'followup';
  body: MessageBody;
  allowedMentions: APIAllowedMentions | undefined;
  /** Who the content would notify given its `allowed_mentions`. */
  pings: Pings;
  accepted: boolean;
}

type CallbackData = MessageEvent['body'];
type Params = Record<string, string>;

const ALLOWED_CALLBACKS: Partial<Record<InteractionType, InteractionResponseType[]>> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
};

export interface InteractionRouteOptions {
  world: World;
  ledger: Ledger;
  store: MessageStore;
  refuse: Refuse;
  deadlineMs: number;
  sentBodies: SentBody[];
}

export function interactionRoutes({ world, ledger, store, refuse, deadlineMs, sentBodies }: InteractionRouteOptions): Route[] {
  /** Validates a message body and audits it either way; returns Discord's refusal when there is one. */
  const checkMessage = (call: IncomingCall, entry: Entry, kind: SentBody['kind'], body: MessageBody, prefix: string, creates: boolean): Reply | undefined => {
    const errors = messageErrors(asRecord(body), prefix);
    const empty = creates && isEmptyMessage(asRecord(body), call.files.length);
    sentBodies.push({
      interactionId: entry.handle.id,
      kind,
      body,
      allowedMentions: body.allowed_mentions,
      pings: pingsOf(body.content ?? '', body.allowed_mentions),
      accepted: errors.length === 0 && !empty,
    });
    const interactionId = entry.handle.id;
    if (errors.length > 0) return refuse(call, 400, 50035, 'Invalid Form Body', { errors, interactionId });
    if (empty) return refuse(call, 400, 50006, 'Cannot send an empty message', { interactionId });
    return undefined;
  };

  const checkCallback = (call: IncomingCall, entry: Entry, type: InteractionResponseType, data: CallbackData): Reply | undefined => {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return checkMessage(call, entry, 'callback', data, 'data', true);
      case InteractionResponseType.UpdateMessage:
        return checkMessage(call, entry, 'callback', data, 'data', false);
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const errors = choiceErrors(data.choices, 'data.choices');
        return errors.length > 0 ? refuse(call, 400, 50035, 'Invalid Form Body', { errors, interactionId: entry.handle.id }) : undefined;
      }
      default:
        return undefined;
    }
  };

  const applyCallback = (entry: Entry, type: InteractionResponseType, data: CallbackData, files: UploadedFile[]): APIMessage | undefined => {
    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return becomesOriginal(entry, store.create(data, files, originOf(entry)));
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        // Only the ephemeral flag counts on a defer; the message shows "is thinking…" until it is edited.
        const flags = (data.flags ?? 0) & MessageFlags.Ephemeral;
        return becomesOriginal(entry, store.create({ flags }, [], originOf(entry), MessageFlags.Loading));
      }
      case InteractionResponseType.DeferredMessageUpdate:
        entry.originalId = entry.clickedMessageId;
        return undefined;
      case InteractionResponseType.UpdateMessage:
        entry.originalId = entry.clickedMessageId;
        return store.edit(entry.clickedMessageId ?? '', data, files);
      default:
        return undefined;
    }
  };

  const callback = (call: IncomingCall, params: Params): Reply => {
    const entry = ledger.byId(params.id ?? '');
    if (!entry || entry.handle.token !== params.token) return refuse(call, 404, 10062, 'Unknown interaction');
    const interactionId = entry.handle.id;
    if (entry.acknowledgedWith !== undefined) {
      return refuse(call, 400, 40060, 'Interaction has already been acknowledged.', { interactionId });
    }
    if (Date.now() - entry.sentAt > deadlineMs) return refuse(call, 404, 10062, 'Unknown interaction', { interactionId });
    const request = asRecord(call.body);
    const type = request.type as InteractionResponseType;
    const data = asRecord(request.data) as CallbackData;
    const allowed = ALLOWED_CALLBACKS[entry.handle.type] ?? [];
    if (!allowed.includes(type)) {
      const errors = [{ path: 'type', code: 'BASE_TYPE_CHOICES', message: `Value must be one of (${allowed.join(', ')}).` }];
      return refuse(call, 400, 50035, 'Invalid Form Body', { errors, interactionId });
    }
    const refusal = checkCallback(call, entry, type, data);
    if (refusal) return refusal;
    entry.acknowledgedWith = type;
    const message = applyCallback(entry, type, data, call.files);
    ledger.record(entry, { kind: 'callback', callbackType: type, body: data, files: call.files, message });
    if (call.query.get('with_response') !== 'true') return { status: 204 };
    return { status: 200, body: callbackResponse(entry, type, message) };
  };

  /** The interaction behind a webhook URL; its token works only once the interaction is acknowledged. */
  const webhookEntry = (params: Params): Entry | undefined => {
    const entry = ledger.byToken(params.token ?? '');
    return params.appId === world.appId && entry?.acknowledgedWith !== undefined ? entry : undefined;
  };

  const withMessage = (call: IncomingCall, params: Params, then: (entry: Entry, id: string) => Reply): Reply => {
    const entry = webhookEntry(params);
    if (!entry) return refuse(call, 404, 10015, 'Unknown Webhook');
    const requested = params.messageId === '@original' ? entry.originalId : params.messageId;
    const owned = requested !== undefined && (requested === entry.originalId || entry.followUpIds.has(requested));
    if (!owned || !store.get(requested)) return refuse(call, 404, 10008, 'Unknown Message', { interactionId: entry.handle.id });
    return then(entry, requested);
  };

  const editMessage = (call: IncomingCall, params: Params): Reply =>
    withMessage(call, params, (entry, id) => {
      const body = asRecord(call.body) as MessageBody;
      const refusal = checkMessage(call, entry, 'edit', body, '', false);
      if (refusal) return refusal;
      const message = store.edit(id, body, call.files);
      ledger.record(entry, { kind: 'edit', body, files: call.files, message });
      return { status: 200, body: message };
    });

  const fetchMessage = (call: IncomingCall, params: Params): Reply =>
    withMessage(call, params, (_entry, id) => ({ status: 200, body: store.get(id) }));

  const deleteMessage = (call: IncomingCall, params: Params): Reply =>
    withMessage(call, params, (entry, id) => {
      store.delete(id);
      ledger.record(entry, { kind: 'delete', body: {}, files: [] });
      return { status: 204 };
    });

  const followUp = (call: IncomingCall, params: Params): Reply => {
    const entry = webhookEntry(params);
    if (!entry) return refuse(call, 404, 10015, 'Unknown Webhook');
    const body = asRecord(call.body) as MessageBody;
    const refusal = checkMessage(call, entry, 'followup', body, '', true);
    if (refusal) return refusal;
    const original = entry.originalId ? store.get(entry.originalId) : undefined;
    // Right after a defer, Discord turns a follow-up into an edit of the loading message (keeping its ephemerality).
    const message =
      original && (original.flags ?? 0) & MessageFlags.Loading
        ? store.edit(original.id, body, call.files)
        : store.create(body, call.files, originOf(entry));
    if (message && message.id !== entry.originalId) entry.followUpIds.add(message.id);
    ledger.record(entry, { kind: 'followup', body, files: call.files, message });
    return call.query.get('wait') === 'false' ? { status: 204 } : { status: 200, body: message };
  };

  return [
    { method: 'POST', template: '/interactions/:id/:token/callback', auth: false, handle: callback },
    { method: 'POST', template: '/webhooks/:appId/:token', auth: false, handle: followUp },
    { method: 'GET', template: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: fetchMessage },
    { method: 'PATCH', template: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: editMessage },
    { method: 'DELETE', template: '/webhooks/:appId/:token/messages/:messageId', auth: false, handle: deleteMessage },
  ];
}

function becomesOriginal(entry: Entry, message: APIMessage): APIMessage {
  entry.originalId = message.id;
  return message;
}

/** How a message made by this interaction says where it came from (`interaction_metadata`, message type). */
function originOf(entry: Entry): MessageOrigin {
  const { payload } = entry.handle;
  const user = payload.member?.user ?? payload.user;
  if (!user) throw new Error('fake Discord: interaction without a user');
  const base = { id: payload.id, user, authorizing_integration_owners: payload.authorizing_integration_owners };
  if (payload.type === InteractionType.MessageComponent) {
    const interaction: APIMessageInteractionMetadata = { ...base, type: payload.type, interacted_message_id: payload.message.id };
    return { interaction, type: MessageType.Default };
  }
  return { interaction: { ...base, type: InteractionType.ApplicationCommand }, type: MessageType.ChatInputCommand };
}

/** The body of a callback answered `with_response=true`; the message is included for replies and updates only. */
function callbackResponse(entry: Entry, type: InteractionResponseType, message: APIMessage | undefined): unknown {
  const flags = message?.flags ?? 0;
  const carriesMessage = type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.UpdateMessage;
  const responseMessage = message
    ? {
        response_message_id: message.id,
        response_message_loading: (flags & MessageFlags.Loading) !== 0,
        response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      }
    : {};
  return {
    interaction: { id: entry.handle.id, type: entry.handle.type, ...responseMessage },
    resource: { type, ...(carriesMessage && message ? { message } : {}) },
  };
}
