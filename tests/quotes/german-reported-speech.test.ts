/** German reported speech: a clause in Konjunktiv after or before a verb of saying, and sentences that go on in Konjunktiv (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'de' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const reported = (paragraphs: string[]) => statements(paragraphs).filter(({ kind }) => kind === 'indirect');

describe('German reported speech', () => {
  it('reads the clause after a verb of saying and its comma, with "dass" or in Konjunktiv, as its subject’s', () => {
    expect(reported(['Die Ministerin Anna Becker erklärte am Montag, dass die Lage in den Kliniken ernst sei.'])).toEqual([
      { kind: 'indirect', text: 'dass die Lage in den Kliniken ernst sei', speaker: 'Anna Becker' },
    ]);
    expect(reported(['Merian berichtete auf Anfrage, es gebe keine Pläne für eine Schließung.'])).toEqual([
      { kind: 'indirect', text: 'es gebe keine Pläne für eine Schließung', speaker: 'Merian' },
    ]);
    // After a perfect's auxiliary the subject follows it; with a sentence-opening adverb, after the verb.
    expect(reported(['Inmitten der Debatte hat Bundeskanzler Olaf Brandt erklärt, dass die Renten sicher seien.', 'Am Dienstag sagte Petra Hollmann, man werde die Tarife nicht erhöhen.'])).toEqual([
      { kind: 'indirect', text: 'dass die Renten sicher seien', speaker: 'Olaf Brandt' },
      { kind: 'indirect', text: 'man werde die Tarife nicht erhöhen', speaker: 'Petra Hollmann' },
    ]);
  });

  it('reads the clauses before a closing verb of saying when a main one is in Konjunktiv', () => {
    expect(reported(['Olaf Brandt leitet den Verband.', 'Die Verhandlungen seien gescheitert, so Brandt.'])).toEqual([
      { kind: 'indirect', text: 'Die Verhandlungen seien gescheitert', speaker: 'Olaf Brandt' },
    ]);
    // A role with its article, or "hieß es", names nobody: the report is found and credited to no one.
    expect(reported(['Es handle sich um einen Fehler im System, teilte ein Sprecher am Dienstag mit.', 'Die Zahlen könne man noch nicht nennen, hieß es.'])).toEqual([
      { kind: 'indirect', text: 'Es handle sich um einen Fehler im System', speaker: null },
      { kind: 'indirect', text: 'Die Zahlen könne man noch nicht nennen', speaker: null },
    ]);
  });

  it('gives a sentence going on in Konjunktiv with no verb of saying to the statement before it, in the same or the next paragraph', () => {
    expect(reported(['„Wir warten ab“, sagte Olaf Brandt. Man habe die Behörden bereits informiert.', 'Erhole sich der Markt, werde die Firma wieder einstellen.'])).toEqual([
      { kind: 'indirect', text: 'Man habe die Behörden bereits informiert', speaker: 'Olaf Brandt' },
      { kind: 'indirect', text: 'Erhole sich der Markt, werde die Firma wieder einstellen', speaker: 'Olaf Brandt' },
    ]);
    // A plural reports in Konjunktiv II where Konjunktiv I is the indicative's form; a clause after the quotation's verb too.
    expect(reported(['„Wir halten Abstand“, sagt Petra Hollmann – aber alle Kunden würden sich an die Regeln halten.'])).toEqual([
      { kind: 'indirect', text: 'aber alle Kunden würden sich an die Regeln halten', speaker: 'Petra Hollmann' },
    ]);
  });

  it('reads no report in a subordinate clause, in a sentence no statement comes before, or in a clause of fewer than four words outside its quotation', () => {
    const report = { kind: 'indirect', text: 'Man habe die Kunden informiert', speaker: 'Olaf Brandt' };
    expect(reported(['„Wir warten ab“, sagte Olaf Brandt. Man habe die Kunden informiert.', 'Der Kunde muss vorher angeben, ob er Symptome habe.'])).toEqual([report]);
    expect(reported(['Die Firma habe zwölf Angestellte und ein Lager in Köln.', '„Wir warten ab“, sagte Olaf Brandt. Man habe die Kunden informiert.'])).toEqual([report]);
    expect(reported(['„Wir warten ab“, sagte Olaf Brandt. Das sei „ein Gebot der Vernunft“. Man habe die Kunden informiert.'])).toEqual([report]);
  });

  it('credits nobody after a subject that names nobody, and what continues it neither', () => {
    expect(statements(['„Wir warten ab“, sagte Olaf Brandt. „Die Preise steigen“, sagt der Sprecher. Man habe die Kunden informiert.'])).toEqual([
      { kind: 'direct', text: 'Wir warten ab', speaker: 'Olaf Brandt' },
      { kind: 'direct', text: 'Die Preise steigen', speaker: null },
      { kind: 'indirect', text: 'Man habe die Kunden informiert', speaker: null },
    ]);
  });

  it('takes a surname to a given name only, not to a noun before it', () => {
    expect(reported(['Die Aktie des größten deutschen Autokonzerns Merian fiel.', 'Merian erklärte, dass die Werke geöffnet blieben und man keine Kurzarbeit plane.'])).toEqual([
      { kind: 'indirect', text: 'dass die Werke geöffnet blieben und man keine Kurzarbeit plane', speaker: 'Merian' },
    ]);
  });

  it('reads a reported clause opening with its subject’s article as a main clause, the verb second, not as a relative clause', () => {
    expect(reported(['Olaf Brandt sagte am Montag, die Regierung werde im Herbst handeln.', 'Die Ministerin Anna Becker teilte mit, das neue Werk plane eine Erweiterung.'])).toEqual([
      { kind: 'indirect', text: 'die Regierung werde im Herbst handeln', speaker: 'Olaf Brandt' },
      { kind: 'indirect', text: 'das neue Werk plane eine Erweiterung', speaker: 'Anna Becker' },
    ]);
    // A relative clause puts its verb last: after a noun it reports nothing.
    expect(reported(['Olaf Brandt traf den Minister, der im Herbst über die Renten entscheiden werde.'])).toEqual([]);
  });
});
