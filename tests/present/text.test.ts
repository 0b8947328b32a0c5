import { describe, expect, it } from 'vitest';
import { QUOTES_SHOWN, renderAskText, renderQuoteText, renderSourcesText } from '../../src/present/text.js';
import { askResult, quoteResult, SATELLITES, sourceEntry, statement } from '../discord/results.js';

describe('text replies (console and command line)', () => {
  it('prints an answer with its numbered sources and mode', () => {
    expect(renderAskText(askResult())).toBe(
      [
        'Putin prometió ayudar a Kim a construir satélites [1] y reforzar los lazos bilaterales [2].',
        `Fuentes:\n[1] Putin y Kim, artículo 1 — Agencia EFE, 18 jun 2024\n    ${SATELLITES}\n[2] Cartas entre Putin y Kim\n    Putin, en su mensaje a Kim, también prometió reforzar los lazos bilaterales.`,
        '(Respuesta extractiva)',
      ].join('\n\n'),
    );
  });

  it('prints a reply that cites nothing (no article indexed yet, a refusal without leads) without claiming how it was made', () => {
    expect(renderAskText(askResult({ refused: true, citations: [], answer: 'Todavía no hay artículos indexados.' }))).toBe('Todavía no hay artículos indexados.');
  });

  it('prints statements grouped by article', () => {
    expect(renderQuoteText(quoteResult(), 'en')).toBe(
      [
        'What Vladímir Putin said — 3 statements in 2 articles',
        'Putin viaja a Pyongyang (Jun 18, 2024)\n    “Apoyamos firmemente a Corea del Norte”\n    Reported: viajará pronto a Vietnam (via la agencia KCNA)',
        'Cartas de Año Nuevo (Jan 2, 2024)\n    Reported: reforzará los lazos bilaterales (via una carta)',
      ].join('\n\n'),
    );
  });

  it('shows only the newest statements of a much-quoted actor, saying how many there are', () => {
    const many = Array.from({ length: QUOTES_SHOWN + 5 }, (_, i) => statement({ text: `Declaración número ${i + 1}`, articleId: `a${i}`, title: `Artículo ${i + 1}` }));
    const text = renderQuoteText(quoteResult({ statements: many }), 'en');
    expect(text).toContain('Declaración número 1”');
    expect(text).not.toContain(`Declaración número ${QUOTES_SHOWN + 1}”`);
    expect(text).toContain(`(Showing the first ${QUOTES_SHOWN} of ${QUOTES_SHOWN + 5}, newest articles first.)`);
  });

  it('shows any page of them, and offers the command for the next page while there is one', () => {
    const many = Array.from({ length: 2 * QUOTES_SHOWN + 3 }, (_, i) => statement({ text: `Declaración número ${i + 1}`, articleId: `a${i}`, title: `Artículo ${i + 1}` }));
    const nextPage = (page: number) => `/quote Putin ${page}`;
    const first = renderQuoteText(quoteResult({ statements: many }), 'en', { nextPage });
    expect(first).toContain('Next: /quote Putin 2)');
    const second = renderQuoteText(quoteResult({ statements: many }), 'en', { page: 2, nextPage });
    expect(second).toContain(`Declaración número ${QUOTES_SHOWN + 1}”`);
    expect(second).not.toContain('Declaración número 1”');
    expect(second).toContain(`(Showing ${QUOTES_SHOWN + 1} to ${2 * QUOTES_SHOWN} of ${2 * QUOTES_SHOWN + 3}, newest articles first. Next: /quote Putin 3)`);
    const last = renderQuoteText(quoteResult({ statements: many }), 'es', { page: 99, nextPage });
    expect(last).toContain(`«Declaración número ${2 * QUOTES_SHOWN + 3}»`);
    expect(last).toContain(`(Se muestran de la ${2 * QUOTES_SHOWN + 1} a la ${2 * QUOTES_SHOWN + 3} de ${2 * QUOTES_SHOWN + 3}, de los artículos más recientes a los más antiguos.)`);
    expect(last.split('\n')[0]).toBe('No hay página 99; esta es la 3.');
  });

  it('says so when the page asked for does not exist, as /sources does', () => {
    const few = renderQuoteText(quoteResult(), 'es', { page: 2 });
    expect(few.split('\n')[0]).toBe('No hay página 2; esta es la 1.');
    expect(few).toContain('«Apoyamos firmemente a Corea del Norte»');
    expect(renderQuoteText(quoteResult(), 'es', { page: 1 })).not.toContain('No hay página');
  });

  it('does not call the statements shown of a single article its newest: they are its first, in its order', () => {
    const many = Array.from({ length: QUOTES_SHOWN + 4 }, (_, i) => statement({ text: `Declaración número ${i + 1}`, start: i * 100, end: i * 100 + 50 }));
    const text = renderQuoteText(quoteResult({ statements: many }), 'es');
    expect(text).toContain(`(Se muestran las ${QUOTES_SHOWN} primeras de ${QUOTES_SHOWN + 4}, en el orden del artículo.)`);
    expect(text).not.toMatch(/recientes/u);
  });

  it('says what a query matched: a channel’s statements with their speakers, an acronym beside the name it found', () => {
    const carried = renderQuoteText(quoteResult({ actor: 'KCNA', query: 'KCNA', channel: 'KCNA' }), 'en');
    expect(carried.split('\n')[0]).toMatch(/^Statements carried by KCNA/);
    expect(carried).toContain('Vladímir Putin: “Apoyamos firmemente a Corea del Norte”');
    // A reported line names its speaker once, not as "Vladímir Putin: Reported: …".
    expect(carried).toContain('Vladímir Putin (reported): viajará pronto a Vietnam');
    expect(renderQuoteText(quoteResult({ actor: 'KCNA', query: 'KCNA', channel: 'KCNA' }), 'es')).toContain('Vladímir Putin (en estilo indirecto): viajará pronto a Vietnam');
    expect(renderQuoteText(quoteResult({ query: 'EEUU', resolvedBy: 'acronym' }), 'en').split('\n')[0]).toMatch(/^What Vladímir Putin said \(for “EEUU”\)/);
  });

  it('offers the speakers a country only describes, with the form that matched, instead of taking it for them', () => {
    const text = renderQuoteText(quoteResult({ actor: null, query: 'Rusia', statements: [], suggestions: ['Vladímir Putin'], related: ['Vladímir Putin'], matchedAs: ['presidente de Rusia'] }), 'es');
    expect(text).toContain('«Rusia» no es nadie a quien citen los artículos');
    expect(text).toContain('Vladímir Putin (presidente de Rusia)');
  });

  it('shows a country speaking through its capital and seat of government as such, each line with its speaker, and offers the people it describes', () => {
    const statements = [statement({ speaker: 'Kremlin', text: 'no habrá nuevas sanciones' }), statement({ speaker: 'Moscú', text: 'responderá a cualquier provocación', articleId: 'b', title: 'Frontera' })];
    const text = renderQuoteText(quoteResult({ actor: 'Kremlin', query: 'Rusia', statements, resolvedBy: 'country', related: ['Valentín Orlov'], matchedAs: ['presidente ruso'] }), 'es');
    expect(text.split('\n')[0]).toMatch(/^Declaraciones de «Rusia» \(Kremlin, Moscú\)/);
    expect(text).toContain('Kremlin: ');
    expect(text).toContain('Moscú: ');
    expect(text).toContain('«Rusia» aparece también en cómo describen a: Valentín Orlov (presidente ruso)');
  });

  it('lists the same words of the same speaker once when two articles carry them (a page saved twice, a wire story)', () => {
    const said = 'Apoyamos firmemente a Corea del Norte';
    const statements = [statement({ text: said, articleId: 'a', title: 'Página' }), statement({ text: `${said}\n`, articleId: 'b', title: 'Texto' }), statement({ text: 'Otra frase distinta', articleId: 'b', title: 'Texto' })];
    const text = renderQuoteText(quoteResult({ statements }), 'en');
    expect(text.split(said).length - 1).toBe(1);
    expect(text).toContain('2 statements in 2 articles');
  });

  it('says an actor made only of mentions names nobody, instead of quoting an empty name', () => {
    const text = renderQuoteText(quoteResult({ actor: null, query: '', statements: [], suggestions: [], mostQuoted: ['Vladímir Putin'] }), 'es');
    expect(text).not.toContain('«»');
    expect(text).toContain('no contiene el nombre de ninguna persona');
    expect(text).toContain('Vladímir Putin');
  });

  it('takes an actor typed as control characters for no name, and echoes none of them raw', () => {
    const text = renderQuoteText(quoteResult({ actor: null, query: '\u0000\u0001\u0002', statements: [], suggestions: [], mostQuoted: ['Vladímir Putin'] }), 'es');
    expect(text).toContain('no contiene el nombre de ninguna persona');
    expect(text).not.toMatch(/\p{Cc}/u);
    const typed = renderQuoteText(quoteResult({ actor: null, query: 'Pu\u001b[2Jtin', statements: [], suggestions: [], mostQuoted: [] }), 'es');
    expect(typed).toContain('Pu [2Jtin');
    expect(typed).not.toContain('\u001b');
  });

  it('echoes at most as much of a long actor query as a lookup reads, so a pasted paragraph cannot flood the reply', () => {
    const pasted = 'Putin '.repeat(1000).trim();
    const text = renderQuoteText(quoteResult({ actor: null, query: pasted, statements: [], suggestions: [], mostQuoted: ['Vladímir Putin'] }), 'en');
    expect(text.length).toBeLessThan(400);
    expect(text).toContain('Putin Putin');
    expect(text).toContain('…');
    expect(text).toContain('Vladímir Putin');
  });

  it('shows a quoted fragment inside reported speech once, in its reported line, and counts it once', () => {
    // "Putin calificó el acuerdo de «histórico»": the fragment (60–69) lies inside the reported statement (40–70).
    const reported = statement({ kind: 'indirect', text: 'calificó el acuerdo de “histórico”', start: 40, end: 70 });
    const fragment = statement({ kind: 'direct', text: 'histórico', start: 60, end: 69 });
    const elsewhere = statement({ kind: 'direct', text: 'Apoyamos firmemente a Corea del Norte', start: 100, end: 140 });
    const byAnother = statement({ kind: 'direct', text: 'histórico', start: 60, end: 69, speaker: 'Kim Jong Un' });
    const text = renderQuoteText(quoteResult({ statements: [reported, fragment, elsewhere, byAnother] }), 'en');
    expect(text.split('\n')[0]).toContain('3 statements');
    expect(text.match(/histórico/gu)).toHaveLength(2);
    expect(text).toContain('“Apoyamos firmemente a Corea del Norte”');
  });

  it('prints one page of sources', () => {
    const text = renderSourcesText([sourceEntry(1), sourceEntry(2, { outlet: null, date: null })], 1, 'en');
    expect(text).toBe(
      'Indexed articles — Page 1 of 1 · 2 articles\n1. Artículo número 1\n    Agencia Reuters · by Editor3 · May 2, 2024 · 1,234 words, 12 passages\n2. Artículo número 2\n    undated · 1,234 words, 12 passages',
    );
  });

  it('gives each article\'s id on a line of its own when asked (the CLI, whose show and statements take it), not otherwise', () => {
    const withIds = renderSourcesText([sourceEntry(1), sourceEntry(2)], 1, 'en', { ids: true }).split('\n');
    expect(withIds.filter((line) => line.startsWith('    id: '))).toEqual([`    id: ${sourceEntry(1).id}`, `    id: ${sourceEntry(2).id}`]);
    expect(renderSourcesText([sourceEntry(1)], 1, 'en')).not.toContain('id:');
  });

  it('says a page past the end does not exist and shows the last one', () => {
    const entries = Array.from({ length: 12 }, (_, i) => sourceEntry(i + 1));
    const [note, heading] = renderSourcesText(entries, 7, 'en').split('\n');
    expect(note).toBe('There is no page 7; this is page 2.');
    expect(heading).toBe('Indexed articles — Page 2 of 2 · 12 articles');
    expect(renderSourcesText(entries, 2, 'en').startsWith('Indexed articles')).toBe(true);
  });

  it('names the language of an article in another language than most of the archive, in the reader\'s language', () => {
    const entries = [sourceEntry(1, { language: 'pt' }), sourceEntry(2, { language: 'ja' }), sourceEntry(3, { language: 'en' }), sourceEntry(4, { language: 'es' }), sourceEntry(5, { language: 'es' })];
    const details = (reader: 'es' | 'en') =>
      renderSourcesText(entries, 1, reader)
        .split('\n')
        .filter((line) => line.startsWith('    '));
    const spanish = details('es');
    expect(spanish[0]).toContain(' · portugués · ');
    expect(spanish[1]).toContain(' · japonés · ');
    // An English page among Spanish ones stands out as the Portuguese one does (newcomer 15's M8)…
    expect(spanish[2]).toContain(' · inglés · ');
    // …and an article in the archive's own language is not labelled, whatever the reader's.
    expect(spanish[3]).not.toMatch(/español/u);
    expect(details('en')[2]).toContain(' · English · ');
    expect(details('en')[3]).not.toMatch(/Spanish|español/u);
  });

  it('names an agency that is both the outlet and the only credit once, and an author apart from the outlet beside it', () => {
    const lines = renderSourcesText([sourceEntry(1, { author: 'AGENCIA  reuters' }), sourceEntry(2, { author: 'Ana Ruiz' })], 1, 'es').split('\n');
    expect(lines[2]).toMatch(/^ {4}Agencia Reuters · \d+ may 2024 · /u);
    expect(lines[4]).toMatch(/^ {4}Agencia Reuters · por Ana Ruiz · /u);
  });

  it('labels the author, so that an article with no known outlet never shows its author where the outlet goes', () => {
    const lines = renderSourcesText([sourceEntry(1, { outlet: null, author: 'Alejandra Ruiz Cedillo' }), sourceEntry(2, { outlet: 'La Voz del Somontano', author: null })], 1, 'es').split('\n');
    expect(lines[2]).toMatch(/^ {4}por Alejandra Ruiz Cedillo · \d+ may 2024 · /u);
    expect(lines[4]).toMatch(/^ {4}La Voz del Somontano · \d+ may 2024 · /u);
  });
});
