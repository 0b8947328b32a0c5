/**
 * Four of the answerability model's features, on articles written for them: how much of the question
 * the quoted story holds anywhere (articleCoverage), how much one sentence holds together with the
 * next one of its passage (windowCoverage), how much the other passages found agree with the best
 * one on the question's terms (hitAgreement), and how many of its words no passage holds (unknownShare). Each tells a question about a story in the archive, asked in other
 * words than the answering sentence's, from one whose story is missing.
 */
import { describe, expect, it } from 'vitest';
import { assessQuestion } from '../../src/answer/ask.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf, type AnswerLibrary } from '../support/seed-library.js';

const article = (id: string, title: string, paragraphs: string[]) => articleFromParagraphs({ id, title, date: '2024-05-02', language: 'es' }, paragraphs);

const features = async (library: AnswerLibrary, question: string) =>
  (await assessQuestion({ index: library.index, articles: library.articles, question: checked(question) })).features;

describe('articleCoverage', () => {
  const FILLER = 'La asociación de vecinos pidió más aparcamiento y un horario amplio durante las fiestas del verano.';
  const market = article('mercado', 'Nuevo mercado de abastos en Toro', [
    'El alcalde de Toro presentó ayer el nuevo mercado de abastos de la ciudad.',
    FILLER,
    'Las obras costaron tres millones de euros y duraron dos años.',
  ]);
  const school = article('colegio', 'Reforma del colegio de Tiedra', [
    'El colegio de Tiedra reabrió sus aulas tras la reforma.',
    FILLER,
    'Las obras costaron dos millones de euros y duraron un año.',
  ]);

  it('counts the question’s words found anywhere in the quoted story, its headline included', async () => {
    const found = await features(await libraryOf([market, school]), '¿Cuánto costaron las obras del mercado de abastos de Toro?');
    expect(found.articleCoverage).toBeCloseTo(1);
    expect(found.sentenceCoverage).toBeLessThan(found.articleCoverage);
  });

  it('stays low when the asked story is not in the archive', async () => {
    const inArchive = await features(await libraryOf([market, school]), '¿Cuánto costaron las obras del mercado de abastos de Toro?');
    const missing = await features(await libraryOf([school]), '¿Cuánto costaron las obras del mercado de abastos de Toro?');
    expect(missing.articleCoverage).toBeLessThan(0.5);
    expect(missing.articleCoverage).toBeLessThan(inArchive.articleCoverage);
  });
});

describe('windowCoverage', () => {
  const question = '¿Quién diseñó el puente colgante de Arganda?';

  it('counts the question’s words split over a sentence and the next one of its passage', async () => {
    const together = article('puente', 'Obras públicas', ['El puente colgante de Arganda se inauguró en 1998. Lo diseñó la ingeniera Marta Vidal.']);
    const found = await features(await libraryOf([together]), question);
    expect(found.windowCoverage).toBeCloseTo(1);
  });

  it('does not join sentences of two different stories', async () => {
    const bridge = article('puente', 'Obras públicas', ['El puente colgante de Arganda se inauguró en 1998 con una gran fiesta.']);
    const museum = article('museo', 'Cultura', ['Lo diseñó la ingeniera Marta Vidal, según el museo de Soria.']);
    const found = await features(await libraryOf([bridge, museum]), question);
    expect(found.windowCoverage).toBeLessThan(1);
  });
});

describe('hitAgreement', () => {
  // Several passages of one story speak of the dam; the other stories share a word or two with the question each.
  const dam = article('embalse', 'El embalse de Riaño, al 80 %', [
    'El embalse de Riaño alcanzó ayer el 80 % de su capacidad tras las lluvias de la semana.',
    'La confederación hidrográfica prevé que el embalse de Riaño siga subiendo durante el mes de abril.',
    'Los regantes de la comarca celebran que el embalse de Riaño garantice el riego de todo el verano.',
  ]);
  // The same story told by another outlet: its passages agree with the first story's.
  const retold = article('embalse-bis', 'Riaño roza el lleno', [
    'Las lluvias de la semana dejaron el embalse de Riaño al 80 % de su capacidad, según la confederación.',
    'Es la primera vez en seis años que el embalse de Riaño supera el 75 % en primavera.',
  ]);
  const others = [
    article('lluvias', 'Tormentas en la costa', ['Las lluvias de la semana anegaron varios garajes de la costa y cortaron dos carreteras.']),
    article('regantes', 'Protesta agraria', ['Los regantes de Tierra de Campos pidieron ayudas por la sequía del verano pasado.']),
    article('capacidad', 'Nuevo auditorio', ['El nuevo auditorio tendrá capacidad para 1.200 personas y abrirá en abril.']),
  ];
  const question = '¿A qué capacidad llegó el embalse de Riaño con las lluvias?';

  it('is high when the other passages found match the terms the best one matches', async () => {
    const found = await features(await libraryOf([dam, ...others]), question);
    expect(found.hitAgreement).toBeGreaterThan(0.3);
  });

  it('stays high when two stories tell the asked story', async () => {
    const found = await features(await libraryOf([dam, retold, ...others]), question);
    expect(found.hitAgreement).toBeGreaterThan(0.3);
  });

  it('is lower when the asked story is missing and each passage found shares other words with the question', async () => {
    const inArchive = await features(await libraryOf([dam, ...others]), question);
    const missing = await features(await libraryOf(others), question);
    expect(missing.hitAgreement).toBeLessThan(0.2);
    expect(missing.hitAgreement).toBeLessThan(inArchive.hitAgreement);
  });

  it('is 0 when a single passage was found', async () => {
    const found = await features(await libraryOf([dam, ...others]), '¿Quién ganó el mundial de 2010?');
    expect(found.hitAgreement).toBe(0);
  });
});

describe('unknownShare', () => {
  const bridge = article('puente', 'El puente de Valdemar abre al tráfico', [
    'El nuevo puente sobre el río Tajuña abrió al tráfico este lunes tras tres años de obras.',
    'El puente costó 31 millones de euros, financiados por la Diputación.',
  ]);

  it('counts the question’s words no passage holds', async () => {
    const held = await features(await libraryOf([bridge]), '¿Cuánto costó el puente sobre el río Tajuña?');
    const missing = await features(await libraryOf([bridge]), '¿Cuánto costó la depuradora de Almenara?');
    expect(held.unknownShare).toBe(0);
    expect(missing.unknownShare).toBeGreaterThan(0.5);
  });

  it('leaves out the words that only ask for the kind of answer ("dijo" in "¿Qué dijo…?"), which no passage need write', async () => {
    const quoted = article('faro', 'El faro de Punta Brava vuelve a funcionar', [
      'La alcaldesa Marta Gil celebró la reparación: «El faro vuelve a guiar a los pesqueros».',
    ]);
    const library = await libraryOf([quoted]);
    const statements = extractStatements(quoted);
    const statementsBy = (name: string) => (/gil/i.test(name) ? { forms: ['Marta Gil', 'Gil'], statements } : undefined);
    const said = await assessQuestion({ index: library.index, articles: library.articles, question: checked('¿Qué dijo Marta Gil sobre el faro?'), statementsBy });
    expect(said.features.unknownShare).toBe(0);
  });
});

describe('the quoted sentences against the question (sentenceNamesMissing, numbersMissing, verbMissing, wordsMissing)', () => {
  const regatta = article('regata', 'La regata de Cangas', [
    'La regata de traineras de Cangas reunió a catorce clubes en 2023, en el puerto de Moaña. La remera Ana Soto ganó la bandera con el club de Bueu.',
    'La organización anunció que la próxima edición se celebrará en Vigo.',
  ]);

  it('reads the names and numbers of the question that the quoted sentences lack, though their passage holds them', async () => {
    const found = await features(await libraryOf([regatta]), '¿Cuántos clubes reunió la regata de Cangas en 2021?');
    expect(found.numbersMissing).toBe(1);
    const named = await features(await libraryOf([regatta]), '¿Qué remera de Moaña ganó la bandera?');
    expect(named.namesMissing).toBe(0);
    expect(named.sentenceNamesMissing).toBe(1);
  });

  it('reads the question’s words by their first letters, so another form of a word is held', async () => {
    const held = await features(await libraryOf([regatta]), '¿Cuántos clubes reunieron las regatas de traineras de Cangas?');
    expect(held.wordsMissing).toBe(0);
    const lacking = await features(await libraryOf([regatta]), '¿Cuántos remeros participaron en las regatas de traineras de Cangas?');
    expect(lacking.wordsMissing).toBeGreaterThan(0);
  });

  it('says whether the quoted sentences hold the verb of the doer the question names', async () => {
    expect((await features(await libraryOf([regatta]), '¿Qué ganó Ana Soto en Cangas?')).verbMissing).toBe(0);
    expect((await features(await libraryOf([regatta]), '¿Qué perdió Ana Soto en Cangas?')).verbMissing).toBe(1);
  });
});
