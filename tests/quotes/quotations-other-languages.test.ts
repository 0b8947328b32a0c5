/**
 * Direct quotations in French, Italian and German articles (issue 16, eleventh round): German „…“ marks; French and
 * Italian ones attributed by the verb of saying after them as Spanish ones are, compound and inverted verbs included
 * ("a déclaré", "a-t-elle précisé", "explique-t-il", "ha detto"), with the titles those languages set before a name.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { findQuotations } from '../../src/quotes/quotations.js';

const found = (paragraphs: string[], language: string) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('German quotation marks', () => {
  it('open low and close high, or close with the English closing mark', () => {
    const text = 'Er sagte „Wir bauen weiter“ und ging. Sie sagte „Wir warten”.';
    expect(findQuotations(text, [{ start: 0, end: text.length }]).map((quotation) => text.slice(quotation.inner.start, quotation.inner.end))).toEqual(['Wir bauen weiter', 'Wir warten']);
  });
});

describe('a quotation and the verb of saying after it', () => {
  it('is a German statement with no speaker: German capitalises every noun, so the rules could not tell a name', () => {
    expect(found(['„Die Brücke wird im Mai fertig“, sagte der Sprecher der Stadtwerke.'], 'de')).toEqual([
      { kind: 'direct', text: 'Die Brücke wird im Mai fertig', speaker: null },
    ]);
    // Nor is an interjection opening the sentence before, or a shop's name the sentence before holds.
    expect(found(['Ach, vieles habe sich verändert.', '„Die Hotels bestellen nichts mehr.“'], 'de')).toEqual([
      { kind: 'direct', text: 'Die Hotels bestellen nichts mehr.', speaker: null },
    ]);
    expect(found(['Sonst müsste sie die Bäckerei Anna Roth schließen.', '„Die Hotels bestellen nichts mehr.“'], 'de')).toEqual([
      { kind: 'direct', text: 'Die Hotels bestellen nichts mehr.', speaker: null },
    ]);
  });

  it('is attributed in French, compound and inverted verbs included', () => {
    expect(found(['« Le pont ouvrira en mai », a déclaré la ministre Claire Dubois.'], 'fr')).toEqual([
      { kind: 'direct', text: 'Le pont ouvrira en mai', speaker: 'Claire Dubois' },
    ]);
    expect(found(['La ministre Claire Dubois a visité le chantier.', '« Le pont ouvrira en mai », a-t-elle précisé.'], 'fr')).toEqual([
      { kind: 'direct', text: 'Le pont ouvrira en mai', speaker: 'Claire Dubois' },
    ]);
    expect(found(['La ministre Claire Dubois a visité le chantier.', '« Le pont ouvrira en mai », explique-t-elle.'], 'fr')).toEqual([
      { kind: 'direct', text: 'Le pont ouvrira en mai', speaker: 'Claire Dubois' },
    ]);
    // "M." (monsieur) is a title before the name, not a name of one letter.
    expect(found(['« Le pont ouvrira en mai », a dit M. Caldwell.'], 'fr')).toEqual([
      { kind: 'direct', text: 'Le pont ouvrira en mai', speaker: 'Caldwell' },
    ]);
    expect(found(['Claire Dubois a déclaré que le pont ouvrira en mai.'], 'fr')).toEqual([
      { kind: 'indirect', text: 'le pont ouvrira en mai', speaker: 'Claire Dubois' },
    ]);
    // Only the inverted form is read as French: "explique" alone is a Spanish subjunctive, in the judge's request (stop 58).
    expect(found(['El juez Luis Mora pidió que el fiscal explique la demora.'], 'es')).toEqual([
      { kind: 'indirect', text: 'el fiscal explique la demora', speaker: 'Luis Mora' },
    ]);
  });

  it('is attributed in Italian, with the auxiliary before the participle', () => {
    expect(found(['«Il ponte aprirà a maggio», ha detto il sindaco Marco Bianchi.'], 'it')).toEqual([
      { kind: 'direct', text: 'Il ponte aprirà a maggio', speaker: 'Marco Bianchi' },
    ]);
    expect(found(['Il sindaco Marco Bianchi ha visitato il cantiere.', '«Il ponte aprirà a maggio», hanno spiegato Bianchi e Rossi.'], 'it')).toEqual([
      { kind: 'direct', text: 'Il ponte aprirà a maggio', speaker: 'Bianchi e Rossi' },
    ]);
  });
});
