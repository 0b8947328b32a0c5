/**
 * JSON as pages' templates write it into <script type="application/ld+json">, read as browsers' structured-data
 * consumers tolerate it: besides strict JSON, a block wrapped in an HTML comment or a CDATA section ("<!-- … -->",
 * "//<![CDATA[ … //]]>"), raw line breaks inside strings, a comma before a closing bracket ("…", }), and a quotation
 * mark left unescaped inside a string ("headline": "Senador califica a Biden de "incapacitado"", as a template
 * pastes a headline in). Google's Rich Results test reports each of these as a syntax error; pages ship them anyway.
 */

/** A parsed JSON value. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

// What a template wraps a script's content in so that old browsers skip it.
const WRAPPER = /^\s*(?:<!--|(?:\/\/|\/\*)\s*<!\[CDATA\[(?:\s*\*\/)?)|(?:-->|(?:\/\/|\/\*)\s*\]\]>(?:\s*\*\/)?)\s*$/gu;

/**
 * `source` parsed as JSON; else, its wrapper taken off, as `repairJson` mends it. Undefined when neither reading
 * parses. Linear in `source`'s length.
 */
export function parseLenientJson(source: string): Json | undefined {
  const unwrapped = source.replace(WRAPPER, '');
  for (const candidate of unwrapped === source ? [source] : [source, unwrapped]) {
    try {
      return JSON.parse(candidate) as Json;
    } catch {
      // Try the next reading.
    }
  }
  try {
    return JSON.parse(repairJson(unwrapped)) as Json;
  } catch {
    return undefined;
  }
}

/**
 * `source` with what templates get wrong about JSON mended, in one pass: control characters inside strings
 * escaped, a comma before "}" or "]" dropped, and a quotation mark inside a string escaped when what follows it
 * cannot follow a string's end (a string ends before ",", ":", "}", "]" or the end of the text). A quotation
 * followed by a comma inside a string ("dijo "no", y…") still ends it there: such a block stays unreadable.
 */
function repairJson(source: string): string {
  let out = '';
  let inString = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (inString) {
      if (char === '\\') {
        out += char + (source[index + 1] ?? '');
        index++;
      } else if (char === '"') {
        const next = nextSignificant(source, index + 1);
        inString = !',:}]'.includes(next);
        out += inString ? '\\"' : '"';
      } else out += char < ' ' ? ' ' : char;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === ',' && '}]'.includes(nextSignificant(source, index + 1))) {
      // A trailing comma: dropped.
    } else out += char;
  }
  return out;
}

/** The first character of `source` from `from` on that is not white space; '' at the end (which `includes` finds in any string). */
function nextSignificant(source: string, from: number): string {
  for (let index = from; index < source.length; index++) if (!/\s/u.test(source[index]!)) return source[index]!;
  return '';
}
