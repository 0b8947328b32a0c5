/**
 * The shapes the sentence reader passes between its steps: who a verb's subject is, a verb of saying in
 * use, a statement in the making, and what one sentence leaves for the next.
 */
import type { Sentence } from './tokens.js';
import type { Cast } from './cast.js';
import type { Mentions } from './reference.js';
import type { SpeechVerb } from './lexicon.js';
import type { Statement } from './types.js';
import type { Quotation } from './quotations.js';

/** Who a verb's subject is: a speaker, a news medium, both unknown (a subject we could not pin down). */
export interface Attribution {
  speaker: string | null;
  medium: string | null;
  /** A subject naming two or more people ("El director, X, y el ministro, Y, se reunieron"): nobody a singular role or pronoun can single out. */
  coordinated?: true;
}

/** A verb of saying found in a sentence, with its subject once resolved. */
export interface VerbUse {
  /** First token of the verb group ("ha" in "ha dicho", "se" in "se cita"). */
  first: number;
  /** The verb of saying itself. */
  last: number;
  verb: SpeechVerb | 'source';
  subject: Attribution | undefined;
  /** Token range of the subject phrase, when there is one. */
  subjectFrom: number;
  subjectTo: number;
  /** Subject after the verb ("dijo Putin", "según la agencia"). */
  inverted: boolean;
  /** Subject taken from a relative pronoun's antecedent (", que había dicho…"): the clause ends at the next comma. */
  relative: boolean;
}

/** A statement before it becomes a Statement: a character span of the article text. */
export interface Draft {
  kind: Statement['kind'];
  start: number;
  end: number;
  attribution: Attribution | undefined;
  /** Channels named for this statement in particular (a trailing "informó la KCNA"). */
  media: string[];
  /** The quotation a direct statement quotes. */
  quotation?: Quotation;
}

/** What every sentence of one article shares. */
export interface ArticleContext {
  text: string;
  cast: Cast;
  /** Organisations named as possible subjects: what an organisation's role ("el organismo") may refer to. */
  mentions: Mentions;
  /**
   * In a vox-pop layout (two or more headings naming a speaker before a colon: "KARLA TARAZONA: ME CASTIGARON"), each
   * heading by paragraph index: the speaker it names, or null for one naming nobody we can read. Empty otherwise.
   */
  headings: ReadonlyMap<number, string | null>;
  /** A public body's noun (folded) as the article first writes it (reference.ts bodyNounsWritten). */
  writtenBody: (noun: string) => string | undefined;
  /**
   * The speakers credited with a statement in the sentences read so far, in text order, each once (at its last credit):
   * the article's discourse entities that spoke, which a role noun may refer back to (reference.ts unnamedSpeakerOf).
   */
  credited: string[];
}

/** What a sentence leaves for the next one: itself (whom "he said" refers to) and its statements (whom a bare quotation continues). */
export interface Previous {
  sentence: Sentence;
  drafts: Draft[];
  vias: string[];
  /** The subject of the sentence's last verb of saying, when it names a speaker, whether or not the verb made a statement. */
  speaking: Attribution | undefined;
  /**
   * A person the sentence names as the subject of a clause after its statements ("…, pero Girão todavía intenta…"), someone
   * other than their speaker: the nearest antecedent of a pronoun or role in the next sentence.
   */
  later?: Attribution;
  /** The last speaker credited in the article so far and the paragraph where: whom an omitted subject most likely is. */
  focus: { attribution: Attribution; paragraph: number } | undefined;
  /** The source whose allegations the paragraph gives ("Según los fiscales, …"; see sentence.ts allegedBySource), and its paragraph. */
  alleging?: { attribution: Attribution; paragraph: number };
  /** The last speaker a statement was credited to, and the paragraph where: unlike `focus`, never moved by narration. */
  quoted: { attribution: Attribution; paragraph: number } | undefined;
}
