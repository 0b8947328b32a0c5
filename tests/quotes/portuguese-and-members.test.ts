/**
 * Portuguese press writing read as the Spanish is (issue 16): its verbs of saying and the adverbs set between a subject
 * and its verb, a negated infinitive with its clitic; a bracketed aside between a name and its apposition; a role that
 * names a member of the body the person in focus presides ("o presidente do Senado … o senador"); an institution after a
 * title and "of" ("o presidente do Supremo Tribunal Federal").
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Teste', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('Portuguese verbs of saying and the words around them', () => {
  it('reads "sustentou", "reforçou", "acha que" and a quotation closed by "complementou"', () => {
    expect(statements(['A governadora Marta Lima sustentou que o orçamento está equilibrado.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'o orçamento está equilibrado', speaker: 'Marta Lima' },
    ]);
    expect(statements(['O deputado Caio Prado acha que a votação ficará para agosto.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'a votação ficará para agosto', speaker: 'Caio Prado' },
    ]);
    expect(statements(['A prefeita Marta Lima visitou a obra.', '"Vamos entregar a ponte em março", complementou.'], 'pt')).toEqual([
      { kind: 'direct', text: 'Vamos entregar a ponte em março', speaker: 'Marta Lima' },
    ]);
  });

  it('steps over adverbs and connectors between the subject and its verb ("ainda", "também", ", contudo,")', () => {
    expect(statements(['O ministro Caio Prado visitou o porto. Ele também disse que as obras vão atrasar.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'as obras vão atrasar', speaker: 'Caio Prado' },
    ]);
    expect(statements(['Caio Prado reforçou, contudo, que o acordo continua válido.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'o acordo continua válido', speaker: 'Caio Prado' },
    ]);
    expect(statements(['Caio Prado ainda voltou a comentar que a tarifa não vai subir.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'a tarifa não vai subir', speaker: 'Caio Prado' },
    ]);
  });

  it('reads a negated infinitive with its clitic as what was said ("ponderou não se tratar de…")', () => {
    expect(statements(['A senadora Marta Lima ponderou não se tratar de uma crítica ao governo.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'não se tratar de uma crítica ao governo', speaker: 'Marta Lima' },
    ]);
    // A negated verb of saying still reports nothing.
    expect(statements(['A senadora Marta Lima não disse que o governo errou.'], 'pt')).toEqual([]);
  });
});

describe('a bracketed aside after a name, before its apposition', () => {
  it('credits the name, not the apposition nor nobody', () => {
    expect(statements(['Ana Ruiz (PP), portavoz del grupo municipal, dijo que la ordenanza saldrá adelante.'], 'es')).toEqual([
      { kind: 'indirect', text: 'la ordenanza saldrá adelante', speaker: 'Ana Ruiz' },
    ]);
    expect(statements(['O senador Caio Prado (PSD-BA), líder da bancada, que reúne três partidos, acha que não há votos para a PEC.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'não há votos para a PEC', speaker: 'Caio Prado' },
    ]);
    expect(statements(['Senator Jane Roe (D-CA), the chair of the panel, said the bill would pass.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the bill would pass', speaker: 'Jane Roe' },
    ]);
  });
});

describe('a role that names a member of the body the person in focus presides', () => {
  it('goes to the one in focus, not to another holder named before, and only then', () => {
    expect(
      statements(
        [
          'O candidato do partido é o senador Caio Prado, que tenta a reeleição.',
          'O presidente do Senado, Marcos Lima, recebeu os líderes nesta terça. Lima disse que "o diálogo continua".',
          'O senador reiterou que a pauta será votada em maio.',
        ],
        'pt',
      ),
    ).toEqual([
      { kind: 'direct', text: 'o diálogo continua', speaker: 'Marcos Lima' },
      { kind: 'indirect', text: 'a pauta será votada em maio', speaker: 'Marcos Lima' },
    ]);
    expect(
      statements(['La presidenta de la Cámara de Diputados, Rosa Vidal, recibió a los alcaldes.', 'La diputada aseguró que el presupuesto llegará en junio.'], 'es'),
    ).toEqual([{ kind: 'indirect', text: 'el presupuesto llegará en junio', speaker: 'Rosa Vidal' }]);
    // A role the person in focus neither holds nor presides stays the one given it.
    expect(
      statements(['El senador Luis Mora visitó la región.', 'La ministra de Hacienda, Rosa Vidal, presentó el plan. El senador aseguró que la reforma fracasará.'], 'es'),
    ).toEqual([{ kind: 'indirect', text: 'la reforma fracasará', speaker: 'Luis Mora' }]);
  });
});

describe('an institution after a title and "of"', () => {
  it('is one name, not a person made of its last two words, so its short forms and acronym find it', () => {
    expect(statements(['O ministro se reuniu com o presidente do Supremo Tribunal Federal, Luiz Fux.', 'Por meio de nota, o Supremo afirmou que as eleições serão em outubro.'], 'pt')).toEqual([
      { kind: 'indirect', text: 'as eleições serão em outubro', speaker: 'Supremo Tribunal Federal' },
    ]);
    expect(statements(['O ministro se reuniu com o presidente do Conselho Nacional Eleitoral (CNE), Luiz Fux.', '"A votação será em maio", diz o comunicado do CNE.'], 'pt')).toEqual([
      { kind: 'direct', text: 'A votação será em maio', speaker: 'Conselho Nacional Eleitoral' },
    ]);
    expect(statements(['La ministra se reunió con el presidente del Tribunal Supremo Electoral (TSE), Luis Mora.', 'El Tribunal afirmó en un comunicado que las elecciones serán en mayo.'], 'es')[0]!.speaker).toBe('Tribunal Supremo Electoral');
  });
});
