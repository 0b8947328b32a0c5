/**
 * Readers' comments the markup names as such. Readability sets aside a block whose class or id says "comment" before
 * it scores a page, unless the name also says "article", "body", "content", "main" or "column" (its unlikely
 * candidates and their exceptions), and it never looks for "forum": a thread in `<div id="in_article_forums">` or
 * `<div id="article-comments">` stays beside the story, and the story's block takes it in with its siblings (issue 14:
 * two pages of article 1.1.2's dev set read with their readers' posts, half their words). Such a block is removed
 * before the page is read when it holds readers' prose and follows the story (the element whose paragraphs hold the
 * most prose, largestProseBlock, when they are a story's length) outside it: a post marked `comments-open` wraps the story, and a byline may be named
 * beside its count of comments ("bylineComments").
 */
import { isProse, largestProseBlock, MIN_STORY_WORDS, type ProseNode } from './prose-block.js';
import { squeezed } from './lines.js';

/** The DOM this module needs (linkedom's and the browser's elements have it). */
export interface CommentNode extends ProseNode {
  parentElement: CommentNode | null;
  childNodes: ArrayLike<CommentNode>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<CommentNode>;
  remove(): void;
}

/** A part of a class or id naming readers' comments, in the languages the archive reads. */
const COMMENT_PART = /^(?:comments?|comentarios?|coment[aá]rios?|kommentare?|commentaires?|commenti|disqus|forums?)$/u;
/** What every such name holds: a cheap test before the name is split into parts. */
const COMMENT_STEM = /omment|oment[aá]rio|isqus|orum/iu;

/** The parts of a class or id: words split at hyphens, underscores, and a lower-case letter before a capital ("articleComments"). */
function nameParts(name: string): string[] {
  return name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[\s_-]+/u);
}

/** Whether a class or id (or both, joined by a space) names readers' comments (see COMMENT_PART). */
function isCommentName(name: string): boolean {
  return COMMENT_STEM.test(name) && nameParts(name).some((part) => COMMENT_PART.test(part));
}

/** Whether an element's class or id names readers' comments. */
function namesComments(element: CommentNode): boolean {
  return isCommentName(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}

/** A class or id attribute in markup, its value in the first group it fills. */
const NAME_ATTRIBUTE = /\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/giu;

/**
 * Whether the page's markup names readers' comments in some class or id: a scan of the text, much cheaper than asking
 * each element of the DOM, so that the pages that name none (half of the 55 news pages) are not walked.
 */
export function marksComments(html: string): boolean {
  if (!COMMENT_STEM.test(html)) return false;
  for (const match of html.matchAll(NAME_ATTRIBUTE)) if (isCommentName(match[1] ?? match[2] ?? match[3] ?? '')) return true;
  return false;
}

/** Whether any <p> under `element` is a paragraph of prose (readers write some; an empty widget or a count has none). */
function holdsProse(element: CommentNode): boolean {
  return Array.from(element.querySelectorAll('p')).some((paragraph) => isProse(squeezed(paragraph.textContent ?? '')));
}

/** `node` and its ancestors, the root first. */
function ancestry(node: CommentNode): CommentNode[] {
  const chain: CommentNode[] = [];
  for (let at: CommentNode | null = node; at; at = at.parentElement) chain.unshift(at);
  return chain;
}

/**
 * Whether `element` comes after `story` in the document, outside it: below their last common ancestor, the branch
 * holding `element` is a later child than the one holding `story`.
 */
function follows(element: CommentNode, story: CommentNode): boolean {
  const [mine, its] = [ancestry(element), ancestry(story)];
  let depth = 0;
  while (depth < mine.length && depth < its.length && mine[depth] === its[depth]) depth++;
  const [branch, storyBranch, parent] = [mine[depth], its[depth], mine[depth - 1]];
  if (!branch || !storyBranch || !parent) return false;
  const children = Array.from(parent.childNodes);
  return children.indexOf(branch) > children.indexOf(storyBranch);
}

/**
 * Removes every element under `root` whose class or id names comments, that holds prose and follows the story's block
 * outside it (in place), and returns their texts (their dates tell how the site writes dates). The elements are taken
 * in document order, and one inside an element removed or found without prose is not looked at again (a thread's
 * posts are named for comments too).
 */
export function dropCommentSections(root: CommentNode): string[] {
  const removed: string[] = [];
  const settled = new Set<CommentNode>();
  let story: CommentNode | null | undefined;
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!namesComments(element) || ancestry(element).some((node) => settled.has(node))) continue;
    if (!holdsProse(element)) {
      settled.add(element);
      continue;
    }
    // Without a block of a story's length the story is not told from the thread: nothing is removed. A short story
    // beside a long thread (a paywalled page's one paragraph) is read by Readability's choice among them, as before.
    if (story === undefined) {
      const largest = largestProseBlock(root);
      story = largest && largest.words >= MIN_STORY_WORDS ? (largest.block as CommentNode) : null;
    }
    if (!story) return removed;
    if (follows(element, story)) {
      settled.add(element);
      removed.push(element.textContent ?? '');
      element.remove();
    }
  }
  return removed;
}
