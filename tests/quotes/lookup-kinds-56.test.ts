/**
 * /quote look-ups of stop 56's alias kinds (issue 16), on sentences written for them.
 */
import { describe, expect, it } from 'vitest';
import { quoteBookOf as bookOf } from '../fixtures/quotes/load.js';

const speakerOf = (book: ReturnType<typeof bookOf>, query: string) => book.lookup(query).actor;

describe('an organisation defined with its acronym in brackets', () => {
  it('is found by the acronym, the full name and the words after its generic noun, in Spanish', () => {
    const book = bookOf('es', [
      'La Cooperativa Lechera del Altiplano (Colealt) denunció este lunes que el precio de la leche cayó un 12 %.',
      '"No podemos seguir produciendo a pérdida", señaló la Colealt en un comunicado.',
      'La Naviera Andina del Sur (NAS) anunció que suspenderá sus rutas hasta marzo.',
      'Según la NAS, el puerto no ofrece garantías de seguridad.',
      'Transportes Sierra Dorada aseguró que mantendrá los precios de los pasajes.',
    ]);
    for (const query of ['Colealt', 'COLEALT', 'Cooperativa Lechera del Altiplano', 'Lechera del Altiplano']) expect(speakerOf(book, query)).toBe('Cooperativa Lechera del Altiplano');
    for (const query of ['NAS', 'Naviera Andina del Sur', 'Andina del Sur', 'la naviera']) expect(speakerOf(book, query)).toBe('Naviera Andina del Sur');
    for (const query of ['Sierra Dorada', 'Transportes Sierra Dorada']) expect(speakerOf(book, query)).toBe('Transportes Sierra Dorada');
  });

  it('is found by either form in English', () => {
    const book = bookOf('en', [
      'The National Rail Safety Board (NRSB) said on Tuesday that a cracked axle caused the derailment.',
      '"The inspection regime failed," the NRSB said in its report.',
      'Harbor Freight Alliance (HFA) warned that fees would rise.',
    ]);
    for (const query of ['NRSB', 'National Rail Safety Board', 'Rail Safety Board']) expect(speakerOf(book, query)).toBe('National Rail Safety Board');
    for (const query of ['HFA', 'Harbor Freight Alliance']) expect(speakerOf(book, query)).toBe('Harbor Freight Alliance');
  });
});

describe('an office by another noun of the same language', () => {
  it('finds the mayor by the other nouns for a mayor, in either gender', () => {
    const book = bookOf('es', [
      'La intendenta Carolina Peralta afirmó que las obras terminarán en abril.',
      'El alcalde de Villa Serena, Raúl Ocampo, dijo que no habrá nuevos impuestos.',
    ]);
    for (const query of ['la jefa comunal', 'la intendenta', 'la alcaldesa']) expect(speakerOf(book, query)).toBe('Carolina Peralta');
    for (const query of ['el burgomaestre', 'el jefe comunal', 'el intendente', 'el alcalde']) expect(speakerOf(book, query)).toBe('Raúl Ocampo');
    const other = bookOf('es', ['El burgomaestre de San Isidro, Luis Vela, anunció un plan de limpieza.', 'La jefa comunal de Pilar, Inés Soto, afirmó que no habrá aumentos.']);
    for (const query of ['el alcalde', 'el intendente']) expect(speakerOf(other, query)).toBe('Luis Vela');
    for (const query of ['la alcaldesa', 'la intendenta']) expect(speakerOf(other, query)).toBe('Inés Soto');
  });

  it('finds the coach by the other nouns for a coach', () => {
    const book = bookOf('es', [
      'El entrenador de Atlético Ribera, Mauro Sosa, aseguró que el equipo "jugó su mejor partido del año".',
      'La entrenadora de Deportivo Lanús, Marta Ríos, dijo que el título "es de todas".',
    ]);
    for (const query of ['el técnico', 'el director técnico', 'el entrenador', 'el profe']) expect(speakerOf(book, query)).toBe('Mauro Sosa');
    for (const query of ['la técnica', 'la directora técnica']) expect(speakerOf(book, query)).toBe('Marta Ríos');
    // "DT" has one form for both: with a coach of each, it offers both.
    expect(book.lookup('el DT').candidates).toEqual(expect.arrayContaining(['Mauro Sosa', 'Marta Ríos']));
    expect(speakerOf(bookOf('es', ['El entrenador Tomás Vera dijo que el equipo está listo.']), 'el DT')).toBe('Tomás Vera');
  });

  it("finds a company's head by the other nouns for it, in English", () => {
    const book = bookOf('en', [
      'Marcus Hale, the chief executive of Brightwater Foods, said sales had doubled.',
      '"We are hiring again," Hale said.',
    ]);
    for (const query of ['the CEO', 'the chief executive', 'the boss', 'chief executive officer']) expect(speakerOf(book, query)).toBe('Marcus Hale');
    const other = bookOf('en', ['Brightwater CEO Nadia Kerr said the plant would close.']);
    for (const query of ['the chief executive', 'the CEO', 'the boss']) expect(speakerOf(other, query)).toBe('Nadia Kerr');
  });

  it('finds nobody by a noun of another office', () => {
    const book = bookOf('es', ['El entrenador Tomás Vera dijo que el equipo está listo.']);
    for (const query of ['el alcalde', 'la técnica', 'the CEO']) expect(speakerOf(book, query)).toBeNull();
  });
});

describe('an office the article gives only as a predicate', () => {
  it('finds the holder by it, in Spanish', () => {
    const book = bookOf('es', [
      'Lorena Vidal será la próxima gobernadora de la provincia tras imponerse en la segunda vuelta.',
      'Vidal aseguró que gobernará "para todos".',
      'Andrés Molina, que asumió como alcalde en 2020, dijo que apoyará el plan.',
      'Tomás Ibarra fue elegido presidente del club en marzo y afirmó que saneará las cuentas.',
    ]);
    for (const query of ['la gobernadora', 'la próxima gobernadora']) expect(speakerOf(book, query)).toBe('Lorena Vidal');
    expect(speakerOf(book, 'el alcalde')).toBe('Andrés Molina');
    expect(speakerOf(book, 'el presidente del club')).toBe('Tomás Ibarra');
  });

  it('reads the adjectives Spanish puts after the office, and other verbs of taking office', () => {
    const book = bookOf('es', [
      'La independiente Ana Roca será la nueva gobernadora regional de Valle Alto.',
      '"Gobernaré para todos", dijo Roca.',
      'Luis Paz es el presidente ejecutivo de Minera Sur y aseguró que invertirán 300 millones.',
      'Marta Gil, quien juró como ministra de Salud el lunes, dijo que la campaña empezará en mayo.',
    ]);
    for (const query of ['la gobernadora regional', 'la gobernadora']) expect(speakerOf(book, query)).toBe('Ana Roca');
    expect(speakerOf(book, 'el presidente ejecutivo')).toBe('Luis Paz');
    expect(speakerOf(book, 'la ministra de Salud')).toBe('Marta Gil');
  });

  it('finds the holder by it, in English', () => {
    const book = bookOf('en', [
      'Dana Whitlock, who became mayor in 2019, said the budget was balanced.',
      'Peter Osei was named head coach last month. "We start from zero," Osei said.',
      'Ruth Amari, who took over as chair of the board in June, said the merger was off.',
    ]);
    expect(speakerOf(book, 'the mayor')).toBe('Dana Whitlock');
    for (const query of ['the head coach', 'the coach']) expect(speakerOf(book, query)).toBe('Peter Osei');
    expect(speakerOf(book, 'the chair')).toBe('Ruth Amari');
  });

  it('reads no office after a negation or a verb of another kind', () => {
    const book = bookOf('es', ['Lorena Vidal no será la próxima gobernadora, dijo Vidal.', 'Pedro Sanz visitó al alcalde y dijo que todo va bien.']);
    expect(speakerOf(book, 'la gobernadora')).toBeNull();
    expect(speakerOf(book, 'el alcalde')).toBeNull();
  });
});

describe('a description before a name with a complement of proper names', () => {
  it('finds the person by the description and by its noun alone', () => {
    const book = bookOf('es', [
      'Para el politólogo de la Universidad del Sur Ignacio Pizarro, la elección "fue un aviso".',
      'La bióloga del Instituto Marino Austral Carla Jofré explicó que la marea roja se extiende.',
      'Según el sociólogo del Conicet Martín Lugo, la pobreza subió dos puntos.',
    ]);
    for (const query of ['el politólogo', 'politólogo de la Universidad del Sur']) expect(speakerOf(book, query)).toBe('Ignacio Pizarro');
    for (const query of ['la bióloga', 'la bióloga del Instituto Marino Austral']) expect(speakerOf(book, query)).toBe('Carla Jofré');
    for (const query of ['el sociólogo', 'el sociólogo del Conicet']) expect(speakerOf(book, query)).toBe('Martín Lugo');
  });
});
