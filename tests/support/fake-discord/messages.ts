/**
 * The messages the bot's interactions produce, kept as Discord keeps them: created by a reply or follow-up,
 * changed field by field by edits (a field left out of an edit stays as it was), and returned as full message
 * objects, which discord.js turns into `Message` instances. Mentions are resolved the way Discord resolves them,
 * from the content and `allowed_mentions`, so tests can check that nobody would have been pinged.
 */
import {
  ComponentType,
  MessageFlags,
  MessageType,
  type APIAllowedMentions,
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageTopLevelComponent,
} from 'discord.js';
import { snowflake } from './ids.js';
import { userOf, type World } from './world.js';

/** The message fields a bot sends in a reply, update, edit or follow-up. */
export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
  allowed_mentions?: APIAllowedMentions;
  attachments?: Partial<APIAttachment>[];
}

export interface UploadedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

/** Who a message would notify: Discord pings only what `allowed_mentions` permits (everything when it is absent). */
export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

export interface MessageOrigin {
  interaction: APIMessageInteractionMetadata;
  type: MessageType;
}

/** Flags a bot may set on a message it sends; Discord ignores the rest. */
const SETTABLE_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications;

export interface MessageStore {
  create(body: MessageBody, files: UploadedFile[], origin: MessageOrigin, extraFlags?: number): APIMessage;
  edit(id: string, body: MessageBody, files: UploadedFile[]): APIMessage | undefined;
  get(id: string): APIMessage | undefined;
  delete(id: string): boolean;
}

export function createMessageStore(world: World): MessageStore {
  const messages = new Map<string, APIMessage>();
  return {
    get: (id) => messages.get(id),
    delete: (id) => messages.delete(id),
    create(body, files, origin, extraFlags = 0) {
      const message: APIMessage = {
        id: snowflake(),
        channel_id: world.channelId,
        author: world.bot,
        content: '',
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        type: origin.type,
        flags: ((body.flags ?? 0) & SETTABLE_FLAGS) | extraFlags,
        webhook_id: world.appId,
        application_id: world.appId,
        interaction_metadata: origin.interaction,
        position: 0,
      };
      const created = applyBody(message, body, files);
      messages.set(created.id, created);
      return created;
    },
    edit(id, body, files) {
      const current = messages.get(id);
      if (!current) return undefined;
      const wasLoading = ((current.flags ?? 0) & MessageFlags.Loading) !== 0;
      const edited = applyBody(
        {
          ...current,
          flags: (current.flags ?? 0) & ~MessageFlags.Loading,
          // Filling in a deferred reply is not an edit in the client's eyes; changing a shown message is.
          edited_timestamp: wasLoading ? null : new Date().toISOString(),
        },
        body,
        files,
      );
      messages.set(id, edited);
      return edited;
    },
  };
}

export function pingsOf(content: string, allowed: APIAllowedMentions | undefined): Pings {
  const parse = allowed?.parse ?? (allowed ? [] : ['everyone', 'users', 'roles']);
  const idsAfter = (pattern: RegExp): string[] => [...content.matchAll(pattern)].map((match) => match[1] ?? '');
  const users = idsAfter(/<@!?(\d{17,20})>/g).filter((id) => parse.includes('users') || allowed?.users?.includes(id));
  const roles = idsAfter(/<@&(\d{17,20})>/g).filter((id) => parse.includes('roles') || allowed?.roles?.includes(id));
  return { everyone: /@(everyone|here)\b/.test(content) && parse.includes('everyone'), users, roles };
}

export function pingsAnyone(pings: Pings): boolean {
  return pings.everyone || pings.users.length > 0 || pings.roles.length > 0;
}

function applyBody(message: APIMessage, body: MessageBody, files: UploadedFile[]): APIMessage {
  const next: APIMessage = { ...message };
  if (body.content !== undefined) next.content = body.content;
  if (body.embeds !== undefined) next.embeds = body.embeds.map((embed) => ({ type: 'rich' as APIEmbed['type'], ...embed }));
  if (body.components !== undefined) next.components = body.components;
  if (body.attachments !== undefined || files.length > 0) next.attachments = attachments(message, body, files);
  const pings = pingsOf(next.content, body.allowed_mentions);
  next.mention_everyone = pings.everyone;
  next.mentions = pings.users.map(userOf);
  next.mention_roles = pings.roles;
  return next;
}

/** Attachments the body keeps (by id) plus the files uploaded with it. */
function attachments(message: APIMessage, body: MessageBody, files: UploadedFile[]): APIAttachment[] {
  const keptIds = new Set((body.attachments ?? message.attachments).map((attachment) => attachment.id));
  const kept = message.attachments.filter((attachment) => keptIds.has(attachment.id));
  const uploaded = files.map((file): APIAttachment => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/${message.channel_id}/${id}/${encodeURIComponent(file.name)}`;
    return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
  });
  return [...kept, ...uploaded];
}

/** The buttons under a message, in order: what a user could click. */
export function buttonsOf(message: APIMessage | undefined): Array<{ id: string; disabled: boolean }> {
  return (message?.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow ? row.components.flatMap((button) => ('custom_id' in button ? [{ id: button.custom_id, disabled: button.disabled === true }] : [])) : [],
  );
}

/** The custom ids of the buttons under a message, in order. */
export function buttonIds(message: APIMessage | undefined): string[] {
  return buttonsOf(message).map(({ id }) => id);
}
