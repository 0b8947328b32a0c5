/** German organisations as speakers: a body's noun, a noun and a name, a spokesperson, "laut" and "nach Angaben" (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const statements = (paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language: 'de' }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('German organisations as speakers', () => {
  it('credits a noun that names a body, and the name after a noun of a kind of body', () => {
    expect(statements(['Das Bundesinnenministerium teilte mit, man prüfe den Fall.', 'Die Stadtverwaltung Leipzig sagte auf Anfrage, dass die Straße gesperrt bleibe.'])).toEqual([
      { kind: 'indirect', text: 'man prüfe den Fall', speaker: 'Bundesinnenministerium' },
      { kind: 'indirect', text: 'dass die Straße gesperrt bleibe', speaker: 'Stadtverwaltung Leipzig' },
    ]);
    // The name after a noun: a kind of body's alone, or any noun's when the article writes the name without an article too.
    expect(statements(['Der Autobauer Volkswagen erklärte, man habe die Produktion gestoppt.', 'Der Radiosender Antenne Nord berichtete, es gebe Staus auf der Autobahn.', 'Antenne Nord meldet das seit Jahren.'])).toEqual([
      { kind: 'indirect', text: 'man habe die Produktion gestoppt', speaker: 'Volkswagen' },
      { kind: 'indirect', text: 'es gebe Staus auf der Autobahn', speaker: 'Antenne Nord' },
    ]);
    // A noun that names no body stays uncredited.
    expect(statements(['Der Mann erklärte, er habe nichts gesehen.'])).toEqual([{ kind: 'indirect', text: 'er habe nichts gesehen', speaker: null }]);
  });

  it('gives a spokesperson’s words to their organisation: named in the phrase, by the kind in the noun, or credited right before', () => {
    expect(statements(['„Wir prüfen den Fall“, sagte eine Sprecherin des Innenministeriums.'])).toEqual([{ kind: 'direct', text: 'Wir prüfen den Fall', speaker: 'Innenministerium' }]);
    expect(statements(['Der Hersteller Miele hat neue Geräte vorgestellt. „Wir sind zufrieden“, sagte ein Sprecher des Unternehmens.'])).toEqual([
      { kind: 'direct', text: 'Wir sind zufrieden', speaker: 'Miele' },
    ]);
    expect(statements(['Der Modekonzern Lindhorst ist seit Montag offline. Lindhorst erklärte, man suche nach einer Lösung.', 'Es gebe keine Hinweise auf einen Angriff, so ein Sprecher.', 'Man habe die Kunden informiert, teilte der Konzern-Sprecher weiter mit.'])).toEqual([
      { kind: 'indirect', text: 'man suche nach einer Lösung', speaker: 'Lindhorst' },
      { kind: 'indirect', text: 'Es gebe keine Hinweise auf einen Angriff', speaker: 'Lindhorst' },
      { kind: 'indirect', text: 'Man habe die Kunden informiert', speaker: 'Lindhorst' },
    ]);
    // After a person, or with no body named at all, a spokesperson credits nobody.
    expect(statements(['„Wir warten ab“, sagte Olaf Brandt. „Wir prüfen den Fall“, so ein Sprecher.', 'Es handle sich um einen Fehler, teilte ein Sprecher mit.'])).toEqual([
      { kind: 'direct', text: 'Wir warten ab', speaker: 'Olaf Brandt' },
      { kind: 'direct', text: 'Wir prüfen den Fall', speaker: null },
      { kind: 'indirect', text: 'Es handle sich um einen Fehler', speaker: null },
    ]);
  });

  it('reads "laut X" and "nach Angaben des X" as X’s report, in any mood, and the Konjunktiv after it as going on', () => {
    expect(statements(['Laut dem Gesundheitsministerium sind 300 Menschen erkrankt.', 'Die Angreifer konnten nach Angaben des Konzerns Siemens keine Daten kopieren. Die Fabrik in Erlangen sei nicht betroffen.'])).toEqual([
      { kind: 'indirect', text: 'sind 300 Menschen erkrankt', speaker: 'Gesundheitsministerium' },
      { kind: 'indirect', text: 'Die Angreifer konnten nach Angaben des Konzerns Siemens keine Daten kopieren', speaker: 'Siemens' },
      { kind: 'indirect', text: 'Die Fabrik in Erlangen sei nicht betroffen', speaker: 'Siemens' },
    ]);
    // A source that is no one: a common noun, or the subject's own account.
    expect(statements(['Laut Gesetz muss die Firma zahlen.', 'Nach eigenen Angaben kaufte er die Daten.'])).toEqual([]);
  });

  it('credits "hieß es in einer Erklärung" to the body whose statement it is, or to the body the paragraph named', () => {
    expect(statements(['„Wir handeln nach Recht und Gesetz“, hieß es in einer Erklärung des Bundesinnenministeriums.', '„Die Werke bleiben offen“, hieß es in einer Mitteilung von Merian.'])).toEqual([
      { kind: 'direct', text: 'Wir handeln nach Recht und Gesetz', speaker: 'Bundesinnenministerium' },
      { kind: 'direct', text: 'Die Werke bleiben offen', speaker: 'Merian' },
    ]);
    expect(statements(['Das Verkehrsministerium wies die Vorwürfe am Montag zurück. „Die Brücke ist sicher“, hieß es in einer Erklärung.'])).toEqual([
      { kind: 'direct', text: 'Die Brücke ist sicher', speaker: 'Verkehrsministerium' },
    ]);
    // "hieß es" alone, or after a person, credits nobody.
    expect(statements(['Der Minister Olaf Brandt sprach am Montag. „Die Brücke ist sicher“, hieß es in einer Erklärung.', '„Die Brücke ist sicher“, hieß es.'])).toEqual([
      { kind: 'direct', text: 'Die Brücke ist sicher', speaker: null },
      { kind: 'direct', text: 'Die Brücke ist sicher', speaker: null },
    ]);
  });

  it('continues a statement in the next paragraph only with the paragraph’s first sentence', () => {
    const paragraphs = ['„Wir warten ab“, hieß es in einer Erklärung des Verkehrsministeriums.', 'Der Sender Antenne Nord ist skeptischer. Die Brücke könne jederzeit einstürzen.'];
    expect(statements(paragraphs)).toEqual([{ kind: 'direct', text: 'Wir warten ab', speaker: 'Verkehrsministerium' }]);
  });
});
