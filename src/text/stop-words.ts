/**
 * Function words of the bot's two languages, accent-folded, shared by the index's analysis, the
 * question's language check and the summary's grounding check, so that all three agree on what a
 * content word is.
 *
 * Spanish: the Snowball project's Spanish stop words (snowballstem.org/algorithms/spanish/stop.txt, BSD licence):
 * function words only (articles, pronouns, prepositions, conjunctions, forms of ser, estar, haber and
 * tener). Orama's Spanish list also drops content words a question is about ("tiempo", "lugar",
 * "país", "trabajo", "valor", numbers such as "dos"), so that "¿Qué tiempo hace en Pyongyang?" was
 * read as "Pyongyang" alone.
 */
import { stopwords as englishStopWords } from '@orama/stopwords/english';
import { stopwords as frenchStopWords } from '@orama/stopwords/french';
import { stopwords as germanStopWords } from '@orama/stopwords/german';
import { stopwords as italianStopWords } from '@orama/stopwords/italian';
import { stopwords as portugueseStopWords } from '@orama/stopwords/portuguese';
import type { Language } from '../corpus/types.js';
import { foldAccents } from './words.js';

const SPANISH_STOP_WORDS: readonly string[] = [
  'a', 'al', 'algo', 'algunas', 'algunos', 'ante', 'antes', 'como', 'con', 'contra', 'cual', 'cuando', 'de',
  'del', 'desde', 'donde', 'durante', 'e', 'el', 'ella', 'ellas', 'ellos', 'en', 'entre', 'era', 'erais',
  'eran', 'eras', 'eres', 'es', 'esa', 'esas', 'ese', 'eso', 'esos', 'esta', 'estaba', 'estabais', 'estaban',
  'estabas', 'estad', 'estada', 'estadas', 'estado', 'estados', 'estamos', 'estando', 'estar', 'estaremos',
  'estará', 'estarán', 'estarás', 'estaré', 'estaréis', 'estaría', 'estaríais', 'estaríamos', 'estarían',
  'estarías', 'estas', 'este', 'estemos', 'esto', 'estos', 'estoy', 'estuve', 'estuviera', 'estuvierais',
  'estuvieran', 'estuvieras', 'estuvieron', 'estuviese', 'estuvieseis', 'estuviesen', 'estuvieses',
  'estuvimos', 'estuviste', 'estuvisteis', 'estuviéramos', 'estuviésemos', 'estuvo', 'está', 'estábamos',
  'estáis', 'están', 'estás', 'esté', 'estéis', 'estén', 'estés', 'fue', 'fuera', 'fuerais', 'fueran',
  'fueras', 'fueron', 'fuese', 'fueseis', 'fuesen', 'fueses', 'fui', 'fuimos', 'fuiste', 'fuisteis',
  'fuéramos', 'fuésemos', 'ha', 'habida', 'habidas', 'habido', 'habidos', 'habiendo', 'habremos', 'habrá',
  'habrán', 'habrás', 'habré', 'habréis', 'habría', 'habríais', 'habríamos', 'habrían', 'habrías', 'habéis',
  'había', 'habíais', 'habíamos', 'habían', 'habías', 'han', 'has', 'hasta', 'hay', 'haya', 'hayamos', 'hayan',
  'hayas', 'hayáis', 'he', 'hemos', 'hube', 'hubiera', 'hubierais', 'hubieran', 'hubieras', 'hubieron',
  'hubiese', 'hubieseis', 'hubiesen', 'hubieses', 'hubimos', 'hubiste', 'hubisteis', 'hubiéramos',
  'hubiésemos', 'hubo', 'la', 'las', 'le', 'les', 'lo', 'los', 'me', 'mi', 'mis', 'mucho', 'muchos', 'muy',
  'más', 'mí', 'mía', 'mías', 'mío', 'míos', 'nada', 'ni', 'no', 'nos', 'nosotras', 'nosotros', 'nuestra',
  'nuestras', 'nuestro', 'nuestros', 'o', 'os', 'otra', 'otras', 'otro', 'otros', 'para', 'pero', 'poco',
  'por', 'porque', 'que', 'quien', 'quienes', 'qué', 'se', 'sea', 'seamos', 'sean', 'seas', 'seremos', 'será',
  'serán', 'serás', 'seré', 'seréis', 'sería', 'seríais', 'seríamos', 'serían', 'serías', 'seáis', 'sido',
  'siendo', 'sin', 'sobre', 'sois', 'somos', 'son', 'soy', 'su', 'sus', 'suya', 'suyas', 'suyo', 'suyos', 'sí',
  'también', 'tanto', 'te', 'tendremos', 'tendrá', 'tendrán', 'tendrás', 'tendré', 'tendréis', 'tendría',
  'tendríais', 'tendríamos', 'tendrían', 'tendrías', 'tened', 'tenemos', 'tenga', 'tengamos', 'tengan',
  'tengas', 'tengo', 'tengáis', 'tenida', 'tenidas', 'tenido', 'tenidos', 'teniendo', 'tenéis', 'tenía',
  'teníais', 'teníamos', 'tenían', 'tenías', 'ti', 'tiene', 'tienen', 'tienes', 'todo', 'todos', 'tu', 'tus',
  'tuve', 'tuviera', 'tuvierais', 'tuvieran', 'tuvieras', 'tuvieron', 'tuviese', 'tuvieseis', 'tuviesen',
  'tuvieses', 'tuvimos', 'tuviste', 'tuvisteis', 'tuviéramos', 'tuviésemos', 'tuvo', 'tuya', 'tuyas', 'tuyo',
  'tuyos', 'tú', 'un', 'una', 'uno', 'unos', 'vosotras', 'vosotros', 'vuestra', 'vuestras', 'vuestro',
  'vuestros', 'y', 'ya', 'yo', 'él', 'éramos',
];

/** Stop words of each language, accent-folded (English: Orama's list, @orama/stopwords). */
export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  es: new Set(SPANISH_STOP_WORDS.map(foldAccents)),
  en: new Set(englishStopWords.map(foldAccents)),
};

/**
 * Closed classes of each article language's reference grammar that Snowball's stop words leave out: subordinating
 * conjunctions, sentence connectors and adverbs, indefinite determiners and quantifiers, interjections ("Embora", "Outra",
 * "Cependant", "Tuttavia", "Obwohl", "Ach").
 */
const FURTHER_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  pt: [
    'embora', 'conquanto', 'enquanto', 'porém', 'contudo', 'todavia', 'entretanto', 'portanto', 'logo', 'pois', 'porque', 'caso', 'apesar',
    'ainda', 'além', 'assim', 'então', 'depois', 'antes', 'agora', 'hoje', 'ontem', 'amanhã', 'segundo', 'conforme', 'durante', 'após',
    'outro', 'outra', 'outros', 'outras', 'algum', 'alguma', 'alguns', 'algumas', 'nenhum', 'nenhuma', 'cada', 'todo', 'toda', 'todos',
    'todas', 'vários', 'várias', 'muitos', 'muitas', 'poucos', 'poucas', 'certo', 'certa', 'certos', 'certas', 'tal', 'tais', 'qualquer',
    'ambos', 'ambas', 'mesma', 'mesmos', 'mesmas', 'próprio', 'própria', 'inclusive', 'somente', 'apenas', 'sequer',
    'sim', 'ah', 'oh', 'ei', 'olha', 'bom',
  ],
  fr: [
    'quoique', 'lorsque', 'puisque', 'quand', 'comme', 'si', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'ainsi', 'alors', 'donc',
    'car', 'or', 'ensuite', 'puis', 'enfin', 'aussi', 'encore', 'déjà', 'selon', 'après', 'avant', 'depuis', 'pendant', 'malgré', 'outre',
    'autre', 'autres', 'certains', 'certaines', 'plusieurs', 'chaque', 'tout', 'toute', 'tous', 'toutes', 'aucun', 'aucune', 'quelques',
    'quelque', 'nombreux', 'nombreuses', 'beaucoup', 'peu', 'seul', 'seule', 'seuls', 'seules', 'dont', 'mêmes',
    'oui', 'non', 'ah', 'oh', 'eh', 'bref', 'bon', 'bah',
  ],
  it: [
    'benché', 'sebbene', 'nonostante', 'mentre', 'quando', 'però', 'tuttavia', 'comunque', 'quindi', 'dunque', 'poi', 'infine', 'ancora',
    'già', 'secondo', 'dopo', 'prima', 'durante', 'oltre', 'inoltre', 'invece', 'pure', 'altro', 'altra', 'altri', 'altre', 'alcuni',
    'alcune', 'alcun', 'alcuna', 'ogni', 'ciascun', 'ciascuno', 'ciascuna', 'nessun', 'nessuno', 'nessuna', 'molti', 'molte', 'pochi',
    'poche', 'tanti', 'tante', 'certi', 'certe', 'stesso', 'stessa', 'stessi', 'stesse', 'qualche', 'qualsiasi', 'entrambi', 'entrambe',
    'sì', 'no', 'ah', 'oh', 'eh', 'beh', 'insomma', 'ecco',
  ],
  de: [
    'obwohl', 'obgleich', 'trotzdem', 'dennoch', 'deshalb', 'deswegen', 'daher', 'darum', 'allerdings', 'außerdem', 'zudem', 'jedoch',
    'bereits', 'schon', 'laut', 'zufolge', 'gemäß', 'seit', 'seitdem', 'bevor', 'nachdem', 'sobald', 'solange', 'falls', 'sofern',
    'inzwischen', 'mittlerweile', 'später', 'zuvor', 'danach', 'damals', 'heute', 'gestern', 'morgen', 'weitere', 'weiteren', 'mehrere',
    'viele', 'wenige', 'beide', 'beiden', 'sämtliche', 'etliche', 'zahlreiche', 'zunächst', 'schließlich', 'auch', 'erst',
    'ach', 'ja', 'nein', 'naja', 'tja', 'oh', 'ah', 'na',
  ],
};

/** Snowball's stop words (Orama's lists) of the article languages the quote rules meet besides Spanish and English. */
const SNOWBALL_STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  pt: portugueseStopWords, fr: frenchStopWords, de: germanStopWords, it: italianStopWords,
};

const ARTICLE_FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SNOWBALL_STOP_WORDS).map(([language, words]): [string, ReadonlySet<string>] => [
    language, new Set([...words, ...(FURTHER_FUNCTION_WORDS[language] ?? [])].map(foldAccents)),
  ]),
);

/**
 * The function words of an article's language (ISO 639-1, as `detectLanguage` gives it), accent-folded: for Portuguese,
 * French, German and Italian, Snowball's (Orama's lists) and the closed classes they leave out. Undefined for any other
 * language. Spanish and English have the quote rules' own word lists (quotes/lexicon.ts) and are left out: Snowball's
 * Spanish list holds participles that are nouns of names ("Estados Unidos", "Estado Islámico"), and the English one
 * modals spelt as given names ("Will", "May").
 */
export function functionWordsOf(language: string): ReadonlySet<string> | undefined {
  return ARTICLE_FUNCTION_WORDS.get(language);
}
