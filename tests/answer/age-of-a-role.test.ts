/**
 * An age question that names someone by a role ("¿Cuántos años tiene la nueva directora del museo?") is answered by the
 * sentence that gives their age, though it names them only by their surname or a definite noun a paragraph after the lead
 * that names them in full ("Ferrándiz, de 47 años, …", "El técnico, nacido en Tolosa hace 52 años, …"); not by a number of
 * years that tells how long someone did something ("se jubila tras veinte años al frente del museo"). Articles and
 * questions written for the test.
 */
import { describe, expect, it } from 'vitest';
import { carriesAge } from '../../src/answer/answer-type.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const ask = askOf(
  await libraryOf([
    articleFromParagraphs({ id: 'museo', title: 'El Museo de Bellas Artes de Zamora estrena dirección', date: '2026-05-12', language: 'es' }, [
      'El patronato del Museo de Bellas Artes de Zamora nombró este lunes a su nueva directora, la historiadora del arte Lucía Ferrándiz.',
      'Ferrándiz, de 47 años, dirigió durante una década el archivo provincial y ha comisariado exposiciones en Lisboa y Oporto.',
      'Sustituye en el cargo a Tomás Riego, que se jubila tras veinte años al frente del museo.',
    ]),
    articleFromParagraphs({ id: 'club', title: 'El Deportivo Arnedo ficha entrenador', date: '2026-06-02', language: 'es' }, [
      'El Deportivo Arnedo presentó ayer a su nuevo entrenador, Iñaki Larrea, que firma por dos temporadas.',
      'El técnico, nacido en Tolosa hace 52 años, llega tras cinco campañas en el banquillo del Lemona.',
    ]),
    articleFromParagraphs({ id: 'fiscal', title: 'Nueva fiscal jefa en Cáceres', date: '2026-09-01', language: 'es' }, [
      'El Consejo Fiscal propuso ayer a Marta Ibarrola Senén como fiscal jefa de la provincia de Cáceres, en sustitución de Andrés Lobo.',
      'Ibarrola, que tiene 58 años, ha ejercido en Mérida y en Badajoz.',
    ]),
    articleFromParagraphs({ id: 'ceo', title: 'Brightwater names new chief executive', date: '2026-03-03', language: 'en' }, [
      'Brightwater Energy has appointed Dana Whitfield as its new chief executive, the company said on Tuesday.',
      'Whitfield, 51, previously ran the group’s offshore wind business in Aberdeen, where she worked for 12 years.',
    ]),
    articleFromParagraphs({ id: 'conductor', title: 'Halden Philharmonic picks a conductor', date: '2026-08-19', language: 'en' }, [
      'The Halden Philharmonic has chosen the Finnish violinist Aino Lehtola as its next principal conductor.',
      'The violinist, aged 39, will take up the post in September after two decades of touring.',
    ]),
  ]),
);

describe('the age of someone the question names by a role', () => {
  it.each([
    ['¿Cuántos años tiene la nueva directora del museo?', '47 años'],
    ['¿Qué edad tiene la nueva directora del Museo de Bellas Artes de Zamora?', '47 años'],
    ['¿Cuántos años tiene el nuevo entrenador del Deportivo Arnedo?', '52 años'],
    ['¿Qué edad tiene la nueva fiscal jefa de Cáceres?', '58 años'],
    ['How old is Brightwater’s new chief executive?', '51'],
    ['How old is the new principal conductor of the Halden Philharmonic?', 'aged 39'],
    ['¿Cuántos años tiene Lucía Ferrándiz?', '47 años'],
  ])('%s quotes the sentence giving the age', async (question, age) => {
    const result = await ask(question);
    expect(result.refused).toBe(false);
    expect(firstQuote(result)).toContain(age);
  });
});

describe('carriesAge', () => {
  it('reads an age, not a stretch of years', () => {
    const none = new Set<string>();
    expect(carriesAge('Ferrándiz, de 47 años, dirigió el archivo.', none)).toBe(true);
    expect(carriesAge('El técnico, nacido en Tolosa hace 52 años, llega al club.', none)).toBe(true);
    expect(carriesAge('Un vecino de unos 60 años resultó herido.', none)).toBe(true);
    expect(carriesAge('Se jubila tras veinte años al frente del museo.', none)).toBe(false);
    expect(carriesAge('Trabajó durante 12 años en la mina.', none)).toBe(false);
    expect(carriesAge('She worked there for 12 years.', none)).toBe(false);
    expect(carriesAge('He returned after 20 years abroad.', none)).toBe(false);
  });
});
