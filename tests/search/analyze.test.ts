import { describe, expect, it } from 'vitest';
import { analyseQuestion, crossLingualKeys, indexTerms, keysOfWord, nameWords, readQuestion } from '../../src/search/analyze.js';
import { foldAccents, startsWithDigit, words } from '../../src/text/words.js';

describe('text analysis', () => {
  it('folds case and accents', () => {
    expect(foldAccents('Moscú')).toBe('moscu');
    expect(foldAccents('SATÉLITES')).toBe('satelites');
  });

  it('keeps numbers whole, whatever their separators', () => {
    expect(words('Costó 1.500 euros, unos 1,500 dólares, el 19 de junio')).toEqual(['costo', '1500', 'euros', 'unos', '1500', 'dolares', 'el', '19', 'de', 'junio']);
  });

  it('tells a word that starts with a number character (\\p{N}) by its first character, in any script', () => {
    const samples = ['0', '7x', '1.500', 'a1', 'Z', '', ' 1', '/', '٣٤', '۵', '²', '½', 'Ⅻ', '𝟘', '〇', 'é', 'ß', '東京', '\u0301'];
    for (const word of samples) expect(startsWithDigit(word), JSON.stringify(word)).toBe(/^\p{N}/u.test(word));
    expect(samples.filter(startsWithDigit)).toEqual(['0', '7x', '1.500', '٣٤', '۵', '²', '½', 'Ⅻ', '𝟘', '〇']);
  });

  it('gives cross-lingual keys word by word, a number its own and a CJK run its bigrams', () => {
    const text = 'Los satélites 1.500 東京都 philosophy';
    expect(crossLingualKeys(text, 'es')).toEqual(words(text).filter((word) => !['los'].includes(word)).flatMap(keysOfWord));
    expect(crossLingualKeys(text, 'es')).toEqual(['satel', '~stlt', '1500', '東京', '京都', 'philo', '~flsf']);
  });

  it('gives accented and unaccented spellings the same terms', () => {
    expect(indexTerms('Moscú satélites fotografía', 'es')).toEqual(indexTerms('moscu satelites fotografia', 'es'));
  });

  it('merges singular and plural, including -ción / -ciones', () => {
    expect(indexTerms('satélite', 'es')).toEqual(indexTerms('satélites', 'es'));
    expect(indexTerms('nación', 'es')).toEqual(indexTerms('naciones', 'es'));
    expect(indexTerms('nacion', 'es')).toEqual(indexTerms('naciones', 'es'));
  });

  it('merges verb forms', () => {
    const [visitar] = indexTerms('visitar', 'es');
    expect(indexTerms('visitará visitó visita', 'es')).toEqual([visitar, visitar, visitar]);
  });

  it('drops Spanish stop words from passages', () => {
    expect(indexTerms('el presidente de la república', 'es')).toEqual(indexTerms('presidente república', 'es'));
  });

  it('keeps Spanish nouns and numbers that name what a question is about', () => {
    expect(readQuestion('¿Qué tiempo hace en el lugar de trabajo de los dos países?', 'es').content).toEqual(['tiempo', 'hace', 'lugar', 'trabajo', 'dos', 'paises']);
  });

  it('drops question words, stop words and punctuation from questions', () => {
    expect(analyseQuestion(readQuestion('¿Cuándo visitará Putin Vietnam?', 'es'), 'es').terms).toEqual(indexTerms('visitará Putin Vietnam', 'es'));
    expect(analyseQuestion(readQuestion('When will Putin visit Vietnam?', 'en'), 'es').terms).toEqual(indexTerms('Putin visit Vietnam', 'es'));
  });

  it('gives English and Spanish cognates shared cross-lingual keys', () => {
    const shared = (a: string, b: string) => keysOfWord(a).filter((key) => keysOfWord(b).includes(key));
    expect(shared('satellites', 'satelites')).not.toEqual([]);
    expect(shared('philosophy', 'filosofia')).not.toEqual([]);
    expect(shared('visit', 'visita')).not.toEqual([]);
    expect(shared('weather', 'temperatura')).toEqual([]);
  });

  it('finds the names a question is about: capitalised inside a sentence, or acronyms', () => {
    expect(nameWords('¿Cuándo visitará Putin Moscú?')).toEqual(new Set(['putin', 'moscu']));
    expect(nameWords('Según la OTAN, ¿qué dijo el Kremlin?')).toEqual(new Set(['otan', 'kremlin']));
    expect(nameWords('What did Tesla invent?')).toEqual(new Set(['tesla']));
    expect(nameWords('cuando visitara putin moscu')).toEqual(new Set());
  });

  it('keeps the terms and keys of a question\'s names apart from its other words', () => {
    const { names } = analyseQuestion(readQuestion('¿Qué satélites lanzó la NASA?', 'es'), 'es');
    expect(names.terms).toEqual(new Set(indexTerms('NASA', 'es')));
    expect(names.keys).toEqual(new Set(keysOfWord('nasa')));
  });
});
