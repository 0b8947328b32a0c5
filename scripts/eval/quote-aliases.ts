/**
 * /quote by the other names an article gives its speakers (issue 16: "≥ 13 of 14 hidden aliases resolved"): the
 * quotes-real gold lists, per statement, the speaker's aliases in that article (surname, title and surname, role
 * nouns, acronyms: see ../shared/data/quotes-real/SOURCE.md). Each page's statements go into a quote book of their
 * own (the aliases are the article's), and each distinct alias of a speaker is looked up as a user would type it.
 *
 * An alias is:
 * - resolved: the lookup shows statements, and one of them is a gold statement of that speaker;
 * - offered: the speaker is among the candidates or related speakers the lookup offers instead;
 * - wrong: the lookup shows statements, none of them the speaker's;
 * - missed: nothing of the speaker.
 * Counted over every alias, and over the aliases of speakers the extractor credits with at least one of their gold
 * statements (so that the lookup is measured apart from extraction). Dev and held-out halves as quotes-real.ts
 * splits them; nothing here is tuned. Run alone: `npx tsx scripts/eval/quote-aliases.ts [--list] [--gold <path>]`
 * (--list: dev's unresolved aliases; --gold: another gold file in the same format, e.g. a blind annotation, all dev).
 */
import { pathToFileURL } from 'node:url';
import { buildQuoteData, createQuoteBook, type QuoteResult, type Statement } from '../../src/quotes/index.js';
import { nameKey } from '../../src/quotes/normalize.js';
import { goldOption, readAnnotatedPages, sameText, type GoldStatement } from './quotes-real.js';

type Outcome = 'resolved' | 'offered' | 'wrong' | 'missed';

export interface AliasLookup {
  page: string;
  heldOut: boolean;
  speaker: string;
  alias: string;
  /** Whether the extractor credits the speaker with at least one of their gold statements. */
  credited: boolean;
  outcome: Outcome;
  /** What the lookup showed or offered, for the listing. */
  got: string;
}

/** The outcome of looking `alias` up, for a speaker whose gold statements are `said`. */
function outcomeOf(result: QuoteResult, said: readonly GoldStatement[], speakerStatements: readonly Statement[]): Outcome {
  const theirs = (statement: Statement) => said.some((gold) => statement.kind === gold.kind && sameText(statement.text, gold.text));
  if (result.statements.some(theirs)) return 'resolved';
  const speakerNames = new Set(speakerStatements.map((statement) => statement.speaker));
  if ([...result.candidates, ...(result.related ?? [])].some((name) => speakerNames.has(name))) return 'offered';
  return result.statements.length > 0 ? 'wrong' : 'missed';
}

/**
 * Every distinct alias of every annotated speaker looked up in its page's quote book; undefined when the data is
 * absent. `gold` is another gold file in quotes-real's format, all its pages dev (see readAnnotatedPages).
 */
export async function evaluateQuoteAliases(gold?: string): Promise<AliasLookup[] | undefined> {
  const pages = await readAnnotatedPages(gold);
  if (!pages) return undefined;
  return pages.flatMap(({ page, gold, article, heldOut }) => {
    const data = buildQuoteData([article]);
    const book = createQuoteBook(data);
    const bySpeaker = new Map<string, GoldStatement[]>();
    for (const entry of gold.statements) bySpeaker.set(entry.speaker, [...(bySpeaker.get(entry.speaker) ?? []), entry]);
    return [...bySpeaker].flatMap(([speaker, said]) => {
      const names = new Set([speaker, ...said.flatMap((entry) => entry.aliases ?? [])].map(nameKey));
      const credited = data.statements.filter((statement) => statement.speaker !== null && names.has(nameKey(statement.speaker)) && said.some((entry) => statement.kind === entry.kind && sameText(statement.text, entry.text)));
      const aliases = new Map(said.flatMap((entry) => entry.aliases ?? []).filter((alias) => nameKey(alias) !== nameKey(speaker)).map((alias) => [nameKey(alias), alias]));
      return [...aliases.values()].map((alias) => {
        const result = book.lookup(alias);
        const got = result.statements.length > 0 ? (result.actor ?? '?') : [...result.candidates, ...(result.related ?? [])].join(' / ') || '—';
        return { page, heldOut, speaker, alias, credited: credited.length > 0, outcome: outcomeOf(result, said, credited), got };
      });
    });
  });
}

export function formatQuoteAliasesReport(lookups: AliasLookup[] | undefined, list = false): string {
  if (!lookups) return 'skipped: quotes-real not found (set EVAL_DATA_DIR)';
  const count = (subset: AliasLookup[]) => {
    const of = (outcome: Outcome) => subset.filter((lookup) => lookup.outcome === outcome).length;
    const percent = subset.length ? ` (${((of('resolved') / subset.length) * 100).toFixed(1)}%)` : '';
    return `${of('resolved')}/${subset.length} resolved${percent}, ${of('offered')} offered, ${of('wrong')} wrong, ${of('missed')} missed`;
  };
  const lines: string[] = [];
  for (const [half, heldOut] of [['dev', false], ['held-out', true]] as const) {
    const inHalf = lookups.filter((lookup) => lookup.heldOut === heldOut);
    lines.push(`${half.padEnd(9)} every alias: ${count(inHalf)}`);
    lines.push(`${''.padEnd(9)} aliases of credited speakers: ${count(inHalf.filter((lookup) => lookup.credited))}`);
  }
  if (list) {
    for (const lookup of lookups.filter((each) => !each.heldOut && each.credited && each.outcome !== 'resolved')) {
      lines.push(`  [${lookup.page}] ${lookup.outcome} "${lookup.alias}" for ${lookup.speaker}: got ${lookup.got}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatQuoteAliasesReport(await evaluateQuoteAliases(goldOption(process.argv)), process.argv.includes('--list')));
}
