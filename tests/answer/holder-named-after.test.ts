/**
 * A who-question about a role's holder is answered by the sentence naming them, not only by the one that announces the
 * role unnamed: "¿Quién es el nuevo director del puerto?" beside "El ministerio nombró a un nuevo director para el
 * puerto. El cargo recae en la ingeniera…" quotes both sentences (blind newcomers: who-questions answered by a role
 * sentence, the name only under "see also"). A sentence naming the holder beside the role is quoted alone. Articles and
 * questions written for the tests, Spanish and English.
 */
import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { firstQuote } from '../support/first-quote.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const port = articleFromParagraphs({ id: 'puerto', title: 'Cambio en la dirección del puerto de Caldera', date: '2026-06-03', language: 'es' }, [
  'El Ministerio de Obras Públicas nombró el martes a un nuevo director para el puerto de Caldera, tras la dimisión del anterior por el accidente de marzo. El cargo recae en la ingeniera Marta Solís Ibarra, que hasta ahora dirigía la terminal de San Vicente.',
  'Los estibadores pidieron una reunión con la nueva dirección para la próxima semana.',
]);
const club = articleFromParagraphs({ id: 'rovers', title: 'Fernhill Rovers change manager', date: '2026-11-05', language: 'en' }, [
  'Fernhill Rovers appointed a new head coach on Wednesday after a run of nine league defeats. Former Wales midfielder Gareth Pryce takes over with immediate effect.',
]);
const court = articleFromParagraphs({ id: 'juzgado', title: 'El caso de los contratos del puerto ya tiene jueza', date: '2026-03-12', language: 'es' }, [
  'La Audiencia Provincial asignó ayer una jueza de refuerzo al caso de los contratos del puerto de Lérez, que acumula dos años de retraso. Se trata de Carmen Oyarzun, hasta ahora titular del juzgado número 4.',
]);
const trust = articleFromParagraphs({ id: 'trust', title: 'Hollins hospital trust fills top post', date: '2026-09-22', language: 'en' }, [
  'The Hollins hospital trust named an interim chief executive on Monday, a week after its board resigned over waiting times. Dr Helen Achebe, its medical director, will lead the trust until a permanent appointment is made.',
]);
const museum = articleFromParagraphs({ id: 'museo', title: 'El museo de Brava estrena directora', date: '2026-02-02', language: 'es' }, [
  'El patronato del museo de Brava eligió a una nueva directora, la historiadora Inés Calvo, en su reunión del viernes. La votación fue unánime.',
]);
const ask = askOf(await libraryOf([port, club, court, trust, museum]));

describe('a role announced unnamed, its holder named in the next sentence', () => {
  it('quotes the sentence that names the holder with the one announcing the role', async () => {
    expect(firstQuote(await ask('¿Quién es el nuevo director del puerto de Caldera?'))).toContain('Marta Solís Ibarra');
    expect(firstQuote(await ask('Who is the new head coach of Fernhill Rovers?'))).toContain('Gareth Pryce');
    expect(firstQuote(await ask('¿Quién es la jueza de refuerzo del caso de los contratos del puerto de Lérez?'))).toContain('Carmen Oyarzun');
    expect(firstQuote(await ask('Who is the interim chief executive of the Hollins hospital trust?'))).toContain('Helen Achebe');
  });

  it('quotes alone a sentence that names the holder beside the role', async () => {
    const quote = firstQuote(await ask('¿Quién es la nueva directora del museo de Brava?'));
    expect(quote).toContain('Inés Calvo');
    expect(quote).not.toContain('unánime');
  });
});
