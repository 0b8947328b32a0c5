/**
 * Unit symbols after a figure read as the words of their unit, so that "¿Cuántos kilómetros cuadrados tiene la cuenca?"
 * meets "Esta cuenca abarca 7 000 000 km2" and "How many hectares…?" meets "about 1,500 ha". The symbols are the International
 * System's and the few others the press writes figures with (miles, tonnes, hours); a closed list from the units
 * themselves, not from any corpus. Used to match sentences to a question (matching.ts), never for retrieval.
 */
import type { Language } from '../corpus/types.js';
import { foldAccents } from '../text/words.js';

/** Each symbol, as written (case matters: "MW" is no "mw"), with its unit's words in Spanish and English. */
const UNITS: ReadonlyMap<string, Readonly<Record<Language, readonly string[]>>> = new Map([
  ['km', { es: ['kilómetros'], en: ['kilometres', 'kilometers'] }],
  // In English press "£3m" is three million: "m" is a metre only in Spanish.
  ['m', { es: ['metros'], en: [] }],
  ['cm', { es: ['centímetros'], en: ['centimetres', 'centimeters'] }],
  ['mm', { es: ['milímetros'], en: ['millimetres', 'millimeters'] }],
  ['mi', { es: ['millas'], en: ['miles'] }],
  ['ha', { es: ['hectáreas'], en: ['hectares'] }],
  ['kg', { es: ['kilogramos', 'kilos'], en: ['kilograms', 'kilos'] }],
  ['g', { es: ['gramos'], en: ['grams'] }],
  ['t', { es: ['toneladas'], en: ['tonnes', 'tons'] }],
  ['l', { es: ['litros'], en: ['litres', 'liters'] }],
  ['kW', { es: ['kilovatios'], en: ['kilowatts'] }],
  ['MW', { es: ['megavatios'], en: ['megawatts'] }],
  ['GW', { es: ['gigavatios'], en: ['gigawatts'] }],
  ['h', { es: ['horas'], en: ['hours'] }],
  ['min', { es: ['minutos'], en: ['minutes'] }],
]);

/** UNITS's symbols of time: a figure in them says how long (answer-type.ts reads durations apart), not how big. */
const TIME_SYMBOLS = new Set(['h', 'min']);

/**
 * The units of measure a figure may be given in, folded (lower case, no accents), each as a pattern that takes its
 * singular and its plural ("grados?"): UNITS's symbols and words but those of time, and degrees. A figure in one of
 * them measures something ("entre 2 y 6 grados", "300 metros"); it counts no people or things.
 */
export const MEASURE_UNITS: readonly string[] = [
  ...[...UNITS].filter(([symbol]) => !TIME_SYMBOLS.has(symbol)).flatMap(([symbol, words]) => [symbol.toLowerCase(), ...words.es, ...words.en]),
  'grados', 'degrees',
].map((unit) => foldAccents(unit).replace(/s$/u, 's?'));

/** The word a power after a unit of length adds: "km2", "km²" are square kilometres; "m3", "m³" cubic metres. */
const POWERS: ReadonlyMap<string, Readonly<Record<Language, string>>> = new Map([
  ['2', { es: 'cuadrados', en: 'square' }],
  ['²', { es: 'cuadrados', en: 'square' }],
  ['3', { es: 'cúbicos', en: 'cubic' }],
  ['³', { es: 'cúbicos', en: 'cubic' }],
]);

/** A figure right before the symbol, with at most one space between ("7 000 km", "80km"). */
const FIGURE_BEFORE = /\p{N}\s?$/u;

/**
 * The words in `language` of the unit that `word`, found at `start` in `text`, is the symbol of: with the power's
 * word when a power follows it at once ("km2" → "kilómetros", "cuadrados"). Empty unless a figure stands right before
 * it: a lone "m" or "t" is a letter, not a unit.
 */
export function unitWordsAt(text: string, word: string, start: number, language: Language): readonly string[] {
  const unit = UNITS.get(word);
  if (unit === undefined || !FIGURE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return [];
  const after = text.slice(start + word.length, start + word.length + 2);
  const power = /^[\p{N}²³](?!\p{N})/u.test(after) ? POWERS.get(after.charAt(0)) : undefined;
  return power === undefined ? unit[language] : [...unit[language], power[language]];
}

/** Currency names, folded, of the languages the archive reads (es, en, pt, fr, it, de), singular and plural. */
export const CURRENCIES =
  'dolar|dolares|dollar|dollars|euro|euros|pesos|libra|libras|esterlina|esterlinas|pound|pounds|sterling|quetzal|quetzales|' +
  'reais|bolivar|bolivares|bolivianos|soles|guaranies|cordobas|balboas|colones|lempira|lempiras|yen|yenes|yuan|yuanes|renminbi|rublo|rublos|ruble|rubles|rouble|roubles|' +
  'francos|franc|francs|franken|centavo|centavos|centimo|centimos|cent|cents|centime|centimes|penique|peniques|pence|penny|' +
  'rupia|rupias|rupee|rupees|dinar|dinares|dinars|shekel|shekels|lira|liras|lire|dollaro|dollari';
/** Currencies' ISO codes, folded (lower case), of the same countries: written after a figure ("40 USD") or before it. */
export const CURRENCY_CODES = 'usd|eur|gbp|mxn|brl|ars|clp|cop|pen|gtq|hnl|nio|crc|uyu|bob|pyg|dop|chf|jpy|cny';
/** Currency signs, for a character class: written before a figure ("$40", "US$ 3 millones", "€5"). */
export const CURRENCY_SIGNS = '$€£¥₹₩₽';
