/**
 * "¿Quiénes son los abogados de X?" / "Who is the coach of X?" asks who holds a role: the sentence that names someone beside
 * the role's noun ("los abogados Raúl Colón y Dina Pérez", "Ralf Rangnick, the club's coach") answers it, not one that holds
 * the role's noun and the question's names with other names elsewhere (an eighteenth newcomer's D4: "respondieron a EL
 * HERALDO los abogados del expresidente" was quoted). Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'soto-juicio', title: 'El juicio contra Ana Soto empezará en verano', date: '2025-02-11', language: 'es' }, [
    'De acuerdo con la defensa de la exministra, integrada por los abogados Raúl Colón y Dina Pérez, el juicio contra Soto podría empezar en julio.',
    '“Estamos preparando la fianza”, respondieron a La Gaceta de Lugo los abogados de la exministra Soto.',
  ]),
  articleFromParagraphs({ id: 'rovers', title: 'Dale Rovers lose again at Old Mill', date: '2025-02-11', language: 'en' }, [
    'Dale Rovers were beaten 3-0 at Old Mill on Saturday, and the coach of Dale Rovers spoke to Radio Leeds about it.',
    'Tom Reilly, the coach, said the players had given everything.',
  ]),
  articleFromParagraphs({ id: 'housing', title: 'Councils were not consulted on the housing plan', date: '2025-02-12', language: 'en' }, [
    'The government came under fire from a former Labour housing minister for failing to consult councils on the housing plan.',
    'Former housing minister Jane Doyle told the Commons the plan had been rushed.',
  ]),
  articleFromParagraphs({ id: 'obras', title: 'El ayuntamiento aprueba las obras del puerto', date: '2025-02-12', language: 'es' }, [
    'El pleno del ayuntamiento de Valdemar aprobó las obras del puerto con los votos del Partido Verde y las críticas del actual alcalde del Partido Azul.',
    'Según el actual alcalde, Pedro Lanza, las obras durarán tres años.',
  ]),
]);
const ask = askOf(library);

describe('who holds a role', () => {
  it('quotes the names written beside the role', async () => {
    const result = await ask('¿Quiénes son los abogados de Ana Soto?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^Según los artículos: «[^»]*Raúl Colón y Dina Pérez/u);
  });

  it('reads a name before the role, in English too', async () => {
    const result = await ask('Who is the coach of Dale Rovers?');
    expect(result.refused).toBe(false);
    expect(result.answer).toMatch(/^According to the articles: “Tom Reilly, the coach/u);
  });

  it('reads the role from the head of its noun phrase, after its modifiers', async () => {
    const result = await ask('Who is the former housing minister who spoke about councils?');
    expect(result.answer).toMatch(/^According to the articles: “Former housing minister Jane Doyle/u);
    const mayor = await ask('¿Quién es el actual alcalde de Valdemar?');
    expect(mayor.answer).toMatch(/^Según los artículos: «Según el actual alcalde, Pedro Lanza/u);
  });
});
