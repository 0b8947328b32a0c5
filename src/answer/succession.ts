/**
 * Who-questions asking who takes someone's place ("¿Quién sustituirá a la alcaldesa?", "Who will take over from the
 * chief executive?") and the sentences that tell of a successor. The question's verb is seldom the story's: "sustituirá"
 * beside "asumirá la presidencia de forma interina", "take over" beside "will serve as interim chief executive". A story
 * on a resignation names the one who leaves in its lead, in the question's words, and the one who takes over a sentence
 * or a paragraph below, in none of them. The words are closed classes of each language: verbs and locutions of replacing
 * and of taking up an office, and the adjectives of a stand-in (RAE's Diccionario: "sustituir", "suceder", "relevar",
 * "reemplazar", "asumir", "interino", "en funciones"; Merriam-Webster: "succeed", "replace", "take over", "interim",
 * "acting", "caretaker").
 */
import { foldAccents } from '../text/words.js';

// Nouns of an office or a post, folded: what is taken up ("asumirá la presidencia", "ocupará el cargo").
const POST_ES = String.raw`(?:cargo|puesto|plaza|vacante|lugar|presidencia|vicepresidencia|direccion|alcaldia|jefatura|gerencia|secretaria|secretaria\s+general|portavocia|funciones|mando|riendas|liderazgo|banquillo|capitania|rectorado|consejeria|ministerio|cartera|escano|sillon)`;
const POST_EN = String.raw`(?:post|role|seat|vacancy|position|job|office|helm|reins|presidency|leadership|chairmanship|captaincy)`;

// Verbs of replacing someone, folded, with the "a" of their object: "suceder" alone also means "to happen" ("sucedió a
// las cinco"), "relevante" is no verb.
const REPLACE_ES = String.raw`(?:sustitu|suced|reemplaz|relev)(?:ir|er|ar|ira|era|ara|iran|eran|aran|ye|yen|e|en|a|an|yo|io|o|yeron|ieron|aron|iria|eria|aria|ido|ida|ado|ada)\s+(?:al|a(?!\s+(?:las|los)\s))`;

/** A who-question's interrogative, folded: "quién", "quiénes", "who". */
const WHO: Readonly<Record<string, RegExp>> = {
  es: /(?<![\p{L}\p{M}])quien(?:es)?(?![\p{L}\p{M}])/u,
  en: /(?<![\p{L}\p{M}])who(?![\p{L}\p{M}])/u,
};

/**
 * What a question asks of a successor, folded: a verb of replacing ("sustituirá", "sucederá", "relevará", "reemplazará",
 * "replace", "succeed"), a locution of taking up a post ("ocupará el cargo", "asumirá la presidencia", "tomará el relevo",
 * "quedará al frente", "se hará cargo", "take over", "step in", "fill the post", "take the helm"), or the successor named
 * ("su sucesor", "successor"). Not "¿Quién es el nuevo…?", "Who is the new…?": a new member of a cast or a team is named
 * without telling whose place they take (an XQuAD question on a series' new companion).
 */
const ASKS_SUCCESSOR: Readonly<Record<string, RegExp>> = {
  es: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:${REPLACE_ES}|(?:ocup|asum)\p{L}*\s+(?:el|la|los|las|su|sus)\s+${POST_ES}|tom\p{L}*\s+el\s+relevo|qued\p{L}*\s+al\s+frente|(?:se\s+)?har\p{L}*\s+cargo|sucesor(?:a|es|as)?)(?![\p{L}\p{M}])`,
    'u',
  ),
  en: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:replac\p{L}*|succeed\p{L}*|successor|take\s+over|taking\s+over|took\s+over|step\s+in|fill\s+(?:the|his|her|their|its)\s+${POST_EN}|take\s+(?:the\s+)?(?:helm|reins|charge))(?![\p{L}\p{M}])`,
    'u',
  ),
};

/**
 * What tells of a successor in a sentence, folded: taking up a post ("asumirá la presidencia", "ocupa el cargo",
 * "tomará el relevo", "quedará al frente", "se hará cargo", "takes over", "will take the helm", "will step in"), replacing
 * someone ("sustituirá a", "sucede al", "será relevado por", "en sustitución de", "en su lugar", "will replace",
 * "succeeds", "in her place"), a stand-in ("de forma interina", "en funciones", "interino", "interim", "acting",
 * "caretaker") or the successor named ("su sucesor", "como relevo", "the new chairman", "her successor").
 */
const TELLS_SUCCESSION: Readonly<Record<string, RegExp>> = {
  es: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:(?:asum|ocup)\p{L}*(?:\s+\p{L}+mente)?\s+(?:el|la|los|las|su|sus)\s+${POST_ES}|${REPLACE_ES}|(?:sustituid|relevad|reemplazad|sucedid)[oa]s?\s+por|en\s+(?:sustitucion|reemplazo|relevo)\s+de|en\s+su\s+lugar|tom\p{L}*\s+el\s+relevo|qued\p{L}*\s+al\s+frente|se\s+(?:hara|hace|hizo|haran|hacen|hicieron)\s+cargo|(?:de\s+(?:forma|manera)\s+interina|interinamente|en\s+funciones|con\s+caracter\s+interino|interin[oa]s?|provisionalmente)|(?:su|como|el|la)\s+(?:sucesor|sucesora|relevo|reemplazo|sustitut[oa])|(?:sera|es|fue|sera\s+desde\s+ahora)\s+(?:el|la)\s+nuev[oa])(?![\p{L}\p{M}])`,
    'u',
  ),
  en: new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:take\s+over|takes\s+over|took\s+over|taking\s+over|taken\s+over|(?:take|takes|took|taking|taken)\s+(?:the\s+)?(?:helm|reins|charge)|step(?:s|ped)?\s+in|steps?\s+into|fill(?:s|ed)?\s+(?:the|his|her|their|its)\s+${POST_EN}|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|successor|in\s+(?:his|her|their)\s+place|interim|acting\s+\p{L}+|caretaker|(?:will\s+be|becomes|became|named|appointed|as)\s+(?:the\s+)?new)(?![\p{L}\p{M}])`,
    'u',
  ),
};

/** Whether `question` (written in `language`, ISO 639-1) asks who takes someone's place or a post (ASKS_SUCCESSOR); false for a language not listed. */
export function asksSuccessor(question: string, language: string): boolean {
  const folded = foldAccents(question.toLowerCase());
  return (WHO[language]?.test(folded) ?? false) && (ASKS_SUCCESSOR[language]?.test(folded) ?? false);
}

/** Whether `sentence` (in `language`, ISO 639-1) tells of someone taking a post or another's place (TELLS_SUCCESSION); false for a language not listed. */
export function tellsSuccession(sentence: string, language: string): boolean {
  return TELLS_SUCCESSION[language]?.test(foldAccents(sentence.toLowerCase())) ?? false;
}
