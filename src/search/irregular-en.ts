/**
 * English verbs whose past tense or past participle the Porter/Snowball stemmer leaves apart from their base form:
 * "fell" and "fallen" stem to themselves, "fall" to "fall", so "How much did emissions fall in 2019?" (a question asked
 * with "did" takes the base form) met nothing in "Total emissions fell 2 percent". News tells what happened in the past
 * tense, so a question about it nearly always asks in another form of the verb than the story's.
 *
 * The forms are a closed class of English morphology (the strong and irregular verbs of Quirk et al., A Comprehensive
 * Grammar of the English Language, 1985, §3.14–3.16), not a vocabulary read from any corpus. Left out are forms that are
 * as often another word in news: nouns and adjectives ("found", "left", "saw", "lay", "bound", "ground", "fed" for the
 * Federal Reserve, "thought", "bit", "shot" beside its plural "shots"), and the verbs of saying ("said", "told", "spoke"), whose questions are read by
 * the statement rules (src/answer/answer-type.ts) and must not meet every reported sentence.
 */

/** Each verb's base form, then its past and past-participle forms that differ from it and from the regular "-ed". */
const IRREGULAR_VERBS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['arise', 'arose', 'arisen'], ['awake', 'awoke', 'awoken'], ['bear', 'borne'], ['beat', 'beaten'], ['become', 'became'],
  ['begin', 'began', 'begun'], ['bend', 'bent'], ['bleed', 'bled'], ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'],
  ['breed', 'bred'], ['bring', 'brought'], ['build', 'built'], ['burn', 'burnt'], ['buy', 'bought'], ['catch', 'caught'],
  ['choose', 'chose', 'chosen'], ['cling', 'clung'], ['come', 'came'], ['creep', 'crept'], ['deal', 'dealt'], ['dig', 'dug'],
  ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'], ['feel', 'felt'], ['fight', 'fought'], ['flee', 'fled'], ['fly', 'flew', 'flown'],
  ['forbid', 'forbade', 'forbidden'], ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'],
  ['freeze', 'froze', 'frozen'], ['get', 'got', 'gotten'], ['give', 'gave', 'given'], ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'], ['hang', 'hung'], ['hear', 'heard'], ['hide', 'hid', 'hidden'], ['hold', 'held'],
  ['keep', 'kept'], ['know', 'knew', 'known'], ['lead', 'led'], ['lend', 'lent'], ['lose', 'lost'], ['make', 'made'],
  ['mean', 'meant'], ['meet', 'met'], ['overcome', 'overcame'], ['overtake', 'overtook', 'overtaken'], ['pay', 'paid'],
  ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'], ['rise', 'rose', 'risen'], ['run', 'ran'], ['seek', 'sought'],
  ['sell', 'sold'], ['send', 'sent'], ['shake', 'shook', 'shaken'], ['shrink', 'shrank', 'shrunk'],
  ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat'], ['sleep', 'slept'], ['slide', 'slid'],
  ['spend', 'spent'], ['spin', 'spun'], ['stand', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck'],
  ['sting', 'stung'], ['strike', 'struck', 'stricken'], ['swear', 'swore', 'sworn'], ['sweep', 'swept'],
  ['swim', 'swam', 'swum'], ['swing', 'swung'], ['take', 'took', 'taken'], ['teach', 'taught'], ['tear', 'tore', 'torn'],
  ['throw', 'threw', 'thrown'], ['undergo', 'underwent', 'undergone'], ['understand', 'understood'],
  ['undertake', 'undertook', 'undertaken'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'], ['weep', 'wept'],
  ['win', 'won'], ['withdraw', 'withdrew', 'withdrawn'], ['write', 'wrote', 'written'],
];

const BASE_OF = new Map(IRREGULAR_VERBS.flatMap(([base, ...forms]) => forms.map((form) => [form, base] as const)));

/** The base form of an irregular English verb's past or participle form ("fell" → "fall"); any other word as it is. Folded words. */
export function englishBaseForm(foldedWord: string): string {
  return BASE_OF.get(foldedWord) ?? foldedWord;
}
