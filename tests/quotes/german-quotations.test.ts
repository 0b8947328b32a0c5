/** Speakers of quotations in German articles: the verb of saying after the closing mark or before the colon, and its subject (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'de' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('German quotations', () => {
  it('credit the subject after the verb of saying, a surname by the fullest name the article writes', () => {
    expect(statements(['Die Schreinerei von Petra Hollmann hat zwölf Angestellte.', '„Wir haben alle Termine verschoben“, sagt Hollmann.'])).toEqual([
      { kind: 'direct', text: 'Wir haben alle Termine verschoben', speaker: 'Petra Hollmann' },
    ]);
    expect(statements(['„Die Lage ist ernst“, sagte Olaf Brandt gegenüber den Medien.'])).toEqual([
      { kind: 'direct', text: 'Die Lage ist ernst', speaker: 'Olaf Brandt' },
    ]);
    expect(statements(['„Das Gesetz kommt zu spät“, so Brandt.', 'Olaf Brandt leitet den Verband.'])).toEqual([
      { kind: 'direct', text: 'Das Gesetz kommt zu spät', speaker: 'Olaf Brandt' },
    ]);
    // A title before the surname is no given name, written with its stop or without.
    expect(statements(['Dr Brandt leitet den Verband. Prof Brandt lehrt in Köln.', '„Das Gesetz kommt zu spät“, so Brandt.'])).toEqual([
      { kind: 'direct', text: 'Das Gesetz kommt zu spät', speaker: 'Brandt' },
    ]);
  });

  it('leave out the noun before a name, with or without an article, and credit a noun alone to nobody', () => {
    expect(statements(['„Wir nähen Masken selbst“, erzählt der Chef Jonas Weber am Telefon.'])).toEqual([
      { kind: 'direct', text: 'Wir nähen Masken selbst', speaker: 'Jonas Weber' },
    ]);
    expect(statements(['„Der Konzern macht einen Fehler“, sagte Umweltaktivistin Lena Vogt.'])).toEqual([
      { kind: 'direct', text: 'Der Konzern macht einen Fehler', speaker: 'Lena Vogt' },
    ]);
    // A role with its article alone, or a company, is no name read: nobody is credited.
    expect(statements(['„Das ist unkritisch“, sagte der Sprecher.', '„Alle Filialen bleiben offen“, teilte die Deutsche Post mit.']).map(({ speaker }) => speaker)).toEqual([null, null]);
  });

  it('give a pronoun and a quotation continuing in the same paragraph to the speaker just credited', () => {
    expect(statements(['„Die Lage ist ernst“, sagte Olaf Brandt. „Wir reagieren sofort darauf.“', '„Ich hoffe, es wird besser“, sagte er weiter.'])).toEqual([
      { kind: 'direct', text: 'Die Lage ist ernst', speaker: 'Olaf Brandt' },
      { kind: 'direct', text: 'Wir reagieren sofort darauf.', speaker: 'Olaf Brandt' },
      { kind: 'direct', text: 'Ich hoffe, es wird besser', speaker: 'Olaf Brandt' },
    ]);
  });

  it('credit the subject of a verb of saying before the colon that opens the quotation', () => {
    expect(statements(['Auf die Frage nach dem Werk sagte Olaf Brandt am Montag in Köln: „Wir schließen keine Fabrik.“'])).toEqual([
      { kind: 'direct', text: 'Wir schließen keine Fabrik.', speaker: 'Olaf Brandt' },
    ]);
    expect(statements(['Petra Hollmann erklärte: „Die Termine sind verschoben.“'])).toEqual([
      { kind: 'direct', text: 'Die Termine sind verschoben.', speaker: 'Petra Hollmann' },
    ]);
    // A role with its article is no name, as after the closing mark; nor is a colon with no verb of saying before it.
    expect(statements(['Der Sprecher sagte: „Die Fabrik bleibt offen.“', 'Olaf Brandt und die Fabrik: „Die Fabrik bleibt offen, auch morgen.“']).map(({ speaker }) => speaker)).toEqual([null, null]);
  });

  it('give "sagte er" with no one credited before to the one credited person the paragraph names before it', () => {
    expect(
      statements([
        'Olaf Brandt, Sprecher des Verbands, nennt den Vorfall ernst. „Die Firma muss alle Kunden informieren“, sagte er dem Sender.',
        '„Das ist ein Risiko“, sagte Brandt.',
      ]),
    ).toEqual([
      { kind: 'direct', text: 'Die Firma muss alle Kunden informieren', speaker: 'Olaf Brandt' },
      { kind: 'direct', text: 'Das ist ein Risiko', speaker: 'Olaf Brandt' },
    ]);
    // Two credited people named before it: either could be meant, so nobody is.
    expect(
      statements([
        'Olaf Brandt traf Petra Hollmann in Köln. „Die Firma muss alle Kunden informieren“, sagte er dem Sender.',
        '„Das ist ein Risiko“, sagte Brandt. „Wir warten ab“, sagte Hollmann.',
      ])[0]!.speaker,
    ).toBeNull();
  });
});
