/**
 * Blocks a page marks as no part of its content for search engines and ad targeting: the class `robots-nocontent`
 * (Yahoo's, 2007) and `nocontent` (Google Custom Search's and section targeting's): sponsors' white papers, menus,
 * breadcrumbs (article 1.1.2's dev pages: Computerworld's "Additional Resources" kept after the story, word precision
 * 0.71 and 0.81). They are removed before the page is read, unless one holds a story's worth of prose paragraphs
 * (a mark set on the wrong element must not cost the story).
 */
import { MIN_STORY_WORDS, paragraphProseWords } from './prose-block.js';

/** The DOM this module needs (linkedom's and the browser's documents have it). */
export interface NoContentNode {
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<NoContentNode>;
  remove(): void;
}

/** Removes the elements marked as no content (see above) from `document`, in place. */
export function dropNoContent(document: NoContentNode): void {
  for (const element of Array.from(document.querySelectorAll('.nocontent, .robots-nocontent'))) {
    if (paragraphProseWords(element) < MIN_STORY_WORDS) element.remove();
  }
}
