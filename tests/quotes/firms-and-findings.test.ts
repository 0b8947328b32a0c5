/**
 * A firm's name ending in its abbreviated legal form ("Acme Inc.", "Vega y Cía.", written without its dot), findings
 * reported with "found that", a document whose maker follows "by", and a view shared or voiced ("compartió su visión de
 * que…"), on sentences written for them (issue 16: companies, press releases and research findings as speakers).
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraph: string, language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Test', date: '2024-01-01', language }, [paragraph])).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('firms, findings and their makers', () => {
  it("reads an abbreviated legal form as the firm's name's last word", () => {
    expect(found('"We will appeal the fine," Norvale Freight Inc. said in a statement.')).toEqual([
      { kind: 'direct', text: 'We will appeal the fine', speaker: 'Norvale Freight Inc' },
    ]);
    expect(found('Norvale Freight Ltd. said it would appeal the fine.')).toEqual([
      { kind: 'indirect', text: 'it would appeal the fine', speaker: 'Norvale Freight Ltd' },
    ]);
  });

  it('reports what researchers or a study found, not what anyone found lying about', () => {
    expect(found('Researchers at the clinic found that the new dressing halved infections.')).toEqual([
      { kind: 'indirect', text: 'the new dressing halved infections', speaker: 'Researchers at the clinic' },
    ]);
    expect(found('The new dressing halved infections, the authors found.').map((statement) => statement.text)).toEqual(['The new dressing halved infections']);
    expect(found('Divers found the wreck off the cape in 1998.')).toEqual([]);
    expect(found('The jury found the driver guilty of fraud.')).toEqual([]);
  });

  it('credits a study to whom it is by', () => {
    expect(found('A study by the Harbour Institute found that the channel was silting up.')).toEqual([
      { kind: 'indirect', text: 'the channel was silting up', speaker: 'Harbour Institute' },
    ]);
  });

  it("reports the content of a view its holder shares or voices", () => {
    expect(found('La capitana Olga Brandt compartió su visión de que el puerto necesita otro muelle.', 'es')).toEqual([
      { kind: 'indirect', text: 'el puerto necesita otro muelle', speaker: 'Olga Brandt' },
    ]);
    expect(found('Captain Olga Brandt voiced her concern that the harbour needs another pier.')).toEqual([
      { kind: 'indirect', text: 'the harbour needs another pier', speaker: 'Olga Brandt' },
    ]);
    expect(found('Captain Olga Brandt shared her sandwiches with the crew.')).toEqual([]);
  });
});
