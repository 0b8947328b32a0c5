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
  parentElement: CaptionNode | null;
  nodeName: string;
  querySelector(selector: string): CaptionNode | null;
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

/**
 * A story's closing credit of its reporting, which a template may mark "credit" as it marks a photo's: "Dana Wu contributed
 * reporting.", "The Associated Press contributed to this report.", "With reporting by …; editing by …", "(Con información de
 * EFE)", "Colaboró en esta nota: …", "Mit Material von dpa".
 */
const REPORTING_CREDIT = /\bcontribut(?:ed|es|ing)\b.*\b(?:reporting|report|story|article)\b|^\(?(?:additional |with )?(?:reporting|writing|editing) (?:by|from)\b|\bcon informaci[oó]n de\b|^\(?colabor[oó]\b|\bmit material (?:von|der)\b/iu;

/**
 * Turns each short element whose class or itemprop names a caption or credit into a `<figcaption>`, and the paragraph
 * holding such a credit when it is all the text beside a photo (see captionAround) (`document` is changed in place). A
 * credit of the story's reporting (REPORTING_CREDIT) stays the story's.
 */
export function markCaptions(document: CaptionDocument): void {
  for (const element of Array.from(document.querySelectorAll('[class], [itemprop]'))) {
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('itemprop') ?? ''}`.split(/\s+/);
    // A byline is credited too ("byline-credit"): Readability finds the author by those classes.
    if (!tokens.some(namesCaption) || tokens.some(namesByline)) continue;
    // Read only for a caption's classes: the text of every classed element is the whole page's many times over.
    const text = element.textContent ?? '';
    if (wordCount(text) > MAX_CAPTION_WORDS || REPORTING_CREDIT.test(text.trim())) continue;
    const credited = tokens.some(namesCredit);
    const around = credited ? captionAround(element) : null;
    const caption = replaceWithCaption(document, around ?? element);
    if (credited && !around) caption.setAttribute(CREDIT_ATTRIBUTE, '');
  }
}

function replaceWithCaption(document: CaptionDocument, element: CaptionNode): CaptionNode {
  const caption = document.createElement('figcaption');
  caption.append(...Array.from(element.childNodes));
  element.replaceWith(caption);
  return caption;
}

/** How many levels above a credit's paragraph the photo it credits may be (a cell, a wrapper, the photo's box). */
const PHOTO_LEVELS = 3;

/**
 * The paragraph around a credit that captions a photo ("<p class="small">Soldiers on patrol in Wardak province.
 * <span class="credit">(Jane Doe / April 28, 2013)</span></p>" after an <img>; article 1.1.2's LA Times pages, where only
 * the credit was named): a paragraph of MAX_CAPTION_WORDS words at most whose nearest ancestor holding a picture, a few
 * levels up, has no other text. Null when the credit stands alone or beside other text (a byline, a story).
 */
function captionAround(credit: CaptionNode): CaptionNode | null {
  const paragraph = credit.parentElement;
  if (!paragraph || paragraph.nodeName.toUpperCase() !== 'P') return null;
  const words = wordCount(paragraph.textContent ?? '');
  if (words > MAX_CAPTION_WORDS) return null;
  let box = paragraph.parentElement;
  for (let level = 0; box && level < PHOTO_LEVELS; level++, box = box.parentElement) {
    if (box.querySelector('img, picture')) return wordCount(box.textContent ?? '') === words ? paragraph : null;
  }
  return null;
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
