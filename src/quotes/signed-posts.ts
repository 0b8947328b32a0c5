/**
 * Posts from social networks embedded in a news page, kept by the cleaning as one paragraph with their
 * signature (src/corpus/post-signature.ts): "Estamos con los vecinos… — Emiliano García-Page (@garciapage)
 * July 21, 2024". The post is the account owner's own words, verbatim: a direct statement whose speaker is
 * the name signed and whose channel is the account.
 */
import { signatureAt } from '../corpus/post-signature.js';
import type { Article, TextSpan } from '../corpus/types.js';

/** A signed post: its paragraph (index), its text without the signature, who signed it and their account. */
export interface SignedPost {
  paragraph: number;
  span: TextSpan;
  speaker: string;
  /** The account, as signed ("@garciapage"). */
  via: string;
}

/** The signed posts of an article, in text order. Never throws. */
export function findSignedPosts(article: Article): SignedPost[] {
  return article.paragraphs.flatMap((paragraph, index) => {
    const text = article.text.slice(paragraph.start, paragraph.end);
    const signature = signatureAt(text);
    const post = signature && text.slice(0, signature.start);
    if (!signature || !post?.trim()) return [];
    const start = paragraph.start + (post.length - post.trimStart().length);
    return [{ paragraph: index, span: { start, end: start + post.trim().length }, speaker: signature.name, via: signature.handle }];
  });
}
