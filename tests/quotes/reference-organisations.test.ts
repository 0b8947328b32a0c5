/** "the company said", "el ministerio añadió": an organisation's common noun refers to the organisation the article named (issue 16). */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const saidBy = (paragraphs: string[], text: string, language = 'en') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).find((statement) => statement.text.includes(text))?.speaker;

describe('organisation references', () => {
  it('credits "the company said" to the company named before', () => {
    const paragraphs = ['Harbor Shipping Corp. announced layoffs on Tuesday at its two terminals.', 'The company said it would cut 500 jobs before the end of the year.'];
    expect(saidBy(paragraphs, 'cut 500 jobs')).toBe('Harbor Shipping Corp');
  });

  it('credits "the ministry added" to the ministry named before, not to the role as written', () => {
    const paragraphs = ['The Ministry of Health said in a statement that 40 people had died in the floods.', 'The ministry added that the toll could still rise.'];
    expect(saidBy(paragraphs, 'toll could still rise')).toBe('Ministry of Health');
  });

  it('reads "la empresa" in Spanish as the company named before', () => {
    const paragraphs = ['El Grupo Transnorte presentó sus cuentas el lunes.', 'La empresa informó que cerrará dos talleres en Burgos.'];
    expect(saidBy(paragraphs, 'cerrará dos talleres', 'es')).toBe('Grupo Transnorte');
  });

  it('never gives "the company" to the person holding a longer title it begins ("company spokeswoman")', () => {
    const paragraphs = ['Linda Hart, a company spokeswoman, declined to comment on the plan.', 'The company said the plant would stay open.'];
    expect(saidBy(paragraphs, 'plant would stay open')).not.toBe('Linda Hart');
  });

  it('leaves "the company" as written when no company was named, rather than guess another organisation', () => {
    const paragraphs = ['The Public Utilities Commission opened an inquiry on Monday.', 'The company said the outages were caused by the storm.'];
    expect(saidBy(paragraphs, 'outages were caused')).toBe('Company');
  });
});
