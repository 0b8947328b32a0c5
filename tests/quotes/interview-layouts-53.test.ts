/**
 * Interviews set out as question lines and answer paragraphs (issue 16, stop 53): bold questions in Markdown (plain
 * question lines once rendered), "P./R.", "Pregunta/Respuesta", "Q:/A:", "Surname: answer" and dash answers after a
 * question, credited to the one the lead or headline says was interviewed. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es', title = 'Prueba') =>
  extractStatements(articleFromParagraphs({ id: 'test', title, date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('answers after question lines, credited to the interviewee the lead names', () => {
  it('reads answers after bold questions (plain question lines once rendered)', () => {
    expect(found([
      'Entrevista a Olga Maldonado Ríos, directora del hospital de Tafí.',
      '¿Cuántas camas faltan?',
      'Unas sesenta. La guardia atiende en los pasillos desde julio.',
      '¿Cuándo llega el equipamiento?',
      'Los monitores llegan en marzo, si no hay demoras.',
    ])).toEqual([
      { kind: 'direct', text: 'Unas sesenta. La guardia atiende en los pasillos desde julio.', speaker: 'Olga Maldonado Ríos' },
      { kind: 'direct', text: 'Los monitores llegan en marzo, si no hay demoras.', speaker: 'Olga Maldonado Ríos' },
    ]);
  });

  it('reads a lead that opens a sentence with the conversation ("Hablamos con ella…") as marking an interview', () => {
    const answers = found([
      'La ingeniera Marta Quiroga Vélez dirige desde 2020 el instituto de aguas de la región. Hablamos con ella en su laboratorio.',
      '—¿Cuánto ha bajado el caudal este año?',
      '—Casi un tercio. Nunca lo habíamos visto tan bajo en febrero.',
      '—¿Qué le pide al Gobierno?',
      '—Que prohíba las captaciones ilegales de agua.',
    ]);
    expect(answers.map(({ speaker }) => speaker)).toEqual(['Marta Quiroga Vélez', 'Marta Quiroga Vélez']);
    // A capitalised name that merely begins like such a verb ("Charles") marks nothing.
    expect(found([
      'Charles Ibáñez Sotelo dirige desde 2020 el instituto de aguas de la región.',
      '—¿Cuánto ha bajado el caudal este año?',
      '—Casi un tercio. Nunca lo habíamos visto tan bajo en febrero.',
    ]).every(({ speaker }) => speaker === null)).toBe(true);
  });

  it('drops the P./R. and Pregunta/Respuesta labels and finds the one person the lead names', () => {
    expect(found([
      'El fiscal Gonzalo Irurzun atendió a este diario en su despacho de Mendoza.',
      'P. ¿Cuántas denuncias recibió?',
      'R. Más de doscientas, la mitad por estafas telefónicas.',
      'P. ¿Hay detenidos?',
      'R. Cuatro, todos del mismo call center.',
    ]).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['Más de doscientas, la mitad por estafas telefónicas.', 'Gonzalo Irurzun'],
      ['Cuatro, todos del mismo call center.', 'Gonzalo Irurzun'],
    ]);
    expect(found([
      'La decana de Agronomía, Mirta Echagüe, respondió las preguntas de los estudiantes.',
      'Pregunta: ¿Se abre la inscripción en febrero?',
      'Respuesta: Sí, del 3 al 14, por la web.',
      'Pregunta: ¿Y el comedor?',
      'Respuesta: Abre en marzo con precios congelados.',
    ]).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['Sí, del 3 al 14, por la web.', 'Mirta Echagüe'],
      ['Abre en marzo con precios congelados.', 'Mirta Echagüe'],
    ]);
  });

  it('gives a "Surname:" answer to the person its label names', () => {
    expect(found([
      'Conversamos con el ciclista Joaquín Arrieta antes de la vuelta a San Juan.',
      '¿Cómo llegás a la carrera?',
      'Arrieta: Con muchos kilómetros encima y sin dolores.',
      '¿A quién temés?',
      'Arrieta: A los colombianos, que suben como nadie.',
    ]).map(({ text, speaker }) => [text, speaker])).toEqual([
      ['Con muchos kilómetros encima y sin dolores.', 'Joaquín Arrieta'],
      ['A los colombianos, que suben como nadie.', 'Joaquín Arrieta'],
    ]);
  });

  it('reads dash answers after question lines, and the interviewee the headline names', () => {
    expect(found([
      'La titular de la cooperativa atiende en un galpón de la ruta 9.',
      '¿Cuánta leche reciben por día?',
      '—Unos ochenta mil litros, la mitad que hace dos años.',
      '¿Por qué cayó?',
      '—Cerraron doce tambos por la sequía.',
    ], 'es', 'Entrevista a Norma Quintana: "Cerraron doce tambos"').map(({ text, speaker }) => [text, speaker])).toEqual([
      ['Unos ochenta mil litros, la mitad que hace dos años.', 'Norma Quintana'],
      ['Cerraron doce tambos por la sequía.', 'Norma Quintana'],
    ]);
  });

  it('credits a dialogue-dash interview to the one the headline says was interviewed', () => {
    expect(found([
      'El dueño de la fábrica de alfajores recibe a los periodistas entre cajas de dulce de leche.',
      '—¿Van a exportar?',
      '—A Chile y a Uruguay, desde abril.',
    ], 'es', 'Entrevista a Rubén Sagasti: "Vamos a exportar"').map(({ text, speaker }) => [text, speaker])).toEqual([['A Chile y a Uruguay, desde abril.', 'Rubén Sagasti']]);
  });

  it('reads an English Q:/A: interview and bold questions', () => {
    expect(found([
      'Fire chief Daniel Mbeki spoke to us after the council meeting.',
      'How many stations will close?',
      'Two, unless the county restores the grant.',
      'Q: What happens to response times?',
      'A: They will double in the northern suburbs.',
    ], 'en').map(({ text, speaker }) => [text, speaker])).toEqual([
      ['Two, unless the county restores the grant.', 'Daniel Mbeki'],
      ['They will double in the northern suburbs.', 'Daniel Mbeki'],
    ]);
  });
});

describe('question lines that are no interview', () => {
  it('credits nobody in an explainer with question headings, even when its lead names a person', () => {
    expect(found([
      'El municipio de Tandil, que dirige Mariano Oyarzábal, cambió el horario del estacionamiento medido.',
      '¿Desde cuándo rige?',
      'Desde el lunes 4, en todo el microcentro.',
      '¿Cuánto cuesta la hora?',
      'Ochocientos pesos, con la aplicación municipal.',
    ])).toEqual([]);
  });

  it('credits no label that is not a person ("Fecha: …")', () => {
    expect(found([
      'Conversamos con la directora Inés Lobato sobre el calendario escolar.',
      '¿Cuándo empiezan las vacaciones?',
      'Receso: del 15 al 26 de julio.',
      '¿Y las clases?',
      'Inicio: 2 de marzo.',
    ])).toEqual([]);
  });
});
