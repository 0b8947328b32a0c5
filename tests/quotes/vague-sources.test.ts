/** Vague sources (issue 16): an anonymous or group source is the speaker as the article words it, never a name or role inside that phrase. */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('vague sources', () => {
  it('keeps "Fuentes de X" as the sources, not the organisation they belong to', () => {
    expect(found(['Fuentes de Compromís aseguran que el acuerdo presupuestario está cerrado.'])).toEqual([
      { kind: 'indirect', text: 'el acuerdo presupuestario está cerrado', speaker: 'Fuentes de Compromís' },
    ]);
  });

  it('never credits the role a source is close to ("People close to the governor", "Allegados al presidente")', () => {
    const english = found(['Gov. Ann Lowe toured the plant on Monday.', 'People close to the governor said she would not run again.'], 'en');
    expect(english).toEqual([{ kind: 'indirect', text: 'she would not run again', speaker: 'People close to the governor' }]);
    const spanish = found(['El presidente Luis Arce viajó a Cochabamba.', 'Allegados al presidente afirmaron que no piensa dimitir.']);
    expect(spanish).toEqual([{ kind: 'indirect', text: 'no piensa dimitir', speaker: 'Allegados al presidente' }]);
  });

  it('reads an anonymous person or operative described by a complement as the speaker', () => {
    expect(found(['A person familiar with the negotiations said the deal could collapse.'], 'en').map((statement) => statement.speaker)).toEqual(['Person familiar with the negotiations']);
    expect(found(['One GOP operative in the state said the campaign had lost momentum.'], 'en').map((statement) => statement.speaker)).toEqual(['One GOP operative in the state']);
  });

  it('credits the antecedent of a restrictive "who" clause before the verb', () => {
    expect(found(['Two officials who spoke on condition of anonymity said the talks had stalled.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the talks had stalled', speaker: 'Two officials' },
    ]);
  });

  it('starts the view after a source phrase with a complement ("Según fuentes consultadas por este periódico, …")', () => {
    expect(found(['Según fuentes consultadas por este periódico, el acuerdo se firmará el lunes.']).map((statement) => statement.text)).toEqual(['el acuerdo se firmará el lunes']);
  });
});

describe('no speaker where nobody speaks', () => {
  it('credits neither a document ("Studies suggest…") nor a day ("The report, released Tuesday, said…")', () => {
    const speakers = found(['Studies suggest that the drug reduces deaths by a third.', 'The report, released Tuesday, said the economy grew 2 percent.'], 'en').map((statement) => statement.speaker);
    expect(speakers).not.toContain('Studies');
    expect(speakers).not.toContain('Tuesday');
  });
});

describe('vague sources without an article or named by where they are (fourth round)', () => {
  it('reads a bare plural with its adjective before a plural verb as the group ("Parlamentarios oficialistas comentaron…")', () => {
    expect(found(['Parlamentarios oficialistas comentaron que el texto será modificado en la comisión.'])).toEqual([
      { kind: 'indirect', text: 'el texto será modificado en la comisión', speaker: 'Parlamentarios oficialistas' },
    ]);
  });

  it('reads "En el oficialismo aseguran…" and "Cerca del presidente aseguran…" as the people there', () => {
    expect(found(['En el oficialismo aseguran que el acuerdo se cerrará antes del verano.'])).toEqual([
      { kind: 'indirect', text: 'el acuerdo se cerrará antes del verano', speaker: 'Oficialismo' },
    ]);
    expect(found(['Cerca del presidente aseguran que no habrá cambios en el gabinete.'])).toEqual([
      { kind: 'indirect', text: 'no habrá cambios en el gabinete', speaker: 'Cerca del presidente' },
    ]);
  });

  it('reads a free relative opening the sentence as the speakers ("Quienes conocen el proceso dicen…", "Those who know him say…")', () => {
    expect(found(['Quienes conocen el proceso dicen que la fiscalía tiene pruebas suficientes.'])).toEqual([
      { kind: 'indirect', text: 'la fiscalía tiene pruebas suficientes', speaker: 'Quienes conocen el proceso' },
    ]);
    expect(found(['Those who know the senator say she will not run again.'], 'en')).toEqual([
      { kind: 'indirect', text: 'she will not run again', speaker: 'Those who know the senator' },
    ]);
  });

  it('keeps media named only by their noun as the source ("Según medios locales,")', () => {
    expect(found(['Según medios locales, el incendio comenzó en la madrugada del domingo.'])).toEqual([
      { kind: 'indirect', text: 'el incendio comenzó en la madrugada del domingo', speaker: 'Medios locales' },
    ]);
  });

  it('keeps a qualifier before "officials" ("U.S. officials say…")', () => {
    expect(found(['U.S. officials say the talks have stalled over sanctions.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the talks have stalled over sanctions', speaker: 'U.S. officials' },
    ]);
  });

  it('reads "think" and "believe" as stating a view ("Many scientists think…")', () => {
    expect(found(['Many scientists think the mission will be delayed again.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the mission will be delayed again', speaker: 'Many scientists' },
    ]);
  });
});
