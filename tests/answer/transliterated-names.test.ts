/**
 * A name written in the other transliteration convention (A6 of the seventh newcomer): Spanish writes
 * "Pionyang", "Zelenski", "Jamenei", "Gadafi" where agencies write "Pyongyang", "Zelensky", "Khamenei",
 * "Gaddafi". The question is answered from the passage that spells it the other way. A short name typed with a letter
 * left out ("Putn", A9) is read as the name too. Articles written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { otherTransliterations, transliterationKey } from '../../src/answer/transliteration.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { askOf, libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'puerto', title: 'Un puerto nuevo en el norte', date: '2025-03-02', language: 'es' }, [
    'Pyongyang recibirá dos grúas portuarias a cambio de su carbón, según el acuerdo firmado el lunes.',
  ]),
  articleFromParagraphs({ id: 'rason', title: 'Obras en Rason', date: '2025-03-02', language: 'es' }, ['El puerto de Rason ampliará sus muelles durante el verano.']),
  articleFromParagraphs({ id: 'cumbre', title: 'Una cumbre en Kiev', date: '2025-03-03', language: 'es' }, [
    'El presidente Zelensky pidió a sus aliados más defensas antiaéreas durante la cumbre de invierno.',
  ]),
  articleFromParagraphs({ id: 'tren', title: 'Un tren para el carbón', date: '2025-03-05', language: 'es' }, [
    'Ulan Bator recibirá tres locomotoras a cambio de su carbón, según el acuerdo firmado el martes.',
  ]),
  articleFromParagraphs({ id: 'aliados', title: 'Ayuda militar', date: '2025-03-06', language: 'es' }, [
    'El presidente Duda pidió a sus aliados más tanques durante la cumbre de invierno.',
  ]),
  articleFromParagraphs({ id: 'feria', title: 'Feria ganadera', date: '2025-03-04', language: 'es' }, [
    'La feria ganadera de Valdoria reunió a 300 criadores de vacas y bueyes.',
  ]),
]);

const ask = askOf(library);

describe('a name in another transliteration', () => {
  it('gives both spellings one key, and finds the other spelling within two rewrites', () => {
    for (const [spanish, english] of [['pionyang', 'pyongyang'], ['zelenski', 'zelensky'], ['jamenei', 'khamenei'], ['gadafi', 'gaddafi']] as const) {
      expect(transliterationKey(spanish)).toBe(transliterationKey(english));
      expect(otherTransliterations(spanish).has(english)).toBe(true);
    }
    expect(transliterationKey('pionyang')).not.toBe(transliterationKey('pyongtaek'));
  });

  it('reads the name as the articles spell it, and answers from the passage that does', async () => {
    const port = await ask('¿Qué recibirá Pionyang a cambio de su carbón?');
    expect(port.notice).toContain('Pyongyang');
    expect(port.refused).toBe(false);
    expect(port.citations[0]?.articleId).toBe('puerto');
    expect(port.answer).toContain('grúas');
    const summit = await ask('¿Qué pidió Zelenski a sus aliados?');
    expect(summit.notice).toContain('Zelensky');
    expect(summit.refused).toBe(false);
    expect(summit.citations[0]?.excerpt).toContain('defensas antiaéreas');
  });

  it('reads a name of four letters typed with a letter left out as the name the articles write, never one of three', async () => {
    const port = await ask('¿Qué ampliará el puerto de Rasn durante el verano?');
    expect(port.notice).toContain('Rason');
    const summit = await ask('¿Qué pidió Dud a sus aliados?');
    expect(summit.notice ?? '').not.toContain('Duda');
  });

  it('never reads a word written in lower case as another transliteration ("berrano" is not "verano")', async () => {
    expect(transliterationKey('berrano')).toBe(transliterationKey('verano'));
    const result = await ask('¿Qué ampliará el puerto de Rason durante el berrano?');
    expect(result.notice ?? '').not.toMatch(/verano/u);
  });
});
