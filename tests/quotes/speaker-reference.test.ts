/**
 * Speaker reference and group speakers on press text written for these tests (issue 16, third round): omitted
 * subjects after participles and viewpoints, roles that agree or disagree in gender, epithets, "they", groups
 * named by a definite plural or described by a complement, and quotations that run over paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';

const found = (paragraphs: string[], language = 'es') =>
  extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ kind, text, speaker }) => ({ kind, text, speaker }));

const saidBy = (paragraphs: string[], text: string, language = 'es') => found(paragraphs, language).find((statement) => statement.text.includes(text))?.speaker;

describe('omitted subjects', () => {
  it('gives a verb after a participle clause ("Consultado sobre…, respondió:") to whom the article was quoting', () => {
    const uruguay = ['El ministro de Economía, Gabriel Oddone, dijo que no habrá aumento de impuestos en 2025.', 'Consultado sobre la deuda, respondió: "Tenemos margen, pero no infinito".'];
    expect(saidBy(uruguay, 'Tenemos margen')).toBe('Gabriel Oddone');
    const english = ['Gov. Kathy Hochul said the state would cover the costs.', 'Asked about the timeline, she said: “We will know more by the end of the month.”'];
    expect(saidBy(english, 'We will know more', 'en')).toBe('Kathy Hochul');
  });

  it('reads "A su entender," and "A su criterio," as the view of whom the article was quoting', () => {
    const paragraphs = ['La economista Laura Vidal, del Instituto de Estudios Fiscales, analizó el último dato de inflación.', 'A su entender, el Banco Central "llegó tarde" a subir los tipos.'];
    expect(found(paragraphs)).toContainEqual({ kind: 'indirect', text: 'el Banco Central "llegó tarde" a subir los tipos', speaker: 'Laura Vidal' });
  });

  it('credits "Según explicó la funcionaria, …" as "según" alone: the source, then what it reports', () => {
    const paragraphs = ['La fiscal general, Luz Adriana Camargo, anunció una investigación contra tres exfuncionarios.', 'Según explicó la funcionaria, los investigadores encontraron irregularidades en la contratación de carrotanques.'];
    expect(found(paragraphs)).toContainEqual({ kind: 'indirect', text: 'los investigadores encontraron irregularidades en la contratación de carrotanques', speaker: 'Luz Adriana Camargo' });
  });
});

describe('roles and epithets', () => {
  it('never gives a role to the person in focus when Spanish gender rules that out, keeping the role', () => {
    const paragraphs = ['El alcalde de Medellín, Federico Gutiérrez, aseguró que la ciudad no tendrá racionamiento de agua.', 'La ministra de Minas, quien estuvo de visita en Cartagena, explicó a los periodistas que las tarifas bajarán en marzo.'];
    expect(saidBy(paragraphs, 'las tarifas bajarán')).toBe('Ministra de Minas');
  });

  it('gives such a role to the one person titled earlier who agrees with it', () => {
    const paragraphs = [
      'La climatóloga Elena Márquez advirtió ayer que el embalse podría quedar por debajo del 10 %.',
      'El consejero de Agricultura, Tomás Herrera, negó que exista riesgo para el abastecimiento.',
      'Preguntada por esas declaraciones, la investigadora insistió en que "los datos están ahí para quien quiera verlos".',
    ];
    expect(saidBy(paragraphs, 'los datos están ahí')).toBe('Elena Márquez');
  });

  it('reads a role headed by a person noun as a person, whatever institution completes it ("la jefa del ente acusador")', () => {
    const paragraphs = ['La fiscal general, Luz Adriana Camargo, anunció una investigación.', '"No vamos a permitir que se siga robando", dijo Camargo.', 'La jefa del ente acusador agregó que las audiencias se realizarán en las próximas semanas.'];
    expect(saidBy(paragraphs, 'las audiencias')).toBe('Luz Adriana Camargo');
  });

  it('never gives an office to someone the article gave another office ("el ministro" after "el diputado X")', () => {
    const paragraphs = ['El diputado Jaime Naranjo fustigó al Ejecutivo y remató: "Aquí nadie se hace cargo".', '"No hay plata", complementó el ministro, y recordó que la deuda pública supera el 40 % del PIB.'];
    expect(saidBy(paragraphs, 'No hay plata')).toBe('Ministro');
    // A generic word for the holder still refers back ("el jerarca", "el secretario de Estado" for a minister).
    const uruguay = ['El ministro de Trabajo, Juan Castillo, afirmó que hay conversaciones con el sindicato.', '"Somos optimistas", señaló el secretario de Estado.'];
    expect(saidBy(uruguay, 'Somos optimistas')).toBe('Juan Castillo');
  });

  it('never takes a spokesperson for the office holder they speak for, nor the other way round', () => {
    const police = ['El portavoz de la policía, Juan Pérez, confirmó la detención a los periodistas.', 'El ministro dijo que el presupuesto de seguridad crecerá un 5 % el próximo año.'];
    expect(saidBy(police, 'el presupuesto de seguridad')).toBe('Ministro');
    const english = ['Spokesman John Reed confirmed the arrest on Monday.', 'The minister said the budget would grow by 5 percent next year.'];
    expect(saidBy(english, 'the budget would grow', 'en')).toBe('Minister');
    const ministry = ['La ministra de Salud, Ana Ruiz, visitó el hospital de Tordesal.', 'La portavoz añadió que la vacunación empezará en marzo.'];
    expect(saidBy(ministry, 'la vacunación empezará')).toBe('Portavoz');
    // The same post still refers back.
    const same = ['El portavoz de la policía, Juan Pérez, confirmó la detención.', 'El portavoz añadió que el detenido pasará hoy a disposición judicial.'];
    expect(saidBy(same, 'el detenido pasará')).toBe('Juan Pérez');
  });

  it('reads verbs of saying of Latin American press ("acotó", "retrucó", "graficó")', () => {
    const paragraphs = ['La alcaldesa de Providencia, Evelyn Matthei, retrucó que la delincuencia no se combate con discursos.', '"Es un día histórico", acotó la alcaldesa, quien además graficó que el acuerdo "es como ganar un Mundial".'];
    expect(found(paragraphs).map((statement) => statement.speaker)).toEqual(['Evelyn Matthei', 'Evelyn Matthei', 'Evelyn Matthei', 'Evelyn Matthei']);
  });

  it('resolves an English party epithet ("The Minnesota Democrat") to the person introduced before', () => {
    const paragraphs = ['Senator Amy Klobuchar said on Tuesday that the bill would lower drug prices.', 'The Minnesota Democrat told reporters that Republicans had run out of excuses.', 'She added that the White House supported the plan.'];
    expect(found(paragraphs, 'en').map((statement) => statement.speaker)).toEqual(['Amy Klobuchar', 'Amy Klobuchar', 'Amy Klobuchar']);
  });

  it('reads a former holder\'s title ("El exministro") as a role', () => {
    expect(saidBy(['El exministro reconoció haber cometido algunos errores durante su mandato.'], 'algunos errores')).toBe('Exministro');
  });

  it('reads "el vocero" as the spokesperson quoted just before', () => {
    const paragraphs = ['El portavoz del Kremlin, Dmitri Peskov, dijo a la prensa que Moscú sigue abierto al diálogo.', 'Según el vocero, las condiciones de Rusia no han cambiado desde el verano.'];
    expect(saidBy(paragraphs, 'las condiciones de Rusia')).toBe('Dmitri Peskov');
  });
});

describe('groups as speakers', () => {
  it('names a group by a definite plural noun phrase ("Los gremios del transporte", "The scientists")', () => {
    expect(saidBy(['Los gremios del transporte, por su parte, advirtieron que mantendrán el paro si no hay acuerdo.'], 'mantendrán el paro')).toBe('Gremios del transporte');
    expect(saidBy(['The scientists wrote that the ice sheet was melting faster than models had predicted.'], 'the ice sheet', 'en')).toBe('Scientists');
  });

  it('does not take a possessive or a finding for a group ("The state\'s confirmed caseload", "Los resultados")', () => {
    expect(found(['The state\'s confirmed caseload of Covid-19 is nearly 162,000, of whom 7,844 have died.'], 'en').every((statement) => statement.speaker === null)).toBe(true);
    expect(found(['Los resultados sugieren que la vacuna reduce las hospitalizaciones.']).every((statement) => statement.speaker === null)).toBe(true);
  });

  it('keeps the complement of a described source after "según" or "according to"', () => {
    expect(saidBy(['Según expertos consultados por Infobae, el precio del dólar seguirá subiendo.'], 'el precio del dólar')).toBe('Expertos consultados por Infobae');
    expect(saidBy(['According to a source close to the negotiations, the deal is nearly done.'], 'the deal', 'en')).toBe('Source close to the negotiations');
    expect(saidBy(['According to people familiar with the talks, the vote could come next week.'], 'the vote', 'en')).toBe('People familiar with the talks');
  });

  it('reads the sources after "pero" as the subject, not as an organisation the article named', () => {
    const paragraphs = ['Vecinos de la zona relataron que escucharon varias explosiones.', 'Un portavoz de la compañía declinó hacer comentarios, pero fuentes cercanas a la dirección admitieron que las negociaciones están estancadas.'];
    expect(saidBy(paragraphs, 'las negociaciones')).toBe('Fuentes cercanas a la dirección');
  });

  it('takes "they" for the group the sentence before names, even as an object', () => {
    const paragraphs = ['But the rolling blackouts left some of the state’s energy experts bewildered. They said that the utilities had plenty of power available.'];
    expect(saidBy(paragraphs, 'plenty of power', 'en')).toBe('Some of the state’s energy experts');
  });

  it('never takes a group for "he" ("Critics say… He said…")', () => {
    const paragraphs = ['Critics say the rules are vague and unenforceable.', 'He said officials had no idea how many people were still trapped.'];
    expect(saidBy(paragraphs, 'officials had no idea', 'en')).not.toBe('Critics');
  });
});

describe('vague and group sources', () => {
  it('names groups by their whole phrase: parts, quantified and surrounding groups', () => {
    expect(saidBy(['La mayoría de los científicos cree que el calentamiento se debe a la actividad humana.'], 'el calentamiento')).toBe('La mayoría de los científicos');
    expect(saidBy(['Distintas fuentes parlamentarias coinciden en que la votación será ajustada.'], 'la votación')).toBe('Distintas fuentes parlamentarias');
    expect(saidBy(['Desde el entorno del ministro aseguran que no piensa dimitir.'], 'no piensa dimitir')).toBe('Entorno del ministro');
    expect(saidBy(['Those close to the president say he is frustrated by the slow pace of the talks.'], 'he is frustrated', 'en')).toBe('Those close to the president');
  });

  it('reads an anonymous source restricted by "que" as the subject ("Un exdirector de … que pidió no ser identificado aseguró…")', () => {
    const paragraphs = ['Un exdirector de la Academia Nacional de Seguridad Pública que pidió no ser identificado aseguró que el proceso fue irregular.'];
    expect(saidBy(paragraphs, 'el proceso fue irregular')).toBe('Un exdirector de la Academia Nacional de Seguridad Pública');
  });

  it('never gives a person\'s role to an anonymous source in focus', () => {
    const paragraphs = ['Un juez especializado en crimen organizado expuso que el acusado tenía un proceso vigente.', 'En una columna, el jefe de redacción del diario expuso que las amenazas lo obligaron a salir del país.'];
    expect(saidBy(paragraphs, 'las amenazas')).not.toBe('Un juez especializado en crimen organizado');
  });
});

describe('quotations over paragraphs', () => {
  it('gives the quotation a "Para X," sentence opens with a colon to X, and its next paragraph too', () => {
    const paragraphs = [
      'Para la dirigenta vecinal María Soto, la situación es insostenible: "Llevamos dos años esperando una respuesta del municipio.',
      '"Nadie nos escucha y los niños siguen caminando por el barro para ir al colegio".',
    ];
    expect(found(paragraphs).filter((statement) => statement.kind === 'direct').map((statement) => statement.speaker)).toEqual(['María Soto', 'María Soto']);
  });

  it('gives a quotation standing alone after a sentence of narrative to whom the narrative is about', () => {
    const paragraphs = ['“We knew the storm was coming,” said Tom Reyes, who has lived on the street for 30 years.', 'He paused. “But we’re alive, and that’s what matters.”'];
    expect(saidBy(paragraphs, 'But we’re alive', 'en')).toBe('Tom Reyes');
  });

  it('follows a colon lead-in into a straight-quoted paragraph that the next one closes', () => {
    const paragraphs = [
      'El sindicalista Jorge Paredes explicó la situación de la planta:',
      '"Llevamos tres meses sin cobrar y la empresa no da ninguna explicación.',
      'Los trabajadores están desesperados y algunos ya se han ido".',
    ];
    expect(found(paragraphs)).toEqual([
      { kind: 'direct', text: 'Llevamos tres meses sin cobrar y la empresa no da ninguna explicación.', speaker: 'Jorge Paredes' },
      { kind: 'direct', text: 'Los trabajadores están desesperados y algunos ya se han ido', speaker: 'Jorge Paredes' },
    ]);
  });
});

describe('epithets with adjectives before their noun (fourth round)', () => {
  const said = (paragraphs: string[], language: string) =>
    extractStatements(articleFromParagraphs({ id: 'test', title: 'Prueba', date: '2024-01-01', language }, paragraphs)).map(({ speaker }) => speaker);

  it('resolves "the top U.S. diplomat" and "el principal diplomático colombiano" to the person named before', () => {
    expect(said(['Secretary of State Antony Blinken met Chinese officials in Beijing.', 'The top U.S. diplomat said the talks were candid and constructive.'], 'en')).toEqual(['Antony Blinken']);
    expect(said(['El canciller Álvaro Leyva se reunió con su par venezolano.', 'El principal diplomático colombiano aseguró que la reunión fue productiva.'], 'es')).toEqual(['Álvaro Leyva']);
  });
});
