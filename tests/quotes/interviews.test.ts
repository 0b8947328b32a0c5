/**
 * A vox-pop or interview laid out under headings that name the speakers: answers printed under a question, without
 * quotation marks, are the interviewee's direct words; a heading with no colon names the speaker it opens with.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const said = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'interview', title: 'Prueba', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

const opening = 'Varios cocineros celebran el Día del Padre con sus familias en sus restaurantes.';

describe('an interview under a speaker heading', () => {
  it('credits each answer under a question to the one the heading names', () => {
    expect(said([opening, 'ROSA PAREDES: MI PAPÁ ME ENSEÑÓ TODO', '¿Rosa, qué plato te enseñó tu papá?', 'El arroz con pato, que preparaba cada domingo para toda la familia.', '¿Y qué te decía?', 'Que la paciencia es el mejor condimento.', 'TOMÁS VEGA: APRENDÍ A LOS DIEZ', '“Mi padre me dejaba pelar papas desde los diez años y yo lo disfrutaba mucho”.'])).toEqual([
      { kind: 'direct', speaker: 'Rosa Paredes', text: 'El arroz con pato, que preparaba cada domingo para toda la familia.' },
      { kind: 'direct', speaker: 'Rosa Paredes', text: 'Que la paciencia es el mejor condimento.' },
      { kind: 'direct', speaker: 'Tomás Vega', text: 'Mi padre me dejaba pelar papas desde los diez años y yo lo disfrutaba mucho' },
    ]);
  });

  it('credits a quotation under a heading with no colon to the name it opens with', () => {
    expect(said([opening, 'ROSA PAREDES: MI PAPÁ ME ENSEÑÓ TODO', '“El arroz con pato lo preparaba cada domingo para toda la familia”.', 'TOMÁS VEGA: APRENDÍ A LOS DIEZ', '“Mi padre me dejaba pelar papas desde los diez años y yo lo disfrutaba”.', 'LUCHO EN LA COCINA DE SU PADRE', '“Mi papá siempre cocinaba con mucho cariño y sin apuro”.'])).toContainEqual({
      kind: 'direct', speaker: 'Lucho', text: 'Mi papá siempre cocinaba con mucho cariño y sin apuro',
    });
  });

  it('reads no answer where no heading names a speaker', () => {
    expect(said([opening, '¿Qué aprendieron los cocineros de sus padres?', 'La mayoría aprendió a cocinar en casa, según la encuesta del gremio.'])).not.toContainEqual(expect.objectContaining({ kind: 'direct' }));
  });
});
