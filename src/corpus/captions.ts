/**
 * Photo captions and credits the markup names by class or itemprop (`<p class="caption">`,
 * `wp-caption-text`, `photoCaption`, `media-credit`, `itemprop="caption"`), not only `<figcaption>`:
 * an issue-14 failure kind (a caption leaked into the story's first lines and could be cited). They are
 * turned into `<figcaption>` elements before any extractor reads the page, so that every reader of the
 * DOM treats them as it treats captions (left out of the story, read as the deck where the page prints
 * it there). Readability drops class attributes from what it returns, so this cannot wait until after it.
 */
import { wordCount } from './lines.js';

/** The DOM this module needs (linkedom's and the browser's documents have it). */
export interface CaptionNode {
  textContent: string | null;
  childNodes: ArrayLike<CaptionNode>;
  getAttribute(name: string): string | null;
  replaceWith(node: CaptionNode): void;
  append(...nodes: CaptionNode[]): void;
  setAttribute(name: string, value: string): void;
}

export interface CaptionDocument {
  querySelectorAll(selector: string): ArrayLike<CaptionNode>;
  createElement(name: string): CaptionNode;
}

/** A caption is a line or two; a longer block whose class mentions captions holds the story ("story-with-captions"). */
const MAX_CAPTION_WORDS = 60;

/** A class or itemprop token naming a caption or a credit: "caption", "wp-caption-text", "photoCaption", "media-credit". */
function namesCaption(token: string): boolean {
  return token.toLowerCase().includes('caption') || namesCredit(token);
}

/** A class or itemprop token naming a credit: "credit", "media-credit", "photoCredits". */
function namesCredit(token: string): boolean {
  return token.toLowerCase().split(/[-_]/).some((part) => part.endsWith('credit') || part.endsWith('credits'));
}

/** The attribute a <figcaption> made of an element named a credit keeps, so that a credit outside a photo can still be told (see headerCredit). */
export const CREDIT_ATTRIBUTE = 'data-credit';

/** A class token of a byline ("byline-credit", "author-credit"), which is no caption. */
function namesByline(token: string): boolean {
  return /byline|author/i.test(token);
}

/** Turns each short element whose class or itemprop names a caption or credit into a `<figcaption>` (`document` is changed in place). */
export function markCaptions(document: CaptionDocument): void {
  for (const element of Array.from(document.querySelectorAll('[class], [itemprop]'))) {
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''}`.split(/\s+/);
    // A byline is credited too ("byline-credit"): Readability finds the author by those classes.
    if (!tokens.some(namesCaption) || tokens.some(namesByline) || wordCount(element.textContent ?? '') > MAX_CAPTION_WORDS) continue;
    const caption = document.createElement('figcaption');
    if (tokens.some(namesCredit)) caption.setAttribute(CREDIT_ATTRIBUTE, '');
    caption.append(...Array.from(element.childNodes));
    element.replaceWith(caption);
  }
}

/**
 * A caption that opens with a quotation and names who said it ("“…”, explicó Ana Ruiz, ministra de Ciencia.
 * Archivo/El Diario", "“…,” said Jane Doe, the mayor."): the cue verb's few lower-case words then a capitalised
 * name, or a capitalised name then its verb. Group 1 is the quotation and its attribution up to the sentence's end
 * (the photo's credit after it is left out).
 */
const ATTRIBUTED_QUOTATION = /^([“"«]([^“”"«»]+)[”"»]\s*,?\s+(?:(?:\p{Ll}+\s+){1,4}\p{Lu}[^.!?]*|\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}\s+\p{Ll}+[^.!?]*)[.!?])/u;
/** A quotation of fewer words is a title or a nickname ("A=V", "Operación Jaque"), not a statement. */
const MIN_QUOTED_WORDS = 8;

/** The attributed quotation a caption is (see ATTRIBUTED_QUOTATION), without the credit after it; null for any other caption. */
export function attributedQuotation(caption: string): string | null {
  const match = ATTRIBUTED_QUOTATION.exec(caption);
  return match && (match[2] ?? '').trim().split(/\s+/u).length >= MIN_QUOTED_WORDS ? match[1]! : null;
}
