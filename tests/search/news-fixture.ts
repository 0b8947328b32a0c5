/** A small Spanish news corpus written for these tests: a few articles, one passage per paragraph. */
import type { Passage } from '../../src/corpus/types.js';

const ARTICLES: Record<string, string[]> = {
  'putin-vietnam': [
    'El presidente ruso, Vladímir Putin, visitará Vietnam los días 19 y 20 de junio, según anunció el Kremlin en Moscú.',
    'Durante la visita, Putin se reunirá con el secretario general del Partido Comunista de Vietnam para firmar acuerdos de energía.',
  ],
  'satelites': [
    'La agencia espacial lanzó este martes dos satélites de observación meteorológica desde la base de Kourou.',
    'Los satélites medirán la temperatura de los océanos y enviarán datos a los centros de predicción del clima.',
  ],
  'camp-david': [
    'Los líderes de Japón y Corea del Sur se reunieron en Camp David con el presidente de Estados Unidos para hablar de seguridad.',
  ],
  'elecciones': [
    'Las elecciones municipales se celebrarán en octubre y los partidos ya preparan sus candidaturas en las principales ciudades.',
    'La participación electoral cayó en las últimas votaciones, según los datos oficiales publicados por la junta electoral.',
  ],
  'inflacion': [
    'La inflación bajó al 3,2 % en julio gracias al abaratamiento de la electricidad y de los carburantes, informó el instituto de estadística.',
  ],
};

export const newsPassages: Passage[] = Object.entries(ARTICLES).flatMap(([articleId, paragraphs]) => {
  let offset = 0;
  return paragraphs.map((text, n) => {
    const passage: Passage = { id: `${articleId}#${n}`, articleId, n, paragraph: n, start: offset, end: offset + text.length, text, language: 'es' };
    offset += text.length + 2;
    return passage;
  });
});
