/**
 * Who speaks (issue 16, newcomer report D2), each kind on text written for it: a connector opening a sentence is no
 * speaker; a subject set after the verb and where it was said ("escribió en X el presidente…, Nombre") speaks, through
 * that channel; a sentence naming its own subject takes the focus from a speaker of an earlier paragraph; "it" refers
 * to an organisation; the words resumed after a dash inciso whose verb has a place phrase or an apposition are the
 * inserted speaker's.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

describe('the words after a dash inciso continue its speaker', () => {
  it('in a dialogue paragraph whose inciso ends with a place phrase', () => {
    expect(found(['—No habrá cortes de agua este verano —explicó Irene Soler en la reunión posterior a la visita del consejero—. Los embalses están al 70 %.'])).toEqual([
      { kind: 'direct', text: 'No habrá cortes de agua este verano', speaker: 'Irene Soler' },
      { kind: 'direct', text: 'Los embalses están al 70 %.', speaker: 'Irene Soler' },
    ]);
  });

  it('in a short dialogue reply after an apposition', () => {
    expect(found(['—Vamos a recurrir la multa —declaró el gerente, Tomás Ferrer, en la asamblea de socios—. Tenemos razones.'])).toEqual([
      { kind: 'direct', text: 'Vamos a recurrir la multa', speaker: 'Tomás Ferrer' },
      { kind: 'direct', text: 'Tenemos razones.', speaker: 'Tomás Ferrer' },
    ]);
  });

  it('inside one pair of quotation marks, as one quotation', () => {
    const text = 'No cerraremos la planta —afirmó la directora, Eva Mir, en la visita posterior a la inspección—, pero sí reduciremos turnos';
    expect(found([`«${text}».`])).toEqual([{ kind: 'direct', text, speaker: 'Eva Mir' }]);
  });
});

describe('a connector opening a sentence is never a speaker', () => {
  it('"Tampoco lo ha hecho…" leaves the next quotation unattributed', () => {
    const statements = found(['La consejería no ha contestado a este diario.', 'Tampoco lo ha hecho el sindicato de enfermería.', '«Nadie nos ha llamado en todo el verano», afirmó.']);
    expect(statements).toEqual([{ kind: 'direct', text: 'Nadie nos ha llamado en todo el verano', speaker: null }]);
  });

  it.each(['Neither', 'Nor'])('"%s has…" leaves the next quotation unattributed', (connector) => {
    const statements = found(['The ministry has not replied to this newspaper.', `${connector} has the nurses union.`, '"Nobody has called us all summer," she said.'], 'en');
    expect(statements).toEqual([{ kind: 'direct', text: 'Nobody has called us all summer', speaker: null }]);
  });
});

describe('a subject after the verb and where it was said', () => {
  it('reads the apposition after "escribió en <red> el cargo…," and the network as the channel', () => {
    const statements = extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language: 'es' }, [
      '"No falta agua, falta gestión", escribió en Instagram la presidenta de la asociación de regantes ARVA, Lucía Peris.',
    ]));
    expect(statements.map(({ text, speaker, via }) => ({ text, speaker, via }))).toEqual([{ text: 'No falta agua, falta gestión', speaker: 'Lucía Peris', via: 'Instagram' }]);
  });

  it('reads "dijo en <lugar> el cargo, Nombre"', () => {
    expect(found(['«El puerto abrirá en junio», dijo en Castellón el director de la autoridad portuaria, Rafael Simó.'])).toEqual([
      { kind: 'direct', text: 'El puerto abrirá en junio', speaker: 'Rafael Simó' },
    ]);
  });
});

describe('a sentence with its own subject takes the focus', () => {
  it('credits "Además, acusó…" to the person the paragraph named, not to the sources of the paragraph before', () => {
    expect(found([
      'Según fuentes sindicales, el hospital ha cerrado 40 camas este verano.',
      'La portavoz de la oposición, Nuria Vives, exigió la comparecencia del consejero. Ella misma había gestionado el hospital en 2015. Además, acusó al Gobierno de «maquillar las listas de espera».',
    ])).toEqual([
      { kind: 'indirect', text: 'el hospital ha cerrado 40 camas este verano', speaker: 'Fuentes sindicales' },
      // A demand with a noun object is reported speech (stop 57).
      { kind: 'indirect', text: 'exigió la comparecencia del consejero', speaker: 'Nuria Vives' },
      { kind: 'indirect', text: 'acusó al Gobierno de «maquillar las listas de espera»', speaker: 'Nuria Vives' },
      { kind: 'direct', text: 'maquillar las listas de espera', speaker: 'Nuria Vives' },
    ]);
  });
});

describe('"it" refers to an organisation', () => {
  it('credits "It denied…" to the company quoted before, keeping the denial', () => {
    expect(found(['Harbor Freight Corp said the depot would stay open. It denied having received any offer for the site.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the depot would stay open', speaker: 'Harbor Freight Corp' },
      { kind: 'indirect', text: 'denied having received any offer for the site', speaker: 'Harbor Freight Corp' },
    ]);
  });

  it('never refers to a person', () => {
    expect(found(['Mayor Joan Pike said the bridge was safe. It denied having received any warning.'], 'en')).toEqual([
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'Joan Pike' },
      { kind: 'indirect', text: 'denied having received any warning', speaker: null },
    ]);
  });
});
