/**
 * Another story is cited besides the answer ("Ver también") only when it holds something the question asks besides a
 * name: a story that only names the asked person, in passing, tells nothing of what is asked of them (blind newcomer 25's
 * "¿Cuándo viajará Putin a Vietnam?" beside three passages on a critic of Putin).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/ask.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { checked } from '../support/checked.js';
import { libraryOf } from '../support/seed-library.js';

const library = await libraryOf([
  articleFromParagraphs({ id: 'gira', title: 'La alcaldesa prepara su gira por los puertos del norte', date: '2024-06-03', language: 'es' }, [
    'Un funcionario del puerto dijo que el viaje a Lisboa estaba previsto para el 14 de julio, aunque aún no está confirmado.',
    'El diario local informó el lunes que la alcaldesa Irene Soler visitaría Lisboa y otras dos ciudades en las próximas semanas.',
  ]),
  articleFromParagraphs({ id: 'critica', title: 'Un concejal de la oposición denuncia gastos en publicidad', date: '2024-05-20', language: 'es' }, [
    'El concejal Tomás Vera, que fue asesor de Soler, es hoy uno de los críticos más duros de la alcaldesa Soler.',
    'Vera se hizo conocido por denunciar los contratos de publicidad de Soler en 2022.',
    'Vera, de 41 años, encabezó en marzo las protestas contra Soler frente al ayuntamiento.',
  ]),
  articleFromParagraphs({ id: 'liga', title: 'El club local asciende a primera', date: '2024-05-12', language: 'es' }, [
    'El club local ganó por dos goles a uno y ascendió a primera división.',
    'Miles de aficionados celebraron el ascenso en la plaza mayor hasta la medianoche.',
    'El entrenador dedicó la victoria a los juveniles, que el año pasado ganaron un torneo en Lisboa.',
  ]),
  articleFromParagraphs({ id: 'mercado', title: 'Sube el precio del pescado', date: '2024-03-08', language: 'es' }, [
    'El precio del pescado que llega de Lisboa subió un doce por ciento en el mercado central durante febrero.',
    'Los vendedores atribuyen la subida al mal tiempo, que dejó a la flota en tierra.',
    'Las asociaciones de consumidores piden que se vigilen los márgenes de los intermediarios.',
  ]),
  articleFromParagraphs({ id: 'lluvia', title: 'Las lluvias inundan tres barrios', date: '2024-04-02', language: 'es' }, [
    'Las lluvias de la madrugada inundaron tres barrios de la zona baja de la ciudad.',
    'Los bomberos sacaron el agua de dos escuelas y de un centro de salud.',
    'El servicio meteorológico prevé más tormentas para el fin de semana.',
  ]),
]);

describe('"see also" citations of another story', () => {
  it('leave out a story that only names the asked person, but not the other passages of the answer’s story', async () => {
    const result = await answerQuestion({ index: library.index, articles: library.articles, question: checked('¿Cuándo viajará Soler a Lisboa?') });
    expect(result.refused).toBe(false);
    expect(result.answer).toContain('14 de julio');
    expect(result.citations.map((citation) => citation.articleId)).not.toContain('critica');
    expect(result.citations.map((citation) => citation.passageId)).toContain('gira#1');
  });
});
