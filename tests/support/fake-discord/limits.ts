/**
 * Discord's validation of message bodies and autocomplete choices, so that a bot which breaks a limit fails in
 * tests the way it would fail in production: a 400 with code 50035 and a per-field error tree (discord.js turns
 * it into "Invalid Form Body\nembeds[0].description[BASE_TYPE_MAX_LENGTH]: ...").
 *
 * Lengths are counted in Unicode code points, as Discord does (an emoji is one character, not two UTF-16 units).
 * Component limits are those of classic action rows; messages flagged IS_COMPONENTS_V2 are not checked for them.
 */
import { MessageFlags } from 'discord.js';

export interface FieldError {
  /** Dotted path inside the request body, e.g. `data.embeds.0.fields.3.value`. */
  path: string;
  code: string;
  message: string;
}

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceText: 100,
} as const;

const LINK_BUTTON_STYLE = 5;
const BUTTON_TYPE = 2;

type Json = Record<string, unknown>;

export function length(text: string): number {
  return [...text].length;
}

/** Everything Discord would reject in a message body (reply, update, edit or follow-up). */
export function messageErrors(body: Json, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const at = (path: string): string => (prefix ? `${prefix}.${path}` : path);
  if (typeof body.content === 'string') maxLength(errors, at('content'), body.content, LIMITS.content);
  if (Array.isArray(body.embeds)) embedErrors(errors, at('embeds'), body.embeds);
  const componentsV2 = typeof body.flags === 'number' && (body.flags & MessageFlags.IsComponentsV2) !== 0;
  if (Array.isArray(body.components) && !componentsV2) componentErrors(errors, at('components'), body.components);
  return errors;
}

/** Discord refuses to create a message with nothing to show (code 50006), but accepts such an edit. */
export function isEmptyMessage(body: Json, fileCount: number): boolean {
  const hasText = typeof body.content === 'string' && body.content.trim() !== '';
  const hasList = (key: string): boolean => Array.isArray(body[key]) && (body[key] as unknown[]).length > 0;
  return !hasText && !hasList('embeds') && !hasList('components') && !hasList('sticker_ids') && !body.poll && fileCount === 0;
}

/** Autocomplete answers: at most 25 choices, each name and string value 1–100 characters. */
export function choiceErrors(choices: unknown, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(choices)) return errors;
  if (choices.length > LIMITS.choices) errors.push(tooMany(path, LIMITS.choices));
  choices.forEach((choice: unknown, index) => {
    const { name, value } = asRecord(choice);
    betweenLength(errors, `${path}.${index}.name`, name, 1, LIMITS.choiceText);
    if (typeof value === 'string') betweenLength(errors, `${path}.${index}.value`, value, 1, LIMITS.choiceText);
  });
  return errors;
}

/** Discord's nested error tree for a list of field errors. */
export function errorTree(errors: FieldError[]): Json {
  const tree: Json = {};
  for (const error of errors) {
    let node = tree;
    const keys = error.path === '' ? [] : error.path.split('.');
    for (const key of keys) node = (node[key] ??= {}) as Json;
    ((node._errors ??= []) as unknown[]).push({ code: error.code, message: error.message });
  }
  return tree;
}

function embedErrors(errors: FieldError[], path: string, embeds: unknown[]): void {
  if (embeds.length > LIMITS.embeds) errors.push(tooMany(path, LIMITS.embeds));
  let total = 0;
  embeds.forEach((raw, index) => {
    const embed = asRecord(raw);
    const at = `${path}.${index}`;
    total += optionalText(errors, `${at}.title`, embed.title, LIMITS.embedTitle);
    total += optionalText(errors, `${at}.description`, embed.description, LIMITS.embedDescription);
    total += requiredText(errors, `${at}.footer.text`, embed.footer, LIMITS.footerText);
    total += requiredText(errors, `${at}.author.name`, embed.author, LIMITS.authorName, 'name');
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > LIMITS.embedFields) errors.push(tooMany(`${at}.fields`, LIMITS.embedFields));
    fields.forEach((field: unknown, fieldIndex) => {
      const { name, value } = asRecord(field);
      total += mandatory(errors, `${at}.fields.${fieldIndex}.name`, name, LIMITS.fieldName);
      total += mandatory(errors, `${at}.fields.${fieldIndex}.value`, value, LIMITS.fieldValue);
    });
  });
  if (total > LIMITS.embedTotal) {
    errors.push({ path, code: 'MAX_EMBED_SIZE_EXCEEDED', message: `Embed size exceeds maximum size of ${LIMITS.embedTotal}` });
  }
}

function componentErrors(errors: FieldError[], path: string, rows: unknown[]): void {
  if (rows.length > LIMITS.actionRows) errors.push(tooMany(path, LIMITS.actionRows));
  const seen = new Set<string>();
  rows.forEach((raw, rowIndex) => {
    const row = asRecord(raw);
    const children = Array.isArray(row.components) ? row.components : [];
    if (children.length > LIMITS.rowComponents) errors.push(tooMany(`${path}.${rowIndex}.components`, LIMITS.rowComponents));
    children.forEach((child: unknown, index) => {
      const component = asRecord(child);
      const at = `${path}.${rowIndex}.components.${index}`;
      if (component.type === BUTTON_TYPE) buttonErrors(errors, at, component);
      if (typeof component.custom_id !== 'string') return;
      maxLength(errors, `${at}.custom_id`, component.custom_id, LIMITS.customId);
      if (seen.has(component.custom_id)) {
        errors.push({ path: `${at}.custom_id`, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
      }
      seen.add(component.custom_id);
    });
  });
}

function buttonErrors(errors: FieldError[], path: string, button: Json): void {
  if (typeof button.label === 'string') maxLength(errors, `${path}.label`, button.label, LIMITS.buttonLabel);
  const isLink = button.style === LINK_BUTTON_STYLE;
  const key = isLink ? 'url' : 'custom_id';
  if (typeof button[key] !== 'string' || button[key] === '') {
    errors.push({ path: `${path}.${key}`, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  }
}

/** Length of an optional string, recording an error when it is too long. */
function optionalText(errors: FieldError[], path: string, value: unknown, max: number): number {
  if (typeof value !== 'string') return 0;
  maxLength(errors, path, value, max);
  return length(value);
}

/** Text inside an optional object (`footer.text`, `author.name`) that is required once the object is there. */
function requiredText(errors: FieldError[], path: string, holder: unknown, max: number, key = 'text'): number {
  return holder === undefined || holder === null ? 0 : mandatory(errors, path, asRecord(holder)[key], max);
}

function mandatory(errors: FieldError[], path: string, value: unknown, max: number): number {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return 0;
  }
  return optionalText(errors, path, value, max);
}

function maxLength(errors: FieldError[], path: string, value: string, max: number): void {
  if (length(value) > max) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
}

function betweenLength(errors: FieldError[], path: string, value: unknown, min: number, max: number): void {
  const size = typeof value === 'string' ? length(value) : -1;
  if (size < min || size > max) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
}

function tooMany(path: string, max: number): FieldError {
  return { path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` };
}

export function asRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}
