/** Speaker reference (issue 16): "the company said" → the company named; "According to her," "A su juicio," → whom the article quoted; a titled name without its home place. */
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

  it('credits "the company" to a one-word name nobody introduced as a person, the nearest named as a subject', () => {
    expect(saidBy(['Veltora cut 2,000 jobs on Monday.', 'The company said the plant in Ohio would open next year.'], 'plant in Ohio')).toBe('Veltora');
    expect(saidBy(['Almirall anunció el lunes un recorte de empleo.', 'La empresa indicó que la planta abrirá el próximo año.'], 'la planta abrirá', 'es')).toBe('Almirall');
    // A surname of someone named in full, or a country, is nobody's company.
    expect(saidBy(['John Dunn met the workers on Monday. Dunn left early.', 'The company said the plant in Ohio would open next year.'], 'plant in Ohio')).toBe('Company');
    expect(saidBy(['Ukraine cut gas supplies on Monday.', 'The company said the plant in Ohio would open next year.'], 'plant in Ohio')).toBe('Company');
  });

  it('leaves "the company" as written when no company was named, rather than guess another organisation', () => {
    const paragraphs = ['The Public Utilities Commission opened an inquiry on Monday.', 'The company said the outages were caused by the storm.'];
    expect(saidBy(paragraphs, 'outages were caused')).toBe('Company');
  });
});

describe('views and places', () => {
  it('credits "According to her," "A su juicio," "En su opinión," to whom the article was quoting', () => {
    expect(saidBy(['Dr. Lisa Grant, an economist at Yale, has studied wages for years.', 'According to her, wages have stagnated for a decade.'], 'wages have stagnated')).toBe('Lisa Grant');
    expect(saidBy(['La alcaldesa de Valencia, María José Catalá, presentó el plan.', 'A su juicio, las obras terminarán en 2026.'], 'las obras terminarán', 'es')).toBe('María José Catalá');
    expect(saidBy(['La alcaldesa de Valencia, María José Catalá, presentó el plan.', 'En su opinión, las obras terminarán en 2026.'], 'las obras terminarán', 'es')).toBe('María José Catalá');
  });

  it('leaves the place a titled person represents out of the name ("Senator Amy Klobuchar of Minnesota")', () => {
    expect(saidBy(['Senator Amy Klobuchar of Minnesota spoke first.', '“We cannot wait any longer,” the senator said.'], 'cannot wait')).toBe('Amy Klobuchar');
  });
});

describe('named spokespersons and titled colon lead-ins', () => {
  it('reads "El portavoz del Gobierno, Pilar Alegría," as her title, so "la portavoz" later is her', () => {
    const paragraphs = ['El portavoz del Gobierno, Pilar Alegría, compareció tras el Consejo de Ministros.', '«No habrá subida de impuestos», declaró a los medios la portavoz.'];
    expect(saidBy(paragraphs, 'No habrá subida', 'es')).toBe('Pilar Alegría');
  });

  it('hands a colon quotation to a subject named after an honorific ("Mr. Powers, the engineer, put it bluntly: …")', () => {
    expect(saidBy(['Mr. Powers, the engineer, put it bluntly: “They saw it coming and did nothing.”'], 'They saw it coming')).toBe('Powers');
  });
});
