/**
 * The asked speaker's own words in the passage after a retrieved one. Press writing often paraphrases a
 * statement and quotes it in the next paragraph ("Putin, en su mensaje a Kim, también prometió reforzar
 * los lazos." ¶ "«Estoy seguro de que reforzaremos la cooperación…», dijo Putin."); the quotation repeats
 * few of the question's words ("¿Qué dijo Putin en su mensaje a Kim?"), so retrieval alone misses it.
 */
import { passageId } from '../corpus/split.js';
import type { Passage, TextSpan } from '../corpus/types.js';
import type { RetrievedPassage } from './types.js';

/**
 * `hits` followed by, for each hit in an article where the speaker speaks (`statements`: their
 * statements by article id, article offsets), the next passage of that article when it overlaps one of
 * those statements and is not a hit already. A follow-up inherits its hit's scores, since it is found
 * through it; it is appended after every hit, so the retrieval ranking (and the refusal features read off
 * its first two hits) stays as it was. `passage` looks a passage up by id.
 */
export function withSpeakerFollowUps(
  hits: readonly RetrievedPassage[],
  statements: ReadonlyMap<string, readonly TextSpan[]>,
  passage: (id: string) => Passage | undefined,
): RetrievedPassage[] {
  const seen = new Set(hits.map((hit) => hit.passage.id));
  const followUps: RetrievedPassage[] = [];
  for (const hit of hits) {
    const said = statements.get(hit.passage.articleId);
    if (!said) continue;
    const next = passage(passageId(hit.passage.articleId, hit.passage.n + 1));
    if (!next || seen.has(next.id) || !said.some((span) => span.start < next.end && span.end > next.start)) continue;
    seen.add(next.id);
    followUps.push({ ...hit, passage: next });
  }
  return [...hits, ...followUps];
}
