/**
 * A story printed only inside `<noscript>`: a page whose script writes the story in (a live stream of stories, an
 * application shell) may give readers without scripts the whole story in a `<noscript>` element. Readability removes
 * every `<noscript>` before it scores the page (it reads images out of them only), so such a page was read as its
 * one-line description (issue 14: two pages of article 1.1.2's test set kept 4 % of their story). A `<noscript>` that
 * holds paragraphs of prose is replaced by its content before any extractor reads the page; one holding a tracking
 * frame, an image or a one-line "enable JavaScript" notice stays, and is left out as before.
 */
import { squeezed } from './lines.js';
import { isProse } from './prose-block.js';

/** The DOM this module needs (linkedom's and the browser's elements have it; linkedom parses `<noscript>`'s content as elements). */
export interface NoscriptNode {
  textContent: string | null;
  childNodes: ArrayLike<NoscriptNode>;
  querySelectorAll(selector: string): ArrayLike<NoscriptNode>;
  replaceWith(...nodes: NoscriptNode[]): void;
}

/** A story has at least this many paragraphs of prose; a notice asking for scripts has one at most. */
const MIN_STORY_PARAGRAPHS = 2;

/** Replaces each `<noscript>` under `root` that holds MIN_STORY_PARAGRAPHS paragraphs of prose or more by its content (in place). */
export function unwrapStoryNoscripts(root: NoscriptNode): void {
  for (const element of Array.from(root.querySelectorAll('noscript'))) {
    const paragraphs = Array.from(element.querySelectorAll('p')).filter((paragraph) => isProse(squeezed(paragraph.textContent ?? '')));
    if (paragraphs.length >= MIN_STORY_PARAGRAPHS) element.replaceWith(...Array.from(element.childNodes));
  }
}
