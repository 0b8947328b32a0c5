/**
 * A local fake Discord for end-to-end tests of the bot: REST under `${apiUrl}/v10` and the gateway websocket on
 * one ephemeral 127.0.0.1 port, faithful enough that the unmodified discord.js client logs in, becomes ready,
 * receives interactions and answers them, and strict enough that breaking one of Discord's rules fails the way
 * it fails in production (limits, one callback per interaction, the 3-second deadline, 429s, 5xx, dropped
 * connections). A test drives it as a user would (send a command, type into an autocomplete, click a button)
 * and reads back what the bot sent.
 *
 *   const discord = await startFakeDiscord();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
 *   await client.login(discord.token);
 *   const ask = discord.sendCommand('ask', { question: '¿Qué pasó?' }, { locale: 'es-ES' });
 *   const answer = await discord.waitForFinalMessage(ask);
 *
 * The pieces live in ./fake-discord/: http (server, faults, log), application-routes, interaction-routes
 * (callbacks and interaction webhooks), interactions (the ledger tests wait on), messages, limits, commands,
 * gateway, world and interaction-payloads.
 */
import { GatewayDispatchEvents, MessageFlags, type APIApplicationCommand, type APIInteraction, type APIMessage } from 'discord.js';
import { applicationRoutes } from './fake-discord/application-routes.js';
import { createCommandRegistry } from './fake-discord/commands.js';
import { startGateway, type CloseOptions, type IdentifyRecord, type ResumeRecord } from './fake-discord/gateway.js';
import {
  refuser,
  startRestServer,
  type DelayRule,
  type FailureRule,
  type RecordedRequest,
  type Violation,
} from './fake-discord/http.js';
import { opaqueToken } from './fake-discord/ids.js';
import { asRecord } from './fake-discord/limits.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  type InteractionContext,
  type OptionValue,
} from './fake-discord/interaction-payloads.js';
import { interactionRoutes, type SentBody } from './fake-discord/interaction-routes.js';
import { createLedger, type InteractionHandle, type MessageEvent } from './fake-discord/interactions.js';
import { createMessageStore } from './fake-discord/messages.js';
import { createWorld } from './fake-discord/world.js';

export type { CloseOptions, Delivery, IdentifyRecord, ResumeRecord } from './fake-discord/gateway.js';
export type { DelayRule, FailureRule, RecordedRequest, Violation } from './fake-discord/http.js';
export type { InteractionContext, OptionValue } from './fake-discord/interaction-payloads.js';
export type { SentBody } from './fake-discord/interaction-routes.js';
export type { InteractionHandle, MessageEvent } from './fake-discord/interactions.js';
export type { FieldError } from './fake-discord/limits.js';
export { LIMITS } from './fake-discord/limits.js';
export { buttonIds, buttonsOf, pingsAnyone, type MessageBody, type Pings } from './fake-discord/messages.js';

export interface FakeDiscordOptions {
  /** Time Discord allows for the first answer to an interaction (default 3000 ms); shorten it to test slowness. */
  callbackDeadlineMs?: number;
  /** Heartbeat interval sent in HELLO (default 1000 ms). */
  heartbeatIntervalMs?: number;
  /** Default timeout of `waitForCallback` and `waitForFinalMessage` (default 10000 ms). */
  waitTimeoutMs?: number;
}

export interface FakeDiscord {
  /** Give it to discord.js as `rest: { api: discord.apiUrl }` (and to every standalone `new REST({ api })`). */
  apiUrl: string;
  gatewayUrl: string;
  /** The bot token the fake accepts, on REST (`Authorization: Bot …`) and in IDENTIFY. */
  token: string;
  appId: string;
  guildId: string;
  channelId: string;
  botUserId: string;
  /** The user behind interactions unless `context.userId` says otherwise. */
  userId: string;

  /** Resolves once the client is connected and identified or resumed. */
  ready(): Promise<void>;
  /** A user runs `/name` with these options (types from the registered command, else inferred from the values). */
  sendCommand(name: string, options?: Record<string, OptionValue>, context?: InteractionContext): InteractionHandle;
  /** A user types into the option `focused` of `/name`; the bot must answer with callback type 8. */
  sendAutocomplete(name: string, options: Record<string, OptionValue>, focused: string, context?: InteractionContext): InteractionHandle;
  /**
   * A user clicks the button `customId` on a message: the original reply of `on` when it is a handle, or the
   * message itself (in its current state). Throws when no enabled button with that id is on the message.
   */
  clickButton(customId: string, on: InteractionHandle | APIMessage, context?: InteractionContext): InteractionHandle;

  /** The interaction's callback (defer, reply, update or autocomplete result). */
  waitForCallback(handle: InteractionHandle, timeoutMs?: number): Promise<MessageEvent>;
  /**
   * The first step, in order, that `accept` takes (default: the first one showing an answer: a reply, update,
   * edit or follow-up whose message has content, embeds or components and is no longer loading).
   */
  waitForFinalMessage(handle: InteractionHandle, accept?: (event: MessageEvent) => boolean, timeoutMs?: number): Promise<MessageEvent>;
  /** Every accepted callback, edit, follow-up and deletion of the interaction, in order. */
  messagesOf(handle: InteractionHandle): MessageEvent[];
  /** The interaction's original reply as it stands now. */
  originalMessage(handle: InteractionHandle): APIMessage | undefined;

  /** Every REST request, with the status it got. */
  requests: readonly RecordedRequest[];
  /** Requests to routes the fake does not know (answered 404): calls a test did not expect. */
  unexpectedRequests(): RecordedRequest[];
  /** Every request Discord would have refused, with the field errors. */
  violations: readonly Violation[];
  /** Every message body the bot sent (accepted or not), with its `allowed_mentions` and who it would ping. */
  sentBodies: readonly SentBody[];
  /** IDENTIFY payloads received (token removed): intents, properties, shard. */
  identifies: readonly IdentifyRecord[];
  resumes: readonly ResumeRecord[];

  /** The next matching request(s) get this status instead (429 with Discord's rate-limit headers and body). */
  failNext(rule: FailureRule): void;
  /** The next matching request(s) reach the fake only after `delayMs`. */
  delayNext(rule: DelayRule): void;
  /**
   * Closes the client's gateway connection with `code`: 4000 (default) or 1006 (dropped without a close frame)
   * make discord.js RESUME; 1000 makes it identify afresh, as does `{ resumable: false }` with any code.
   * Resolves once the connection is closed; await `ready()` for the client to be back.
   */
  closeGateway(code?: number, options?: CloseOptions): Promise<void>;
  /** Commands registered globally, or for `guildId`. */
  registeredCommands(guildId?: string): APIApplicationCommand[];
  stop(): Promise<void>;
}

const DEFAULTS = { callbackDeadlineMs: 3000, heartbeatIntervalMs: 1000, waitTimeoutMs: 10_000 };

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const settings = { ...DEFAULTS, ...options };
  const world = createWorld(`${opaqueToken(18)}.${opaqueToken(4)}.${opaqueToken(27)}`);
  const violations: Violation[] = [];
  const refuse = refuser(violations);
  const commands = createCommandRegistry(world.appId);
  const store = createMessageStore(world);
  const ledger = createLedger(store, violations);
  const sentBodies: SentBody[] = [];

  // The application routes need the gateway URL, which needs the port: they join the list once it is known.
  const routes = interactionRoutes({ world, ledger, store, refuse, deadlineMs: settings.callbackDeadlineMs, sentBodies });
  const rest = await startRestServer(routes, world.token);
  const gatewayUrl = rest.baseUrl.replace(/^http/, 'ws');
  routes.push(...applicationRoutes({ world, commands, refuse, gatewayUrl }));
  const gateway = startGateway({ server: rest.server, url: gatewayUrl, world, heartbeatIntervalMs: settings.heartbeatIntervalMs });

  // Nothing can answer before this synchronous code ends, so opening the ledger entry after the dispatch is safe.
  const dispatch = (payload: APIInteraction, label: string): InteractionHandle =>
    ledger.open(payload, label, gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload));

  return {
    apiUrl: `${rest.baseUrl}/api`,
    gatewayUrl,
    token: world.token,
    appId: world.appId,
    guildId: world.guildId,
    channelId: world.channelId,
    botUserId: world.bot.id,
    userId: world.defaultUserId,
    ready: () => gateway.ready(),
    sendCommand(name, commandOptions = {}, context = {}) {
      const payload = commandInteraction(world, name, commandOptions, commands.find(name, world.guildId), context);
      return dispatch(payload, `/${name}`);
    },
    sendAutocomplete(name, commandOptions, focused, context = {}) {
      const payload = autocompleteInteraction(world, name, commandOptions, focused, commands.find(name, world.guildId), context);
      return dispatch(payload, `autocomplete /${name} ${focused}`);
    },
    clickButton(customId, on, context = {}) {
      const message = 'payload' in on ? ledger.originalMessage(on) : (store.get(on.id) ?? on);
      if (!message) throw new Error(`fake Discord: ${'label' in on ? on.label : 'the message'} has no reply to click on`);
      assertClickable(message, customId);
      return dispatch(buttonInteraction(world, customId, message, context), `button ${customId}`);
    },
    waitForCallback: (handle, timeoutMs = settings.waitTimeoutMs) =>
      ledger.waitFor(handle, (event) => event.kind === 'callback', timeoutMs, 'callback'),
    waitForFinalMessage: (handle, accept = showsAnswer, timeoutMs = settings.waitTimeoutMs) =>
      ledger.waitFor(handle, accept, timeoutMs, 'final message'),
    messagesOf: (handle) => ledger.events(handle),
    originalMessage: (handle) => ledger.originalMessage(handle),
    requests: rest.requests,
    unexpectedRequests: () => rest.requests.filter((request) => request.route === undefined && !request.injected),
    violations,
    sentBodies,
    identifies: gateway.identifies,
    resumes: gateway.resumes,
    failNext: (rule) => rest.failNext(rule),
    delayNext: (rule) => rest.delayNext(rule),
    closeGateway: (code = 4000, closeOptions) => gateway.close(code, closeOptions),
    registeredCommands: (guildId) => commands.list(guildId),
    async stop() {
      ledger.abandonWaits('fake Discord: stopped');
      await gateway.stop();
      await rest.close();
    },
  };
}

/** The default "final message": something a user can read, not the "is thinking…" placeholder. */
function showsAnswer(event: MessageEvent): boolean {
  const { message } = event;
  if (!message || event.kind === 'delete') return false;
  if ((message.flags ?? 0) & MessageFlags.Loading) return false;
  return message.content !== '' || message.embeds.length > 0 || (message.components?.length ?? 0) > 0;
}

function assertClickable(message: APIMessage, customId: string): void {
  const buttons = (message.components ?? []).flatMap((row) => {
    const children = asRecord(row).components;
    return Array.isArray(children) ? children.map(asRecord) : [];
  });
  const target = buttons.find((component) => component.custom_id === customId);
  if (target && target.disabled !== true) return;
  const available = buttons.map((component) => String(component.custom_id ?? '(link)')).join(', ');
  throw new Error(
    `fake Discord: no enabled button "${customId}" on message ${message.id}` +
      (target ? ' (it is disabled)' : `; buttons: ${available || 'none'}`),
  );
}
