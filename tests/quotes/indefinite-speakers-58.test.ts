/**
 * A speaker introduced by an indefinite noun phrase with its modifiers before the verb (issue 16, stop 58): "A welder
 * said…", "A nurse who asked not to be named said…", "Un pescador que vio el naufragio contó que…". English "a" opens
 * an anonymous speaker as "an", "un", "una" do, before a singular noun for a person; a thing ("A new poll found…") and
 * a gerund describing an opening adjunct's noun ("At a briefing announcing the cuts, a reporter asked…") are no one's
 * words. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const statements = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('an anonymous speaker named by an indefinite noun phrase', () => {
  const cases: Array<[string, string, string, string]> = [
    ['en', 'A nurse who asked not to be named said the ward had been short-staffed for weeks.', 'Nurse', 'the ward had been short-staffed for weeks'],
    ['en', 'A welder at the shipyard told reporters that the cranes had been idle since March.', 'Welder at the shipyard', 'the cranes had been idle since March'],
    ['en', 'A delivery driver who was stuck in the queue said that nobody had warned them.', 'Delivery driver', 'nobody had warned them'],
    ['en', 'A teacher at the school, who declined to give her name, said classes would resume on Monday.', 'Teacher at the school', 'classes would resume on Monday'],
    ['en', 'A retired fisherman who watched the rescue from the pier said the waves were higher than the harbour wall.', 'Retired fisherman', 'the waves were higher than the harbour wall'],
    ['es', 'Un pescador de 60 años que presenció el naufragio desde el muelle contó que las olas superaban los tres metros.', 'Un pescador de 60 años', 'las olas superaban los tres metros'],
    ['es', 'Una maestra de la escuela, que prefirió no dar su nombre, dijo que las clases se reanudarán el lunes.', 'Una maestra de la escuela', 'las clases se reanudarán el lunes'],
  ];
  for (const [language, sentence, speaker, words] of cases) {
    it(`credits the phrase: ${sentence.slice(0, 70)}`, () => {
      expect(statements(language, [sentence])).toContainEqual({ kind: 'indirect', text: words, speaker });
    });
  }

  it('credits no thing and no adjunct with words', () => {
    expect(statements('en', ['A new county poll found that support for the levy had fallen to 41%.']).map(({ speaker }) => speaker)).not.toContain('New county poll');
    const briefing = statements('en', ['At a briefing announcing the cuts, a reporter asked the mayor, “Who decided this?”']);
    expect(briefing.filter(({ kind }) => kind === 'indirect')).toEqual([]);
  });
});
