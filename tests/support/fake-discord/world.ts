/**
 * The small, fixed Discord "world" the fake serves: one application with its bot user, one guild with an
 * @everyone role, a managed bot role and one text channel, and any number of ordinary users made up on demand.
 * Payloads are typed with discord-api-types (re-exported by discord.js) so that they carry every field the real
 * gateway sends; discord.js reads many of them and silently misbehaves when one is missing.
 */
import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildFeature,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';
import { snowflake } from './ids.js';

export interface World {
  token: string;
  appId: string;
  bot: APIUser;
  guildId: string;
  channelId: string;
  /** The user who sends interactions unless a test names another. */
  defaultUserId: string;
  createdAt: string;
}

/** What an ordinary member may do: read, write, use commands and react. */
const MEMBER_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreateInstantInvite |
  PermissionFlagsBits.ChangeNickname;

/** The permissions a bot invited with minimal rights holds in the channel. */
const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export const GUILD_FEATURES = [GuildFeature.Community, GuildFeature.News];

export function createWorld(token: string): World {
  const appId = snowflake();
  return {
    token,
    appId,
    // A bot user shares its application's id.
    bot: { id: appId, username: 'Hemeroteca', discriminator: '0000', global_name: null, avatar: null, bot: true },
    guildId: snowflake(),
    channelId: snowflake(),
    defaultUserId: snowflake(),
    createdAt: new Date().toISOString(),
  };
}

export function userOf(id: string): APIUser {
  return {
    id,
    username: `lector${id.slice(-4)}`,
    discriminator: '0',
    global_name: `Lector ${id.slice(-4)}`,
    avatar: null,
  };
}

function memberPermissions(): string {
  return MEMBER_PERMISSIONS.toString();
}

export function botPermissions(): string {
  return BOT_PERMISSIONS.toString();
}

/** A guild member as it appears inside an interaction: with its user and resolved permissions. */
export function interactionMember(world: World, userId: string): APIInteractionGuildMember {
  return { ...guildMember(world, userOf(userId), []), permissions: memberPermissions() };
}

export function textChannel(world: World): APITextChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: 'hemeroteca',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: 'Preguntas sobre la hemeroteca',
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function readyPayload(world: World, sessionId: string, resumeGatewayUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: world.bot,
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeGatewayUrl,
    shard: [0, 1],
    application: {
      id: world.appId,
      flags: ApplicationFlags.ApplicationCommandBadge,
      flags_new: String(ApplicationFlags.ApplicationCommandBadge),
    },
  };
}

export function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  const botRole = role(snowflake(), 'Hemeroteca', BOT_PERMISSIONS, 1, { bot_id: world.bot.id });
  return {
    id: world.guildId,
    name: 'Redacción de pruebas',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: [role(world.guildId, '@everyone', MEMBER_PERMISSIONS, 0), botRole],
    emojis: [],
    stickers: [],
    features: GUILD_FEATURES,
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: world.channelId,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: world.channelId,
    public_updates_channel_id: world.channelId,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: Locale.SpanishES,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    incidents_data: null,
    joined_at: world.createdAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [guildMember(world, world.bot, [botRole.id])],
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function guildMember(world: World, user: APIUser, roles: string[]): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: world.createdAt,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: noFlags(),
    communication_disabled_until: null,
  };
}

function role(id: string, name: string, permissions: bigint, position: number, tags?: APIRole['tags']): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: tags !== undefined,
    mentionable: false,
    flags: noFlags(),
    ...(tags ? { tags } : {}),
  };
}

/** Discord sends 0 for "no flags", which the flag enums have no member for. */
function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}
