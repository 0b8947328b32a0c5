/**
 * Photo galleries and slideshows beside a story: blocks whose class or id names a gallery or a slideshow
 * (CNN's `cnn_html_slideshow` above the story, with its slides' titles, captions and counters "1 2 3 4 5";
 * eWeek's slides after the story's introduction). Readability scores them as text and keeps their captions and
 * the slides of a slideshow Readability cannot know are hidden by a script (article 1.1.2's dev pages: CNN's
 * word precision 0.84, eWeek's 0.23, whose reference is the story without the slides). They are removed before
 * the page is read when the page outside them holds a story of its own: a story's worth of prose paragraphs, and
 * more of them than the block (a wrapper named for the gallery a story carries holds that story; a gallery whose
 * slides are the story keeps them). A block holding the page's `<h1>` is the story's header ("heading-gallery" on a
 * news page of the dev set, around the headline and its deck) and stays.
 */
import { MIN_STORY_WORDS, paragraphProseWords } from './prose-block.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface GalleryNode {
  textContent: string | null;
  parentElement: GalleryNode | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<GalleryNode>;
  remove(): void;
}

/** A class or id naming a gallery or a slideshow, in any case and inside longer names ("articleGalleryPhoto"). */
const GALLERY_NAME = /gallery|slideshow/iu;

/** Whether `html` may hold a gallery block: the cheap test before the document is searched. */
export function mayHaveGallery(html: string): boolean {
  return GALLERY_NAME.test(html);
}

function isGallery(element: GalleryNode): boolean {
  return GALLERY_NAME.test(element.getAttribute('class') ?? '') || GALLERY_NAME.test(element.getAttribute('id') ?? '');
}

/** Removes from `body` the outermost gallery blocks (see above) that a story outside them makes furniture, in place. */
export function dropGalleries(body: GalleryNode): void {
  const named = new Set(Array.from(body.querySelectorAll('[class], [id]')).filter(isGallery));
  const within = (element: GalleryNode) => {
    for (let parent = element.parentElement; parent && parent !== body; parent = parent.parentElement) if (named.has(parent)) return true;
    return false;
  };
  const galleries = [...named].filter((element) => !within(element) && !element.querySelectorAll('h1').length);
  if (!galleries.length) return;
  const inside = galleries.map(paragraphProseWords);
  const outside = paragraphProseWords(body) - inside.reduce((sum, words) => sum + words, 0);
  if (outside < MIN_STORY_WORDS) return;
  galleries.forEach((gallery, index) => {
    if ((inside[index] ?? 0) < outside) gallery.remove();
  });
}
