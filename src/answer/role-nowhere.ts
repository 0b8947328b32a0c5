/**
 * A question about the holder of a role its story never writes ("¿Cuántos años tiene el entrenador del Deportivo
 * Tarsela?" over a story on the club's new forward, "de 27 años"; "What did the club's chairman say?" over a story quoting
 * only its coach): whatever the story's sentences say of someone, they say it of another person. The role is a noun the
 * quote rules know as one person's office or trade (lexicon.ts `isTitleNoun`, `isTitlePlural`) written after a definite
 * article or a possessive ("el entrenador", "the club's chairman"), as the question's subject or complement: after "qué"/"which" it names what is
 * asked ("¿Qué investigador…?"), which the story may write otherwise. The story holds it when any word of it begins as
 * the noun does, its gender and number endings aside ("directora", "directores" for "director").
 */
import { isTitleNoun, isTitlePlural } from '../quotes/lexicon.js';
import { foldAccents } from '../text/words.js';

// The endings of gender and number a role noun takes ("presidente" / "presidenta", "director" / "directora" / "directores").
const INFLECTION = /(?:es|as|os|a|o|e|s)$/u;
// Shortest stem a role noun is compared by: "jefe" → "jef", not shorter.
const MIN_STEM = 3;
/** How many letters a word of the story may add to a role's stem and still be that role ("director" → "directoras"). */
const ENDING_REACH = 2;
// A definite article, its contraction or an English possessive right before a word, folded: "el", "la", "los", "las",
// "del", "al", "the", "the club's".
const DEFINITE = /(?<=(?:^|[^\p{L}])(?:el|la|los|las|del|al|the|\p{L}+['’]s)\s+)\p{L}+/gu;
/**
 * Role nouns that are as often adjectives or name no one's office (folded): "el primer paso", "el mayor número" (Spanish
 * "larger"), "el cuartel general", "los órganos rectores", "los científicos datos", "el titular" (a headline), "los
 * miembros" (anyone belonging to anything).
 */
const NOT_AN_OFFICE = new Set(['primer', 'primera', 'mayor', 'general', 'rector', 'rectores', 'rectora', 'cientifico', 'cientifica', 'cientificos', 'cientificas', 'titular', 'titulares', 'miembro', 'miembros', 'member', 'members', 'head', 'chief']);

/**
 * The role nouns `question` writes after a definite article (DEFINITE; folded) that `story` (its headline and text) never
 * writes in any inflection; empty when the question names no such role or the story writes each.
 */
export function rolesNowhere(question: string, story: string): string[] {
  const folded = foldAccents(question.toLowerCase());
  const roles = [...folded.matchAll(DEFINITE)].map((match) => match[0]).filter((word) => !NOT_AN_OFFICE.has(word) && (isTitleNoun(word) || isTitlePlural(word)));
  if (roles.length === 0) return [];
  const written = [...new Set(foldAccents(story.toLowerCase()).match(/\p{L}+/gu) ?? [])];
  return roles.filter((role) => {
    const stem = role.length - (INFLECTION.exec(role)?.[0].length ?? 0) >= MIN_STEM ? role.replace(INFLECTION, '') : role;
    return !written.some((word) => word.startsWith(stem) && word.length - stem.length <= ENDING_REACH + (role.length - stem.length));
  });
}
