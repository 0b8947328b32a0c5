/**
 * A verb inserted between commas: with its subject left out ("La reforma, enfatizó, requiere…"), and after a long lead
 * ("…, la cual, dijo X, debe…"); a document's owner after its adjectives or year ("según el informe anual de X"); a role
 * noun that is an adjective after a name ("la Contraloría General"); "razonó que" (issue 16).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'inserted', title: 'Test', date: '2024-01-01', language: 'es' }, paragraphs)).map(({ kind, speaker, text }) => ({ kind, speaker, text }));

describe('a verb inserted between commas', () => {
  it('takes the subject Spanish leaves out from whom the article was quoting', () => {
    expect(statements(['La alcaldesa Marta Ibáñez presentó el plan de obras. El plan, subrayó, estará listo en abril.'])).toEqual([
      { kind: 'indirect', speaker: 'Marta Ibáñez', text: 'El plan, subrayó, estará listo en abril' },
    ]);
  });

  it('reports what follows it after a long lead of the narrator’s, past the lead’s last comma', () => {
    const [statement] = statements(['El concejal Tomás Vidal visitó ayer el mercado central y habló con los comerciantes del barrio sobre las obras, las cuales, dijo Vidal, terminarán antes del verano.']);
    expect(statement).toEqual({ kind: 'indirect', speaker: 'Tomás Vidal', text: 'las cuales, dijo Vidal, terminarán antes del verano' });
  });

  it('reports nothing after it when a relative or a gerund follows', () => {
    expect(statements(['El concejal Tomás Vidal visitó ayer el mercado central y habló con los comerciantes del barrio, dijo Vidal, quien además pidió calma.']).map(({ text }) => text)).not.toContain('quien además pidió calma');
  });
});

describe('a document’s owner and a name’s adjective', () => {
  it('reads the owner after the document noun’s adjectives and year', () => {
    expect(statements(['Las exportaciones cayeron un 4 % en marzo, según el informe trimestral de la Cámara Minera.', 'La inversión creció un 9 %, según el estudio del 2022 de la Fundación Prisma.']).map(({ speaker }) => speaker)).toEqual(['Cámara Minera', 'Fundación Prisma']);
  });

  it('keeps "General" after a name as the name’s', () => {
    expect(statements(['La deuda pública subió un 6 %, según el informe de la Procuraduría General.']).map(({ speaker }) => speaker)).toEqual(['Procuraduría General']);
  });
});

describe('verbs of saying', () => {
  it('reads "razonó que" as reported speech', () => {
    expect(statements(['El economista Luis Prado razonó que la inflación bajará en otoño.'])).toEqual([{ kind: 'indirect', speaker: 'Luis Prado', text: 'la inflación bajará en otoño' }]);
  });
});
