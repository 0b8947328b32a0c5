/**
 * Every match of a costly pattern, tried only where a cheap pattern of its opening words matches. A pattern that begins
 * with a look-behind over Unicode classes (`(?<!\p{L})`) is tried at every position of the text, the look-behind first:
 * on story paragraphs that scan cost about three times a plain search for its opening words (docs/BENCHMARKS.md, stop 60).
 */

/**
 * A function giving the matches `text.matchAll(full)` gives, in order, found by searching `opening` first: `full` is
 * tried (sticky) only at each place where `opening` matches. `opening` must match, at the same place, wherever `full`
 * does (its first words spelled as `full` spells them, without the look-behind), else a match is missed; it may match
 * more. Neither pattern may match the empty string. Both patterns are made once, here: a pattern made at each call is
 * compiled again.
 */
export function openingMatcher(opening: RegExp, full: RegExp): (text: string) => RegExpExecArray[] {
  const search = new RegExp(opening.source, `${opening.flags.replace(/[gy]/g, '')}g`);
  const at = new RegExp(full.source, `${full.flags.replace(/[gy]/g, '')}y`);
  return (text) => {
    const matches: RegExpExecArray[] = [];
    let from = 0;
    for (;;) {
      search.lastIndex = from;
      const candidate = search.exec(text);
      if (candidate === null) return matches;
      at.lastIndex = candidate.index;
      const match = at.exec(text);
      if (match === null) {
        from = candidate.index + 1;
        continue;
      }
      matches.push(match);
      from = at.lastIndex;
    }
  };
}
