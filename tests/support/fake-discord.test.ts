/**
 * The fake Discord is only useful if the real discord.js client accepts it and if it refuses what Discord
 * refuses. These tests drive an unmodified discord.js Client, with a small listener standing in for the bot,
 * through the situations the bot's end-to-end and hardening tests rely on.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  InteractionResponseType,
  MessageFlags,
  REST,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pingsAnyone, startFakeDiscord, type FakeDiscord } from './fake-discord.js';

const NO_PINGS = { parse: [] };
const ACTORS = ['Sánchez', 'Sanz', 'Feijóo', 'Díaz', 'Santos'];

/** Stands in for the bot: answers a few commands the way a real command handler would. */
function handle(interaction: Interaction, failures: unknown[]): void {
  respond(interaction).catch((error: unknown) => failures.push(error));
}

async function respond(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const fold = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    await interaction.respond(ACTORS.filter((name) => fold(name).startsWith(typed)).map((name) => ({ name, value: name })));
    return;
  }
  if (interaction.isButton()) {
    const page = Number(interaction.customId.split(':')[1]);
    await interaction.update({ content: `Página ${page}`, components: [pager(page)], allowedMentions: NO_PINGS });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ask': {
      await interaction.deferReply();
      const greeting = interaction.locale.startsWith('es') ? 'Respuesta' : 'Answer';
      const question = interaction.options.getString('question', true);
      await interaction.editReply({ content: `${greeting}: ${question}`, components: [pager(1)], allowedMentions: NO_PINGS });
      return;
    }
    case 'sources':
      await interaction.reply({ content: `Página ${interaction.options.getInteger('page') ?? 1}`, allowedMentions: NO_PINGS });
      return;
    case 'file':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'Adjunto', files: [{ attachment: Buffer.from('hola'), name: 'fuentes.txt' }] });
      return;
    case 'long':
      await interaction.reply({
        content: 'x'.repeat(2001),
        embeds: [{ description: 'ok', fields: [{ name: 'Cita', value: 'y'.repeat(1025) }] }],
        allowedMentions: NO_PINGS,
      });
      return;
    case 'twice':
      await interaction.reply({ content: 'uno', allowedMentions: NO_PINGS });
      // A second process answering the same interaction: bypasses discord.js's own "already replied" guard.
      await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'dos' } },
        auth: false,
      });
      return;
    case 'slow':
      await sleep(300);
      await interaction.deferReply();
      return;
    case 'tidy': {
      await interaction.deferReply();
      await interaction.editReply({ content: 'Borrador', allowedMentions: NO_PINGS });
      const draft = await interaction.fetchReply();
      if (draft.content === 'Borrador') await interaction.deleteReply();
      return;
    }
    case 'followups':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.followUp({ content: 'primera', allowedMentions: NO_PINGS });
      await interaction.followUp({ content: 'segunda', allowedMentions: NO_PINGS });
      return;
    default:
      await interaction.reply({ content: `Sin manejador para ${interaction.commandName}`, allowedMentions: NO_PINGS });
  }
}

function pager(page: number): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`page:${page - 1}`).setLabel('◀').setStyle(ButtonStyle.Secondary).setDisabled(page <= 1),
    new ButtonBuilder().setCustomId(`page:${page + 1}`).setLabel('▶').setStyle(ButtonStyle.Secondary),
  );
}

let discord: FakeDiscord;
let clients: Client[];
let failures: unknown[];

/**
 * @discordjs/ws spaces identifies 5–6.5 s apart, as Discord requires; tests that make the client identify twice
 * lift that client-side wait so they stay fast. Nothing else about the client changes.
 */
const NO_IDENTIFY_WAIT = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };

async function connect(fake = discord, ws = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, ws });
  clients.push(client);
  client.on(Events.InteractionCreate, (interaction) => handle(interaction, failures));
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return client;
}

async function nextFailure(): Promise<unknown> {
  while (failures.length === 0) await sleep(10);
  return failures.shift();
}

beforeEach(async () => {
  discord = await startFakeDiscord();
  clients = [];
  failures = [];
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  await discord.stop();
});

describe('fake Discord with the real discord.js client', () => {
  it('lets the client log in, identify with its intents and see the guild', async () => {
    const client = await connect();
    await discord.ready();

    expect(client.user?.id).toBe(discord.botUserId);
    expect(client.user?.bot).toBe(true);
    expect(client.guilds.cache.get(discord.guildId)?.channels.cache.has(discord.channelId)).toBe(true);
    expect(discord.identifies.map((identify) => identify.intents)).toEqual([GatewayIntentBits.Guilds]);
    expect(discord.unexpectedRequests()).toEqual([]);
  });

  it('records a slash command deferred and then edited, in order, with its locale and options', async () => {
    await connect();

    const ask = discord.sendCommand('ask', { question: 'Who is <@123456789012345678>?' }, { locale: 'en-US' });
    const callback = await discord.waitForCallback(ask);
    const answer = await discord.waitForFinalMessage(ask);

    expect(callback.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(answer.kind).toBe('edit');
    expect(answer.message?.content).toBe('Answer: Who is <@123456789012345678>?');
    expect(answer.message?.id).toBe(callback.message?.id);
    expect(discord.messagesOf(ask).map((event) => event.kind)).toEqual(['callback', 'edit']);
    expect(answer.atMs).toBeGreaterThanOrEqual(callback.atMs);
    const edit = discord.sentBodies.find((sent) => sent.kind === 'edit');
    expect(edit?.allowedMentions).toEqual({ parse: [] });
    expect(discord.sentBodies.some((sent) => pingsAnyone(sent.pings))).toBe(false);
    expect(discord.violations).toEqual([]);
  });

  it('tells which mentions would ping when allowed_mentions is left out', async () => {
    const client = await connect();
    client.removeAllListeners(Events.InteractionCreate);
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) interaction.reply('Hola @everyone y <@123456789012345678>').catch(() => {});
    });

    const hello = discord.sendCommand('hello');
    const reply = await discord.waitForFinalMessage(hello);

    expect(reply.message?.mention_everyone).toBe(true);
    expect(discord.sentBodies[0]?.pings).toEqual({ everyone: true, users: ['123456789012345678'], roles: [] });
  });

  it('answers an autocomplete with the choices the bot returned', async () => {
    await connect();

    const typing = discord.sendAutocomplete('quote', { actor: 'san' }, 'actor', { locale: 'es-ES' });
    const result = await discord.waitForCallback(typing);

    expect(result.callbackType).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(result.body.choices?.map((choice) => choice.name)).toEqual(['Sánchez', 'Sanz', 'Santos']);
  });

  it('updates the message a button sits on', async () => {
    await connect();
    const ask = discord.sendCommand('ask', { question: '¿Qué pasó?' });
    const first = await discord.waitForFinalMessage(ask);

    expect(() => discord.clickButton('page:0', ask)).toThrow(/disabled/);
    const next = discord.clickButton('page:2', ask);
    const update = await discord.waitForCallback(next);

    expect(update.callbackType).toBe(InteractionResponseType.UpdateMessage);
    expect(update.message?.id).toBe(first.message?.id);
    expect(discord.originalMessage(ask)?.content).toBe('Página 2');
    expect(() => discord.clickButton('page:9', ask)).toThrow(/page:1, page:3/);
  });

  it('sends files as multipart and shows them as attachments', async () => {
    await connect();

    const file = discord.sendCommand('file');
    const answer = await discord.waitForFinalMessage(file);

    expect(answer.files.map((uploaded) => uploaded.name)).toEqual(['fuentes.txt']);
    expect(answer.body.content).toBe('Adjunto');
    expect(answer.message?.attachments.map((attachment) => attachment.filename)).toEqual(['fuentes.txt']);
    expect((answer.message?.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('turns the first follow-up after a defer into the reply, and the next into a new message', async () => {
    await connect();

    const command = discord.sendCommand('followups');
    await discord.waitForFinalMessage(command, (event) => event.body.content === 'segunda');
    const [deferred, first, second] = discord.messagesOf(command);

    expect(first?.message?.id).toBe(deferred?.message?.id);
    expect(second?.message?.id).not.toBe(deferred?.message?.id);
    expect(discord.originalMessage(command)?.content).toBe('primera');
  });

  it('serves the original reply back, and deletes it', async () => {
    await connect();

    const tidy = discord.sendCommand('tidy');
    await discord.waitForFinalMessage(tidy, (event) => event.kind === 'delete');

    expect(discord.messagesOf(tidy).map((event) => event.kind)).toEqual(['callback', 'edit', 'delete']);
    expect(discord.requests.filter((request) => request.method === 'GET' && request.route?.startsWith('/webhooks'))).toEqual([
      expect.objectContaining({ status: 200 }),
    ]);
    expect(discord.originalMessage(tidy)).toBeUndefined();
  });

  it('lets discord.js retry an edit answered with 429 until the reply arrives', async () => {
    await connect();
    discord.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 429, retryAfter: 0.05 });

    const ask = discord.sendCommand('ask', { question: '¿Y ahora?' });
    const answer = await discord.waitForFinalMessage(ask);

    expect(answer.message?.content).toBe('Respuesta: ¿Y ahora?');
    const edits = discord.requests.filter((request) => request.method === 'PATCH');
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    expect(failures).toEqual([]);
  });

  it('surfaces a 500 that persists through discord.js retries as an error in the handler', async () => {
    await connect();
    // @discordjs/rest retries a 5xx three times before giving up.
    discord.failNext({ method: 'PATCH', pathPattern: '/messages/@original', status: 500, times: 4 });

    discord.sendCommand('ask', { question: '¿Falla?' });
    const error = await nextFailure();

    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
  });

  it('refuses a reply beyond Discord limits with 400 and code 50035, naming each field', async () => {
    await connect();

    discord.sendCommand('long');
    const error = await nextFailure();

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(discord.violations[0]?.errors.map((field) => `${field.path} ${field.code}`)).toEqual([
      'data.content BASE_TYPE_MAX_LENGTH',
      'data.embeds.0.fields.0.value BASE_TYPE_MAX_LENGTH',
    ]);
    expect(discord.sentBodies[0]?.accepted).toBe(false);
  });

  it('says what Discord refused when an awaited answer never comes', async () => {
    await connect();

    const long = discord.sendCommand('long');

    await expect(discord.waitForFinalMessage(long, undefined, 300)).rejects.toThrow(
      /no final message for \/long within 300 ms; recorded: nothing; refused: POST 400\/50035 Invalid Form Body \(data\.content BASE_TYPE_MAX_LENGTH/,
    );
  });

  it('refuses a second callback on the same interaction with 40060', async () => {
    await connect();

    const twice = discord.sendCommand('twice');
    const error = await nextFailure();

    expect((error as DiscordAPIError).code).toBe(40060);
    expect(discord.messagesOf(twice).map((event) => event.body.content)).toEqual(['uno']);
  });

  it('refuses a first answer that comes after the deadline with 10062', async () => {
    await discord.stop();
    discord = await startFakeDiscord({ callbackDeadlineMs: 100 });
    await connect();

    const slow = discord.sendCommand('slow');
    const error = await nextFailure();

    expect((error as DiscordAPIError).code).toBe(10062);
    expect(discord.messagesOf(slow)).toEqual([]);
  });

  it('refuses a defer that is held up in transit past the deadline', async () => {
    await discord.stop();
    discord = await startFakeDiscord({ callbackDeadlineMs: 100 });
    await connect();
    discord.delayNext({ method: 'POST', pathPattern: /\/callback$/, delayMs: 300 });

    discord.sendCommand('ask', { question: '¿Llegas a tiempo?' });
    const error = await nextFailure();

    expect((error as DiscordAPIError).code).toBe(10062);
  });

  it.each([
    ['a close frame (4000)', 4000],
    ['a dropped connection (1006)', 1006],
  ])('lets the client resume after %s, replaying what it missed', async (_how, code) => {
    const client = await connect();

    const resumed = once(client, Events.ShardResume);
    await discord.closeGateway(code);
    const missed = discord.sendCommand('ask', { question: '¿Durante el corte?' });
    await resumed;

    expect(missed.delivery).toBe('buffered');
    expect((await discord.waitForFinalMessage(missed)).message?.content).toBe('Respuesta: ¿Durante el corte?');
    expect(discord.resumes).toEqual([expect.objectContaining({ accepted: true, replayed: 1 })]);
    const after = discord.sendCommand('ask', { question: '¿Y después?' });
    expect((await discord.waitForFinalMessage(after)).message?.content).toBe('Respuesta: ¿Y después?');
  });

  it('makes the client identify again when its session is gone', async () => {
    const client = await connect(discord, NO_IDENTIFY_WAIT);

    const readyAgain = once(client, Events.ShardReady);
    await discord.closeGateway(4000, { resumable: false });
    await readyAgain;

    expect(discord.resumes.map((resume) => resume.accepted)).toEqual([false]);
    expect(discord.identifies).toHaveLength(2);
    const ask = discord.sendCommand('ask', { question: '¿Sigues ahí?' });
    expect((await discord.waitForFinalMessage(ask)).message?.content).toBe('Respuesta: ¿Sigues ahí?');
  });

  it('registers commands with a deploy-style bulk overwrite and sends their declared option types', async () => {
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const sources = new SlashCommandBuilder()
      .setName('sources')
      .setDescription('List the articles')
      .setDescriptionLocalizations({ 'es-ES': 'Lista los artículos', 'es-419': 'Lista los artículos' })
      .addIntegerOption((option) => option.setName('page').setDescription('Page').setMinValue(1));

    const created = await rest.put(Routes.applicationGuildCommands(discord.appId, discord.guildId), { body: [sources.toJSON()] });

    expect(created).toEqual([expect.objectContaining({ name: 'sources', guild_id: discord.guildId })]);
    expect(discord.registeredCommands(discord.guildId).map((command) => command.name)).toEqual(['sources']);
    expect(discord.registeredCommands()).toEqual([]);

    await connect();
    const page = discord.sendCommand('sources', { page: 2 });
    expect((await discord.waitForFinalMessage(page)).message?.content).toBe('Página 2');
    expect(() => discord.sendCommand('sources', { pagina: 2 })).toThrow(/no option "pagina"/);
  });

  it('refuses command definitions Discord would refuse', async () => {
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const invalid = { name: 'Ask', description: 'Ask', description_localizations: { es: 'Pregunta' } };

    const refusal = rest.put(Routes.applicationCommands(discord.appId), { body: [invalid] });

    await expect(refusal).rejects.toMatchObject({ code: 50035 });
    expect(discord.violations[0]?.errors.map((error) => error.path)).toEqual(['0.name', '0.description_localizations.es']);
    expect(discord.registeredCommands()).toEqual([]);
  });

  it('says so when an interaction is sent before any client has connected', async () => {
    const early = discord.sendCommand('ask', { question: '¿Hay alguien?' });

    expect(early.delivery).toBe('dropped');
    await expect(discord.waitForCallback(early, 50)).rejects.toThrow(/never delivered/);
  });

  it('answers routes it does not know with 404 and lists them as unexpected', async () => {
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);

    await expect(rest.get(Routes.channel(discord.channelId))).rejects.toMatchObject({ status: 404 });
    expect(discord.unexpectedRequests().map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /channels/${discord.channelId}`,
    ]);
  });
});
