/**
 * Registered application commands, global and per guild, as the deploy script's bulk overwrite
 * (PUT /applications/{appId}[/guilds/{guildId}]/commands) leaves them. Definitions are checked against the rules
 * Discord enforces at registration (name pattern, lengths, localisation locales, option order), because a deploy
 * that Discord refuses is a bug that only shows in production otherwise. The fake also uses the registered
 * option types to build realistic INTERACTION_CREATE payloads.
 */
import { ApplicationCommandType, Locale, type APIApplicationCommand, type APIApplicationCommandOption } from 'discord.js';
import { snowflake } from './ids.js';
import { asRecord, length, type FieldError } from './limits.js';

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_OPTIONS = 25;
const MAX_DESCRIPTION = 100;
const LOCALES = new Set<string>(Object.values(Locale));

export type CommandScope = string | undefined;

export interface CommandRegistry {
  /** Replaces every command in the scope (a guild id, or undefined for global); errors when Discord would refuse. */
  overwrite(scope: CommandScope, body: unknown): { commands: APIApplicationCommand[] } | { errors: FieldError[] };
  list(scope: CommandScope): APIApplicationCommand[];
  /** The command a user in `guildId` sees under `name`: the guild's own first, then the global one. */
  find(name: string, guildId: string): APIApplicationCommand | undefined;
}

export function createCommandRegistry(appId: string): CommandRegistry {
  const scopes = new Map<CommandScope, APIApplicationCommand[]>();
  const list = (scope: CommandScope): APIApplicationCommand[] => scopes.get(scope) ?? [];
  return {
    list,
    find: (name, guildId) => [...list(guildId), ...list(undefined)].find((command) => command.name === name),
    overwrite(scope, body) {
      if (!Array.isArray(body)) return { errors: [{ path: '', code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] };
      const errors = body.flatMap((definition: unknown, index) => definitionErrors(asRecord(definition), `${index}`));
      errors.push(...duplicateNames(body.map((definition: unknown) => asRecord(definition).name), ''));
      if (errors.length > 0) return { errors };
      const previous = list(scope);
      const commands = body.map((definition: unknown) => {
        const fields = asRecord(definition) as Partial<APIApplicationCommand>;
        const existing = previous.find((command) => command.name === fields.name);
        return registered(appId, scope, fields, existing?.id ?? snowflake());
      });
      scopes.set(scope, commands);
      return { commands };
    },
  };
}

function registered(appId: string, scope: CommandScope, fields: Partial<APIApplicationCommand>, id: string): APIApplicationCommand {
  return {
    type: ApplicationCommandType.ChatInput,
    default_member_permissions: null,
    nsfw: false,
    integration_types: [0],
    contexts: null,
    name_localizations: null,
    description_localizations: null,
    name: '',
    description: '',
    ...fields,
    id,
    application_id: appId,
    version: snowflake(),
    ...(scope ? { guild_id: scope } : {}),
  };
}

function definitionErrors(definition: Record<string, unknown>, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const isChatInput = (definition.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  nameErrors(errors, `${path}.name`, definition.name, isChatInput);
  if (isChatInput) descriptionErrors(errors, `${path}.description`, definition.description);
  localisationErrors(errors, `${path}.name_localizations`, definition.name_localizations, (at, value) =>
    nameErrors(errors, at, value, isChatInput),
  );
  localisationErrors(errors, `${path}.description_localizations`, definition.description_localizations, (at, value) =>
    descriptionErrors(errors, at, value),
  );
  if (Array.isArray(definition.options)) optionErrors(errors, `${path}.options`, definition.options);
  return errors;
}

function optionErrors(errors: FieldError[], path: string, options: unknown[]): void {
  if (options.length > MAX_OPTIONS) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_OPTIONS} or fewer in length.` });
  }
  let optionalSeen = false;
  options.forEach((raw, index) => {
    const option = asRecord(raw) as Partial<APIApplicationCommandOption> & Record<string, unknown>;
    const at = `${path}.${index}`;
    nameErrors(errors, `${at}.name`, option.name, true);
    descriptionErrors(errors, `${at}.description`, option.description);
    localisationErrors(errors, `${at}.name_localizations`, option.name_localizations, (where, value) =>
      nameErrors(errors, where, value, true),
    );
    localisationErrors(errors, `${at}.description_localizations`, option.description_localizations, (where, value) =>
      descriptionErrors(errors, where, value),
    );
    if (option.required === true && optionalSeen) {
      errors.push({
        path: `${at}.required`,
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    optionalSeen ||= option.required !== true;
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      errors.push({ path: `${at}.choices`, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    }
  });
  errors.push(...duplicateNames(options.map((option) => asRecord(option).name), path));
}

function nameErrors(errors: FieldError[], path: string, name: unknown, lowercase: boolean): void {
  if (typeof name !== 'string' || !NAME_PATTERN.test(name) || (lowercase && name !== name.toLowerCase())) {
    errors.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
  }
}

function descriptionErrors(errors: FieldError[], path: string, description: unknown): void {
  const size = typeof description === 'string' ? length(description) : 0;
  if (size < 1 || size > MAX_DESCRIPTION) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between 1 and ${MAX_DESCRIPTION} in length.` });
  }
}

function localisationErrors(
  errors: FieldError[],
  path: string,
  map: unknown,
  checkValue: (path: string, value: unknown) => void,
): void {
  for (const [locale, value] of Object.entries(asRecord(map))) {
    if (!LOCALES.has(locale)) {
      errors.push({ path: `${path}.${locale}`, code: 'ENUM_TYPE_COERCE', message: `Value "${locale}" is not a valid enum value.` });
    } else if (value !== null) {
      checkValue(`${path}.${locale}`, value);
    }
  }
}

function duplicateNames(names: unknown[], path: string): FieldError[] {
  const duplicated = names.filter((name, index) => typeof name === 'string' && names.indexOf(name) !== index);
  return duplicated.map(() => ({
    path,
    code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
    message: 'Application command names must be unique',
  }));
}
