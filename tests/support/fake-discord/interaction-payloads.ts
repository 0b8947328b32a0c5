/**
 * INTERACTION_CREATE payloads as Discord sends them from a guild text channel, complete enough for discord.js to
 * build its interaction classes: `entitlements` (building throws without it), the `channel` object (the channel
 * id is read from it), `member.user`, permissions, locales, `authorizing_integration_owners`, `context`, and for
 * buttons the full message the button sits on. Option types come from the registered command when there is one,
 * because discord.js refuses `getInteger()` on an option sent as a number of another type.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIBaseInteraction,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIMessage,
  type APIMessageComponentGuildInteraction,
  type Locale,
} from 'discord.js';
import { opaqueToken, snowflake } from './ids.js';
import { GUILD_FEATURES, botPermissions, interactionMember, textChannel, type World } from './world.js';

export type OptionValue = string | number | boolean;

/** Who sends the interaction and in which language; everything defaults to the world's default user in Spanish. */
export interface InteractionContext {
  userId?: string;
  locale?: `${Locale}`;
  guildLocale?: `${Locale}`;
}

type GuildFields = Omit<APIBaseInteraction<InteractionType, unknown>, 'type' | 'data' | 'user' | 'message'> &
  Required<Pick<APIBaseInteraction<InteractionType, unknown>, 'guild_id' | 'member' | 'channel' | 'channel_id'>>;

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function commandInteraction(
  world: World,
  name: string,
  options: Record<string, OptionValue>,
  command: APIApplicationCommand | undefined,
  context: InteractionContext,
): APIChatInputApplicationCommandGuildInteraction {
  checkOptions(name, options, command, true);
  return {
    ...guildFields(world, context),
    type: InteractionType.ApplicationCommand,
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: command?.guild_id,
      options: Object.entries(options).map(([option, value]) => commandOption(option, value, declaredType(command, option))),
    },
  };
}

export function autocompleteInteraction(
  world: World,
  name: string,
  options: Record<string, OptionValue>,
  focused: string,
  command: APIApplicationCommand | undefined,
  context: InteractionContext,
): APIApplicationCommandAutocompleteGuildInteraction {
  if (!(focused in options)) throw new Error(`fake Discord: the focused option "${focused}" is not among the options`);
  checkOptions(name, options, command, false);
  return {
    ...guildFields(world, context),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command?.id ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: command?.guild_id,
      options: Object.entries(options).map(([option, value]) =>
        autocompleteOption(option, value, declaredType(command, option), option === focused),
      ),
    },
  };
}

export function buttonInteraction(
  world: World,
  customId: string,
  message: APIMessage,
  context: InteractionContext,
): APIMessageComponentGuildInteraction {
  return {
    ...guildFields(world, context),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

function guildFields(world: World, context: InteractionContext): GuildFields {
  const locale = context.locale ?? 'es-ES';
  const guildLocale = context.guildLocale ?? 'es-ES';
  return {
    id: snowflake(),
    application_id: world.appId,
    token: `interaction-${opaqueToken(48)}`,
    version: 1,
    guild_id: world.guildId,
    guild: { id: world.guildId, features: GUILD_FEATURES, locale: guildLocale as Locale },
    channel: textChannel(world),
    channel_id: world.channelId,
    member: interactionMember(world, context.userId ?? world.defaultUserId),
    app_permissions: botPermissions(),
    locale: locale as Locale,
    guild_locale: guildLocale as Locale,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: MAX_ATTACHMENT_BYTES,
  };
}

/**
 * Discord's client only lets a user fill in options the command declares, and every required one before sending
 * (while typing, for autocomplete, required options may still be empty). Unregistered commands are not checked.
 */
function checkOptions(name: string, options: Record<string, OptionValue>, command: APIApplicationCommand | undefined, complete: boolean): void {
  if (!command) return;
  const declared = command.options ?? [];
  const unknown = Object.keys(options).filter((option) => !declared.some((known) => known.name === option));
  const missing = complete ? declared.filter((known) => 'required' in known && known.required && !(known.name in options)) : [];
  if (unknown.length === 0 && missing.length === 0) return;
  const problems = [
    ...unknown.map((option) => `no option "${option}"`),
    ...missing.map((option) => `required option "${option.name}" missing`),
  ];
  throw new Error(`fake Discord: /${name}: ${problems.join(', ')} (declared: ${declared.map((known) => known.name).join(', ') || 'none'})`);
}

function declaredType(command: APIApplicationCommand | undefined, option: string): ApplicationCommandOptionType | undefined {
  return command?.options?.find((declared) => declared.name === option)?.type;
}

function commandOption(
  name: string,
  value: OptionValue,
  declared: ApplicationCommandOptionType | undefined,
): APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommand> {
  const type = declared ?? inferredType(value);
  switch (type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      return { name, type, value: Number(value) };
    case ApplicationCommandOptionType.Boolean:
      return { name, type, value: value === true || value === 'true' };
    case ApplicationCommandOptionType.String:
      return { name, type, value: String(value) };
    default:
      throw new Error(`fake Discord: option "${name}" has type ${type}, which the fake does not send`);
  }
}

/** In autocomplete, numeric options arrive as the raw text the user typed. */
function autocompleteOption(
  name: string,
  value: OptionValue,
  declared: ApplicationCommandOptionType | undefined,
  focused: boolean,
): APIApplicationCommandInteractionDataBasicOption<InteractionType.ApplicationCommandAutocomplete> {
  const type = declared ?? inferredType(value);
  const flag = focused ? { focused: true } : {};
  switch (type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
    case ApplicationCommandOptionType.String:
      return { name, type, value: String(value), ...flag };
    case ApplicationCommandOptionType.Boolean:
      return { name, type, value: value === true || value === 'true' };
    default:
      throw new Error(`fake Discord: option "${name}" has type ${type}, which the fake does not send`);
  }
}

function inferredType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}
