/** A statement attributed (or deliberately not attributed) in an article. Fields follow ../shared/CONTRACT.md. */
export interface Statement {
  articleId: string;
  title: string;
  date: string | null;
  /** "direct": a quotation, `text` verbatim without the quote marks. "indirect": reported speech, `text` verbatim. */
  kind: 'direct' | 'indirect';
  text: string;
  /** Canonical name of who said it; null when the article does not make that certain. */
  speaker: string | null;
  /** The channel the article names (a news agency, a letter, a message), else null. */
  via: string | null;
  /** Where `text` lies in the article's cleaned text. */
  start: number;
  end: number;
}

/** A person or organisation that speaks in the corpus. */
export interface Actor {
  /** Canonical name: the fullest form the corpus uses ("Kim Jong Un"). */
  name: string;
  /** Other forms found in the corpus ("Kim", "el líder norcoreano"). */
  aliases: string[];
  /** How many statements are attributed to this actor. */
  statements: number;
}

/**
 * What the quote book derives from one speaker's row to look it up by (quotes/book.ts `newEntry`), all folded keys:
 * what a snapshot saves, so that a restart does not derive it again for every speaker (persist/saved-quote-book.ts).
 */
export interface ActorKeys {
  /** Name and alias keys ("kim jong un", "lider norcoreano", "kim"). */
  keys: string[];
  /** Their words that can identify the actor alone ("kim", "jong", "putin"). */
  words: string[];
  /** The words of the name's own key ("kim", "jong", "un"), aliases left out. */
  nameWords: string[];
  /** The keys without spaces, and the acronyms they spell ("kju"; `initialsOf`, `complementInitials`, in the other language `translatedInitials`), each once. */
  compactKeys: string[];
  initials: string[];
  /** The ministers' offices its keys name (`officeOf`: "minister:education"), each once. */
  offices: string[];
}

/** The quote book's shelves a snapshot saves (quotes/book.ts `shelvesToSave`): each lists actor rows under strings. */
export type ShelfName = 'names' | 'compactKeys' | 'words' | 'initials' | 'offices' | 'candidates' | 'nameWords' | 'joined';

/**
 * One saved shelf of the quote book: its distinct strings in code-unit order, each with the actor rows (positions in
 * `QuoteData.actors`) listed under it, in book order. Read by position, so that a restart looks a string up by binary
 * search instead of making a map of every string first.
 */
export interface SavedShelf {
  /** How many distinct strings. */
  readonly size: number;
  /** The string at this position (0 ≤ `at` < `size`). */
  stringAt(at: number): string;
  /** The rows listed under the string at this position. */
  rowsAt(at: number): ArrayLike<number>;
  /** The strings' positions by length (UTF-16 code units), then in code-unit order: how close spellings are looked for. */
  byLength: ArrayLike<number>;
}

/**
 * A restored library's saved quote-book tables (persist/saved-quote-book.ts): each speaker's keys, the book's shelves,
 * and where the statements of a speaker, a channel or an article are in the statement list, so that a restart's first
 * lookup neither derives every speaker's keys nor shelves them nor reads every statement. Each statement list is in
 * the statement list's order.
 */
export interface SavedQuoteTables {
  /** The keys of the actor row at this position of `QuoteData.actors`, read when first asked. */
  actorKeysAt(row: number): ActorKeys;
  /** Every actor row's position, in book order (quotes/book.ts `inBookOrder`). */
  order: ArrayLike<number>;
  shelves: Readonly<Record<ShelfName, SavedShelf>>;
  /** The statements whose speaker is one of `speakers`. */
  bySpeaker(speakers: ReadonlySet<string>): Statement[];
  /** The statements a channel carries, by the channel's key (quotes/book.ts `channelKey`). */
  carriedBy(key: string): Statement[];
  /** The statements of one article. */
  inArticle(articleId: string): Statement[];
}

/**
 * A person the articles name in full but credit with no statement ("El presidente de Francia, Emmanuel Macron, viajó…"):
 * known so that a role or a surname they share with a speaker is not silently taken for the speaker.
 */
export interface NamedPerson {
  /** The fullest name an article writes. */
  name: string;
  /** Other forms and titles the articles give them ("Macron", "presidente de Francia"). */
  aliases: string[];
  /** The articles that name them. */
  articles: string[];
}

/** What `/quote` returns to every front end. Fields follow ../shared/CONTRACT.md. */
export interface QuoteResult {
  /** Canonical name the query resolved to, or null. */
  actor: string | null;
  query: string;
  statements: Statement[];
  /** Known actors close to an unknown query. */
  suggestions: string[];
  /**
   * Those of `suggestions` who share the query's surname but have another given name ("Ruth Calder" for "Tom Calder"):
   * someone else of the same surname, offered as such, never as a near spelling of the person asked for.
   */
  otherGivenName?: string[];
  /** When the query fits several actors equally well, their names; the caller asks the user to choose. */
  candidates: string[];
  /**
   * People the query also names (by name, surname or role) whom the articles credit with no statement: among
   * `candidates` when a speaker fits as well, else the only people found; the reply says they said nothing quoted.
   */
  unquoted?: string[];
  /** The form of each of them the query matched ("presidente de Francia"), in the order of `unquoted`. */
  unquotedAs?: string[];
  /** When no known actor is close to an unknown query, the most quoted ones, so the reader knows whom the articles quote. */
  mostQuoted?: string[];
  /**
   * When the query names no speaker (or names a country, found speaking through its capital) but appears in how the articles describe some (a country or organisation
   * in a title: "Rusia" in "el presidente de Rusia"), those speakers: offered, never silently taken for the query.
   */
  related?: string[];
  /** The forms of those speakers the query matched ("presidente de Rusia"), in the order of `related`. */
  matchedAs?: string[];
  /**
   * When the query names a channel (a news agency or medium that relays statements: "KCNA"), its name as the
   * articles write it; `statements` then include those it carried, each with that channel as `via`.
   */
  channel?: string;
  /**
   * How the query found `actor` when not by its name as written: "acronym" (EEUU), "language" (its name in the other
   * language or with another form of a country's name: "United States", "el Banco Central nicaragüense"), "role"
   * (la alcaldesa), "country" (a country's capital or seat of government speaking for it: "Kremlin" for "Rusia"),
   * "spelling" (a typo of the name: "Lobbo" for Lobo; a one-word query two edits away is only suggested).
   */
  resolvedBy?: 'acronym' | 'language' | 'role' | 'country' | 'spelling';
  /** No article is indexed at all: the reply says so rather than that nobody by the name was found. */
  archiveEmpty?: true;
  /** With no statement found, how many new or changed seed files are still being read: their statements may come. */
  filesPending?: number;
}
