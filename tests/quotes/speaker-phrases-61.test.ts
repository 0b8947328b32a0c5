/**
 * The speaker phrase of stop 61's kinds (issue 16), each on sentences of our own: who a statement's speaker is when the
 * sentence names them by a construction around the noun phrase rather than as the subject of the verb of saying.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { extractStatements } from '../../src/quotes/extract.js';

const pairs = (language: string, paragraphs: string[]) =>
  extractStatements(articleFromParagraphs({ id: 'a', title: 'Nota', date: '2024-05-01', language }, paragraphs)).map((statement) => [statement.text, statement.speaker]);

describe('"For <name>," opens the view of someone quoted before: the next "he claims" is theirs', () => {
  it('the pronoun after the view is the view holder, not the speaker quoted last', () => {
    expect(pairs('en', [
      '“The sky was white for weeks,” Peter Lind says. “The lake froze early,” Maria Olsen recalls. For Lind, the hardest part of the winter was not the cold but the dark afternoons. “You stop seeing anyone after three,” he claims.',
    ])).toEqual([
      ['The sky was white for weeks', 'Peter Lind'],
      ['The lake froze early', 'Maria Olsen'],
      ['You stop seeing anyone after three', 'Peter Lind'],
    ]);
    expect(pairs('en', [
      '“We sold every ticket,” said Dana Whitfield, the festival’s director. “The rain never came,” Tom Aker added.',
      'For Whitfield, the real test will be next year, when the grant runs out. “Nobody will fund a second one on goodwill,” she argues.',
    ]).at(-1)).toEqual(['Nobody will fund a second one on goodwill', 'Dana Whitfield']);
  });
  it('a body after "For" is no view holder a personal pronoun takes up', () => {
    expect(pairs('en', [
      '“The sky was white for weeks,” Peter Lind says. Nordic Ferries runs the crossing. “The lake froze early,” Maria Olsen recalls. For Nordic Ferries, the hardest part was the ice. For Lind, the worst was the dark. “We lost a month,” he says.',
    ]).at(-1)).toEqual(['We lost a month', 'Peter Lind']);
  });
});

describe('a stretch that is no noun phrase names no speaker', () => {
  it('a phrase cut at a possessive whose noun comes after it ("an explanation for X\'s alleged…") is nobody', () => {
    const statements = pairs('en', [
      'Ruth Kane has an explanation for Tom Bell\'s alleged meddling in the 2022 council vote: The mayor has feared the unions for years, ever since they blocked his first budget.',
    ]);
    expect(statements.filter(([, speaker]) => typeof speaker === 'string' && /explanation/iu.test(speaker))).toEqual([]);
  });
  it('a measure of time before "después"/"later" opening the sentence is an adverbial, never the speaker', () => {
    const spanish = pairs('es', [
      '«Me voy con la cabeza alta», dijo Ramiro Solís tras la derrota. Minutos después, el club difundió un comunicado en su web: «El Deportivo Norte agradece su entrega».',
    ]);
    const english = pairs('en', [
      '“I leave with my head held high,” Ray Dunn said after the defeat. Two hours later, the club issued a statement on its website: “The Harbor Hawks thank him for four seasons.”',
    ]);
    expect([...spanish, ...english].map(([, speaker]) => speaker).filter((speaker) => typeof speaker === 'string' && /minutos|hours/iu.test(speaker))).toEqual([]);
    expect(spanish[0]).toEqual(['Me voy con la cabeza alta', 'Ramiro Solís']);
  });
});

describe('a body\'s name the speaker phrase used to cut inside', () => {
  it('a name that lists the fields of a ministry or department between commas is one speaker, before or after the verb; people listed after a body are none of its fields', () => {
    expect(pairs('es', ['El Ministerio de Trabajo, Migraciones y Seguridad Social informó que el subsidio se pagará en abril.']))
      .toEqual([['el subsidio se pagará en abril', 'Ministerio de Trabajo, Migraciones y Seguridad Social']]);
    expect(pairs('es', ['El subsidio se pagará en abril, según indicó el Ministerio de Ciencia, Innovación y Universidades.']).map(([, speaker]) => speaker))
      .toEqual(['Ministerio de Ciencia, Innovación y Universidades']);
    expect(pairs('en', ['The Department for Business, Energy and Industrial Strategy said the loans would open in May.']))
      .toEqual([['the loans would open in May', 'Department for Business, Energy and Industrial Strategy']]);
    // People listed after a body are not one of its fields.
    expect(pairs('es', ['El Ministerio de Salud, Ana Ruiz y Pedro Gil firmaron el acuerdo. Ruiz dijo que habrá más fondos.']).map(([, speaker]) => speaker)).toEqual(['Ana Ruiz']);
  });
  it('a broadcaster named by its channel number keeps the number ("Canal 8", "Channel 9")', () => {
    expect(pairs('es', ['El oficialista Canal 8 difundió un video en el que acusó al alcalde de "traicionar a la ciudad".']).map(([, speaker]) => speaker))
      .toEqual(['Canal 8', 'Canal 8']);
    expect(pairs('en', ['Channel 9 reported that the bridge would close on Monday.'])).toEqual([['the bridge would close on Monday', 'Channel 9']]);
  });
});
