/**
 * The signature of a social-network post embedded in a news page. The embed code of X/Twitter (and of
 * Threads and Mastodon, which copy it) renders the post's text, then "— Emiliano García-Page
 * (@garciapage) July 21, 2024"; Instagram's renders "A post shared by Name (@handle)". Only the shape is
 * read (a dash or "shared by", a name, an @handle in brackets, at most a date after it), never a list of
 * accounts or networks. Cleaning keeps a signature with its post (clean.ts); the quote rules credit the
 * post to the name signed (src/quotes/signed-posts.ts).
 */

/** A signature closing a line: where it starts (offset into the line), the name signed and the account. */
export interface PostSignature {
  start: number;
  name: string;
  /** As signed: "@garciapage". */
  handle: string;
}

// A name: capitalised words, with the particles of Spanish, Portuguese, Dutch and German surnames between them.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|del|la|las|los|y|e|da|do|dos|van|von|der|di|le)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,5}`;
const HANDLE = String.raw`@[\p{L}\p{N}_.]{1,30}`;
// The embed's "&mdash;", or Instagram's "shared by" in English, Spanish or Portuguese. (No "i" flag: with it \p{Lu} would match lower case too.)
const OPENING = String.raw`(?:[—–―]|-{1,2}|[Aa] post shared by\s|[Uu]na publicaci[oó]n compartida (?:por|de)\s|[Uu]ma publica[cç][aã]o partilhada por\s)`;
// After the handle, at most a date ("July 21, 2024", "21 de julio de 2024"): a few words, no sentence.
const DATE_AFTER = String.raw`[\s\p{L}\p{N},./:-]{0,40}`;
const SIGNATURE = new RegExp(String.raw`(?<=^|\s)${OPENING}\s*(?<name>${NAME})\s*\((?<handle>${HANDLE})\)${DATE_AFTER}$`, 'u');

/** Longer than any signature: a dash, six name words, a 30-character handle and a date. Only a line's tail this long is read. */
const MAX_SIGNATURE_CHARS = 200;

/** The post signature that ends `line`, if one does (the whole line when it is only a signature). Never throws. */
export function signatureAt(line: string): PostSignature | undefined {
  const trimmed = line.trimEnd();
  const from = Math.max(0, trimmed.length - MAX_SIGNATURE_CHARS);
  // Every paragraph is asked: a plain search for the handle's bracket spares most of them the pattern, tried at each of its characters.
  if (!trimmed.includes('(@', from)) return undefined;
  const match = SIGNATURE.exec(trimmed.slice(from));
  const { name, handle } = match?.groups ?? {};
  if (!match || !name || !handle) return undefined;
  const start = from + match.index;
  // The tail's first character may follow a letter of the line: a signature starts the line or follows a space.
  return start === 0 || /\s/u.test(trimmed[start - 1] ?? '') ? { start, name: name.trim(), handle } : undefined;
}

/** Whether `line` is only a post's signature. */
export function isSignatureLine(line: string): boolean {
  return line.length <= MAX_SIGNATURE_CHARS && signatureAt(line)?.start === 0;
}
