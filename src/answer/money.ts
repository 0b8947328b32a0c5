/**
 * Questions that ask for a sum of money, and texts that give one. "What was the price of diesel per gallon in April?"
 * is not answered by "the price trend will go on rising moderately … over the last 15 days": a figure of days is no
 * price. As an age question needs an age (answer-type.ts `carriesAge`) and a year question a year (`givesYear`), a
 * question about a price, a cost or an amount paid needs an amount: a currency's sign, code or name, or a figure with a
 * word of magnitude ("200 millones", "$3m" is a sign), or word that it costs nothing. The words are closed classes of
 * each language (currencies of the countries whose press the archive holds, verbs of costing and paying), not taken
 * from any corpus.
 */
import { foldAccents } from '../text/words.js';
import { NUMBER_WORDS } from './answer-type.js';
import { CURRENCIES, CURRENCY_CODES, CURRENCY_SIGNS } from './units.js';

/** Nouns that name a sum of money asked for after "qué"/"cuál"/"what" (a fine is one: "What is the fine for…?"), folded. */
const PRICE_NOUNS = 'precio|precios|coste|costes|costo|costos|importe|monto|tarifa|tarifas|multa|multas|price|prices|cost|costs|fare|fares|fee|fees|fine|fines';
/** Verbs of costing, paying, charging, spending and collecting, folded (Spanish forms first, then English). */
// The Spanish verbs in every person of the third: present, preterite, imperfect, future and conditional ("¿Cuánto costarán las
// obras?", "¿Cuánto pagarían?"); "cuesta" and "vale" with their irregular stems.
const PAYING_VERBS =
  String.raw`cuest(?:a|an)|(?:cost|cobr|pag|gast|recaud)(?:a|an|o|aron|aba|aban|ara|aran|aria|arian)|val(?:e|en|ia|ian|dra|dran|dria|drian)|` +
  String.raw`invirti(?:o|eron)|inviert(?:e|en)|invertir(?:a|an|ia|ian)|` +
  'cost|costs|pay|pays|paid|charge|charges|charged|spend|spends|spent|raise|raised|invest|invested';

/**
 * "¿Cuál era el precio…?", "¿A qué precio…?", "What was the price…?" (the noun right after the opening interrogative and its
 * copula), "¿De cuánto es la multa…?", "How much is the fine…?" (the noun after "how much" and a copula), "¿Cuánto
 * dinero…?", "¿Cuánto costó…?", "How much money…?", "How much did it cost…?". Read from the question's start (its
 * opening mark, in Spanish): a later "que" is a conjunction ("¿Qué decidió Siria que el precio…?").
 */
const ASKS_MONEY = new RegExp(
  String.raw`^\s*(?:(?:a|en|por|de|at|for)\s+)?(?:(?:que|cual|cuales|what|which)(?:'s|\s+(?:es|son|era|eran|fue|fueron|sera|seria|is|was|are|were|will\s+be|would\s+be))?\s+(?:(?:el|la|los|las|the)\s+)?(?:${PRICE_NOUNS})` +
    String.raw`|(?:cuanto|cuantos|how\s+much)\s+(?:dinero|money|dolares|euros|pesos|dollars|pounds)` +
    String.raw`|(?:cuanto|how\s+much)\s+(?:es|son|era|eran|fue|fueron|sera|seria|is|was|are|were|will\s+be|would\s+be)\s+(?:(?:el|la|los|las|the)\s+)?(?:${PRICE_NOUNS})` +
    String.raw`|cuanto\s+(?:(?:se|le|les|lo|la|nos|me|te)\s+)?(?:${PAYING_VERBS})` +
    String.raw`|how\s+much\s+(?:\S+\s+){1,6}?(?:${PAYING_VERBS}))(?![\p{L}\p{M}])`,
  'u',
);

/**
 * The thing whose price a question asks, after a verb of costing and an article or "cada": "bidón" in "¿Cuánto cuesta el
 * bidón de agua?", "ticket" in "How much does a ticket cost?". With the article the noun is a thing priced, not a
 * sentence's subject named otherwise ("¿Cuánto costó Madrid…?"). Folded; undefined when the question names none.
 */
const PRICED = new RegExp(
  String.raw`(?:^|[\s¿])cuanto\s+(?:(?:le|les|nos|me|te|se)\s+)?(?:cuest(?:a|an)|cost(?:o|aron|aba|aban|ara|aran|aria|arian)|val(?:e|en|ia|ian|dra|dran|dria|drian))\s+(?:el|la|los|las|un|una|unos|unas|cada)\s+(\p{L}+)` +
    String.raw`|(?:^|\s)how\s+much\s+(?:does|do|did|will|would|could)\s+(?:a|an|the|each|one)\s+(\p{L}+)\s+cost(?![\p{L}\p{M}])`,
  'u',
);

/** The folded noun of the thing whose price `question` asks (`PRICED`), or undefined. */
export function pricedNoun(question: string): string | undefined {
  const match = PRICED.exec(foldAccents(question.toLowerCase()));
  return match?.[1] ?? match?.[2];
}

/**
 * "¿Cuánto gana un minero…?", "How much does a nurse earn?", "¿Cuál es el sueldo del alcalde?", "What is her salary?", "What was
 * the company's annual revenue?", "¿Cuáles fueron los beneficios de…?": what someone or a company earns ("cobrar" is ASKS_MONEY's), folded,
 * read from the question's start as ASKS_MONEY is. Kept apart from ASKS_MONEY, which also steers which sentence is quoted
 * (an amount first): any amount the story gives (a bonus demanded, a company's losses) is not a pay, so this only asks that
 * an amount be there at all (ask.ts `moneyNotGiven`). "Ganar" is also "to win": "¿Cuántos partidos ganó…?" counts a noun
 * and is not read.
 */
const ASKS_EARNINGS = /^\s*cuanto\s+(?:(?:le|les|se)\s+)?gan(?:a|an|o|aron|aba|aban|ara|aran|aria|arian)(?![\p{L}\p{M}])|^\s*how\s+much\s+(?:\S+\s+){1,6}?(?:earn|earns|earned)(?![\p{L}\p{M}])|^\s*(?:cual|cuales|que|what|which)(?:'s|\s+(?:es|son|era|eran|fue|fueron|sera|seran|is|was|are|were|will\s+be))?\s+(?:(?:el|la|los|las|su|sus|the|his|her|their|its)\s+)?(?:[\p{L}'’]+\s+){0,3}(?:salario|salarios|sueldo|sueldos|remuneracion|retribucion|salary|salaries|wage|wages|pay|ingresos|facturacion|beneficio|beneficios|ganancias|revenue|revenues|turnover|profit|profits|earnings|income)(?![\p{L}\p{M}])/u;

/** Whether `question` asks what someone earns (ASKS_EARNINGS). */
export function asksEarnings(question: string): boolean {
  return ASKS_EARNINGS.test(foldAccents(question.slice(Math.max(0, question.indexOf('¿'))).replace(/^¿/u, '').toLowerCase()));
}

/** Whether `question` asks for a price, a cost or an amount of money. */
export function asksMoney(question: string): boolean {
  return ASKS_MONEY.test(foldAccents(question.slice(Math.max(0, question.indexOf('¿'))).replace(/^¿/u, '')));
}

/** A currency's sign or ISO code, or Guatemala's "Q" before a figure ("Q179 millones"): read in the text as written. */
const CURRENCY_MARK = new RegExp(String.raw`[${CURRENCY_SIGNS}]|(?<![\p{L}\p{M}])(?:${CURRENCY_CODES.toUpperCase()})(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])Q\s?\p{N}`, 'u');
// A noun right after a figure's word of magnitude, maybe after "de"/"of": what the figure counts ("210 mil usuarios", "3
// millones de personas"), no sum of money. A currency's name there is read by its own alternative; a preposition or a
// conjunction after the figure ("200 millones en obras") leaves it an amount.
const COUNTED_AFTER = String.raw`\s+(?:(?:de|of)\s+)?(?!(?:en|y|e|o|para|por|a|al|que|del|el|la|los|las|su|sus|in|and|or|for|to|that|the|on|at|this|each|per|cada)(?![\p{L}\p{M}]))\p{L}`;
/**
 * A currency's name, a figure with a word of magnitude ("200 millones", in words too: "doce millones", "a million";
 * answer-type.ts `NUMBER_WORDS`), or nothing to pay; folded.
 */
const AMOUNT_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${CURRENCIES})(?![\p{L}\p{M}])` +
    String.raw`|(?:\p{N}|(?<![\p{L}\p{M}])(?:${NUMBER_WORDS}|un|one))\s*(?:mil\s+millones|mil|millares?|thousand|millones|millon|billones|billon|millardos?|million|millions|billion|billions|milliards?|milhoes|milhao|bilhoes|milioni|miliardi|millionen|milliarden|bn|mn)(?![\p{L}\p{M}])(?!${COUNTED_AFTER})` +
    // English "a million"; Spanish "a mil" is a preposition before a figure ("asciende a mil personas").
    String.raw`|(?<![\p{L}\p{M}])a\s+(?:thousand|million|billion)(?![\p{L}\p{M}])` +
    String.raw`|(?<![\p{L}\p{M}])(?:gratis|gratuit[oa]s?|gratuite?s?|gratuitamente|free\s+of\s+charge|for\s+free|at\s+no\s+cost|sin\s+(?:costo|coste|cargo))(?![\p{L}\p{M}])`,
  'u',
);

/** A pattern matching any of `alternatives` as a whole word. */
const word = (alternatives: string) => String.raw`(?<![\p{L}\p{M}])(?:${alternatives})(?![\p{L}\p{M}])`;

/**
 * A currency a question may ask its amount in: its names (folded, singular and plural, the archive's languages), ISO
 * codes and signs. Pesos and dollars share "$" (Argentina, Chile, Mexico and Colombia write pesos so), so "$" is either.
 */
interface Currency {
  /** Its name or code as a word, in folded text. */
  named: RegExp;
  /** A question asking an amount in it: "en dólares", "in US dollars", "¿Cuántos euros…?", "How many pounds…?". */
  askedIn: RegExp;
  signs: string;
}
function currency(names: string, codes: string, signs: string): Currency {
  const name = word(`${names}|${codes}`);
  return {
    named: new RegExp(name, 'u'),
    askedIn: new RegExp(String.raw`(?:(?<![\p{L}\p{M}])(?:en|in)\s+(?:us\s+)?|(?:cuantos|cuantas|how\s+many)\s+)${name}`, 'u'),
    signs,
  };
}
const ASKABLE_CURRENCIES: readonly Currency[] = [
  currency('dolar|dolares|dollar|dollars|dollaro|dollari', 'usd', '$'),
  currency('peso|pesos', 'mxn|ars|clp|cop|uyu|dop', '$'),
  currency('euro|euros', 'eur', '€'),
  currency('libra|libras|esterlina|esterlinas|pound|pounds|sterling', 'gbp', '£'),
  currency('yen|yenes', 'jpy', '¥'),
  currency('yuan|yuanes|renminbi', 'cny', '¥'),
  currency('rublo|rublos|ruble|rubles|rouble|roubles', 'rub', '₽'),
];

/**
 * The currency a question asks its amount in: "¿… en dólares?", "in US dollars", "¿Cuántos euros…?", "How many pounds…?";
 * not one beside a figure the question gives ("¿… elevó el precio a 5 dólares?"), nor when it names two.
 */
function askedCurrency(question: string): Currency | undefined {
  const folded = foldAccents(question);
  const asked = ASKABLE_CURRENCIES.filter(({ askedIn }) => askedIn.test(folded));
  return asked.length === 1 ? asked[0] : undefined;
}

/** Whether `text` writes an amount in `currency`: its name or code (folded), or its sign. */
function writesCurrency(text: string, folded: string, { named, signs }: Currency): boolean {
  return named.test(folded) || [...signs].some((sign) => text.includes(sign));
}

/**
 * Whether `text` (any language) gives an amount of money, or says that something costs nothing. Asked in a currency
 * (`question`: "¿Cuánto cuesta la obra en dólares?"), an amount written in another currency only ("18.000 millones de
 * pesos") is not given: a reader would take it for the sum asked (blind newcomer 26's D1). An amount in no currency
 * ("costará 18.000 millones") still counts.
 */
export function givesMoney(text: string, question?: string): boolean {
  const folded = foldAccents(text);
  const asked = question === undefined ? undefined : askedCurrency(question);
  if (asked !== undefined && !writesCurrency(text, folded, asked) && ASKABLE_CURRENCIES.some((other) => other !== asked && writesCurrency(text, folded, other))) return false;
  return CURRENCY_MARK.test(text) || AMOUNT_WORDS.test(folded);
}
