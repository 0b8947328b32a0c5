/**
 * Why-questions and the sentences that give a cause. "¿Por qué bajaron las emisiones?" repeats the words of the sentence
 * that states the fact ("Las emisiones bajaron un 12 %"), while the cause is often told in the next one ("La caída se
 * debió al cierre de la central"), which shares none of them. The words are closed classes of each language: the
 * interrogatives of cause and the connectives and nouns that introduce one (RAE's Nueva gramática, §46 "Construcciones
 * causales"; Quirk et al., A Comprehensive Grammar of the English Language, §15.45 and §8.86 for "because of", "due to").
 */
import { speechVerb } from '../quotes/lexicon.js';
import { OTHER_OPEN_INTERROGATIVES } from '../text/interrogatives.js';
import { foldAccents, writtenWords } from '../text/words.js';

/** "For what reason" in those other languages, folded, as a pattern's alternatives. */
const REASON: Readonly<Record<string, readonly string[]>> = {
  fr: ['pour\\s+quelles?\\s+(?:raisons?|motifs?)'],
  pt: ['por\\s+que', 'por\\s+qua(?:l|is)\\s+(?:motivos?|razo(?:es|ao))'],
  it: ['come\\s+mai', 'per\\s+quale\\s+(?:motivo|ragione)'],
  de: ['aus\\s+welchem\\s+grund'],
};

/**
 * Questions asking for a cause, folded and lower-cased: "¿Por qué…?", "¿A qué se debe…?", "¿Qué causó/provocó/originó…?"
 * (a verb of causing in the past after "qué", its subject asked for), "Why…?", "What caused…?", and
 * in the languages the bot reads but does not reply in, their why-adverbs ("Pourquoi…?", "Warum…?") and "for what
 * reason" ("Pour quelle raison…?", "Per quale motivo…?", "Come mai…?", "Aus welchem Grund…?").
 */
const ASKS_WHY: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])(?:por\s+que|a\s+que\s+se\s+(?:debe|debio|deben|debieron|debia)|que\s+(?:causo|causaron|provoco|provocaron|origino|originaron|ocasiono|ocasionaron|motivo|motivaron|desencadeno|desato|llevo\s+a)|(?:cual|cuales)\s+(?:es|son|fue|fueron)\s+(?:la|las|el|los)\s+(?:razon|razones|motivo|motivos|causa|causas))(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])(?:why|how\s+come|what\s+(?:caused|causes|led\s+to|is\s+the\s+reason|was\s+the\s+reason|were\s+the\s+reasons|are\s+the\s+reasons))(?![\p{L}\p{M}])/u,
  ...Object.fromEntries(Object.entries(OTHER_OPEN_INTERROGATIVES).map(([language, { why }]) => [language, new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...why, ...(REASON[language] ?? [])].join('|')})(?![\\p{L}\\p{M}])`, 'u')])),
};

/**
 * Connectives and nouns that introduce a cause, folded: "porque", "debido a", "se debió a", "gracias a", "a causa de",
 * "la razón", "se originó por/en", "tuvo su origen en", "obedece a", "a consecuencia de", "por (la) falta de", "por motivos
 * de", "por desacuerdos con", "because", "due to", "driven by", "the reason", "stems from", "resulted from", "for lack of",
 * "for health reasons". "Causa" alone is left out: in news it is as often a court
 * case ("la causa contra…").
 */
const CAUSE: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])(?:porque|(?:debid[oa]s?|se\s+(?:debe|deben|debio|debieron|debia|debian|deberia))(?:\s+(?:sobre\s+todo|principalmente|fundamentalmente|especialmente|mayormente|basicamente|ante\s+todo|en\s+(?:gran\s+)?(?:parte|medida)))?\s+al?|a\s+causa\s+de|por\s+culpa\s+de|gracias\s+a|como\s+consecuencia\s+de|a\s+raiz\s+de|ya\s+que|puesto\s+que|dado\s+que|(?:causad|provocad|motivad|originad|impulsad)[oa]s?\s+por|se\s+(?:origino|originaron|origina|originan)\s+(?:por|en)|tuvo\s+(?:su\s+)?origen\s+en|(?:la|las|una|su|sus)\s+(?:razon|razones|causa|causas|motivo|motivos)(?:\s+(?:principal|principales))?\s+(?:de|del|para|fue|fueron|es|son|esta|estan)|(?:el|los|un|su|sus)\s+(?:motivo|motivos)|(?:se\s+)?(?:atribuy|achac)\p{L}*\s+(?:a|al)|se\s+explica\p{L}*\s+por|obedec\p{L}*\s+al?|a\s+consecuencia\s+de|como\s+resultado\s+de|por\s+(?:la\s+)?(?:falta|escasez|ausencia|carencia)\s+de|por\s+(?:motivos|razones|problemas)\s+(?:de|personales|familiares|economicos|tecnicos|politicos)|por\s+(?:desacuerdos?|discrepancias|diferencias)\s+con)(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])(?:because|for\s+(?:lack|want)\s+of|(?:for|over|citing)\s+(?:personal|family|health|financial|technical|political)\s+(?:reasons|grounds|problems)|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|on\s+account\s+of|(?:caused|driven|prompted|triggered|fuell?ed)\s+by|(?:the|a|one|its|their)\s+(?:main\s+|biggest\s+|chief\s+)?(?:reason|reasons|cause|causes)|(?:blamed|attributed)\s+(?:it\s+)?(?:on|to)|(?:stems?|stemmed|stemming|resulted|resulting)\s+from|as\s+a\s+consequence\s+of)(?![\p{L}\p{M}])/u,
  // The articles' other languages, whose stories the archive holds and whose questions it reads (Grevisse, Le Bon
  // usage §1138 for French; Cunha & Cintra's causal conjunctions for Portuguese; Serianni's "causali" for Italian; Duden's
  // kausale Konjunktionen and Präpositionen for German). An elided "qu'", "d'" is followed by the next word's letter.
  fr: /(?<![\p{L}\p{M}])(?:(?:parce\s+qu|en\s+raison\s+d|a\s+cause\s+d|du\s+fait\s+d|puisqu|etant\s+donne\s+qu|vu\s+qu)|(?:grace\s+a|car|(?:cause|causee|causes|causees|provoque|provoquee|provoques|provoquees)\s+par|(?:la|les|une)\s+(?:raison|raisons|cause|causes)\s+(?:de|du|des|est|sont|etait)|s['’]explique\s+par)(?![\p{L}\p{M}]))/u,
  pt: /(?<![\p{L}\p{M}])(?:porque|devido\s+a|por\s+causa\s+d|gracas\s+a|em\s+razao\s+d|ja\s+que|visto\s+que|uma\s+vez\s+que|por\s+conta\s+d|(?:causad|provocad|motivad)[oa]s?\s+por|(?:o|os)\s+(?:motivo|motivos)|(?:a|as)\s+(?:razao|razoes|causa|causas)\s+(?:de|do|da|dos|das|foi|foram|e))(?![\p{L}\p{M}])/u,
  it: /(?<![\p{L}\p{M}])(?:(?:a\s+causa\s+d|per\s+via\s+d)|(?:perche|poiche|dovut[oaie]\s+a|grazie\s+a|dato\s+che|visto\s+che|(?:causat|provocat)[oaie]\s+da|(?:il|i)\s+(?:motivo|motivi)|(?:la|le)\s+(?:ragione|ragioni|causa|cause)\s+(?:di|del|della|dei|delle|e|fu))(?![\p{L}\p{M}]))/u,
  de: /(?<![\p{L}\p{M}])(?:weil|denn|wegen|aufgrund|auf\s+grund|dank|infolge|verursacht\s+durch|zuruckzufuhren\s+auf|(?:der|die|ein|eine)\s+(?:grund|grunde|ursache|ursachen)\s+(?:fur|dafur|ist|sind|war|waren|liegt))(?![\p{L}\p{M}])/u,
};

/**
 * Connectives of time, folded: "after", "tras", "después de (que)", "luego de (que)". Told by someone explaining what
 * was done ("The operator said it acted after three power plants shut down", "explicó que la empresa actuó tras la
 * avería"), what came before is the reason they give; elsewhere it only dates ("The council met after the storm").
 */
const AFTER: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])(?:tras|despues\s+de|luego\s+de)(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])after(?![\p{L}\p{M}])/u,
  fr: /(?<![\p{L}\p{M}])apres(?![\p{L}\p{M}])/u,
  pt: /(?<![\p{L}\p{M}])(?:apos|depois\s+d)/u,
  it: /(?<![\p{L}\p{M}])dopo(?![\p{L}\p{M}])/u,
  de: /(?<![\p{L}\p{M}])nachdem(?![\p{L}\p{M}])/u,
};

/** Attributions that report speech without a verb of saying, folded: "según", "according to", "selon"… */
const ACCORDING_TO: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])segun(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])according\s+to(?![\p{L}\p{M}])/u,
  fr: /(?<![\p{L}\p{M}])selon(?![\p{L}\p{M}])/u,
  pt: /(?<![\p{L}\p{M}])(?:segundo|de\s+acordo\s+com)(?![\p{L}\p{M}])/u,
  it: /(?<![\p{L}\p{M}])secondo(?![\p{L}\p{M}])/u,
  de: /(?<![\p{L}\p{M}])(?:laut|zufolge)(?![\p{L}\p{M}])/u,
};

/** Whether `question` (written in `language`, ISO 639-1) asks why something happened or what caused it; false for a language whose words are not listed. */
export function asksWhy(question: string, language: string): boolean {
  return whyPhrase(question, language) !== undefined;
}

/**
 * The words that ask for a cause in `question` (written in `language`), folded and lower-cased ("por que", "que causo"),
 * which an answer need not repeat; undefined when it asks for none (`asksWhy`).
 */
export function whyPhrase(question: string, language: string): string | undefined {
  return ASKS_WHY[language]?.exec(foldAccents(question.toLowerCase()))?.[0];
}

/**
 * Whether `sentence` (written in `language`, ISO 639-1) gives a cause: a causal connective or noun (CAUSE), or, in
 * reported speech (a verb of saying, or "según", "according to"…), a connective of time (AFTER) introducing what the
 * speaker gives as the reason. False for a language whose connectives are not listed.
 */
export function givesCause(sentence: string, language: string): boolean {
  const folded = foldAccents(sentence.toLowerCase());
  if (CAUSE[language]?.test(folded)) return true;
  return (AFTER[language]?.test(folded) ?? false) && reportsSpeech(sentence, folded, language);
}

/**
 * Verbs that deny what others say or suppose, folded: "negó (que)", "niega", "descartó", "desmintió", "rechazó que",
 * "denied", "ruled out", "dismissed", "rejected claims". Closed classes of each language (RAE's Nueva gramática §48.7,
 * "verbos de negación implícita"; Quirk et al. §14.32's negative verbs).
 */
const DENIES: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])(?:nieg(?:a|an)|neg(?:o|aron|ado|aba|aban)|descart(?:a|an|o|aron|ado|aba|aban)|desmient(?:e|en)|desmint(?:io|ieron|ido)|rechaz(?:a|an|o|aron|ado)\s+que)(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])(?:den(?:y|ies|ied)|rul(?:ed|es)\s+out|dismiss(?:ed|es)|reject(?:ed|s)\s+(?:claims|suggestions|reports|accusations)|refut(?:ed|es))(?![\p{L}\p{M}])/u,
};

// A direct quotation of three words or more: an opening mark and the words after it.
const QUOTATION = /[«“"]\s*[\p{L}\p{N}][^«»“”"]*?\s[\p{L}\p{N}][^«»“”"]*?\s[\p{L}\p{N}]/u;

/**
 * Whether `sentence` denies something (DENIES) and `following` (the sentence after it, in its paragraph or the next)
 * quotes the one who denies: having said what the cause was not, the speaker gives their own in their own words, often
 * with no connective of cause ("La empresa negó que fuera una avería. «Hubo un corte de tensión en la subestación»",
 * "The firm denied any fraud. “It was a clerical error,” its lawyer said": blind newcomer 38's kind). False for a
 * language whose verbs are not listed.
 */
export function deniesThenQuotes(sentence: string, following: string, language: string): boolean {
  return (DENIES[language]?.test(foldAccents(sentence.toLowerCase())) ?? false) && QUOTATION.test(following);
}

/** Whether a sentence reports what someone said: it holds a verb of saying (the quote rules' lexicon) or an attribution. */
function reportsSpeech(sentence: string, folded: string, language: string): boolean {
  return (ACCORDING_TO[language]?.test(folded) ?? false) || writtenWords(sentence).some((word) => speechVerb(word) !== undefined);
}
