/**
 * Sentences that open with an adverb and leave their subject out (issue 16, fourth round): Spanish press writes
 * "También aseguró que…", "Luego dijo…", "Ahí señaló…" with no comma; the subject is whom the article was quoting,
 * and the adverb is never a speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const opening = 'La gobernadora Elena Ríos visitó el hospital de Temuco el lunes.';

describe('an adverb opening a sentence whose subject is left out', () => {
  it.each(['También aseguró', 'Además aseguró', 'Luego dijo', 'Después dijo', 'Más tarde dijo', 'Hoy dijo', 'Incluso afirmó', 'También ha dicho'])(
    '"%s que…" is whom the article was quoting',
    (start) => {
      expect(found([opening, `${start} que el centro recibirá veinte camas más antes de junio.`])).toContainEqual({
        kind: 'indirect', text: 'el centro recibirá veinte camas más antes de junio', speaker: 'Elena Ríos',
      });
    },
  );

  it.each(['Ahí dijo', 'Allí sostuvo', 'Aquí también dijo', 'Asimismo señaló', 'Posteriormente aseguró'])('"%s que…" never makes the adverb a speaker', (start) => {
    expect(found([opening, `${start} que el centro recibirá veinte camas más antes de junio.`])).toEqual([
      { kind: 'indirect', text: 'el centro recibirá veinte camas más antes de junio', speaker: 'Elena Ríos' },
    ]);
  });

  it('keeps a subject named after the adverb ("Ayer el ministro dijo…")', () => {
    expect(found(['El ministro Luis Mora y la gobernadora Elena Ríos se reunieron.', 'Ayer la gobernadora dijo que la reunión fue productiva.'])).toContainEqual({
      kind: 'indirect', text: 'la reunión fue productiva', speaker: 'Elena Ríos',
    });
  });
});

describe('a verb of saying in a Spanish periphrasis ("llegó a decir", "salió a aclarar", "se limitó a señalar")', () => {
  it.each(['llegó a decir', 'salió a aclarar', 'volvió a insistir en', 'se limitó a señalar', 'acaba de anunciar', 'quiso aclarar'])('reads "X %s que…" as X’s statement', (verb) => {
    expect(found([`El ministro Mario Marcel ${verb} que no habrá nuevos impuestos este año.`])).toEqual([
      { kind: 'indirect', text: 'no habrá nuevos impuestos este año', speaker: 'Mario Marcel' },
    ]);
  });

  it('reads the left-out subject of "Incluso llegó a decir que…"', () => {
    expect(found([opening, 'Incluso llegó a decir que el centro recibirá veinte camas más antes de junio.'])).toContainEqual({
      kind: 'indirect', text: 'el centro recibirá veinte camas más antes de junio', speaker: 'Elena Ríos',
    });
  });

  it('takes no noun before "de" for a verb ("la forma de explicar que…")', () => {
    expect(found(['El libro busca la forma de explicar que el clima cambia.'])).toEqual([]);
  });
});
