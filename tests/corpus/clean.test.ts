import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../support/random.js';
import { buildArticle } from '../../src/corpus/index.js';
import { cleanArticle } from '../../src/corpus/clean.js';

/** A page as scraped text: one paragraph per line, paragraphs separated by `separator`. */
const page = (lines: string[], separator = '\n\n') => lines.join(separator);

// A Spanish news page from a CMS unlike the seeds': breadcrumbs, share buttons, a byline with a
// date, reading time, an inline "read also", advertising, tags, a related list, comments.
const SPANISH_BODY = [
  'MADRID, 3 mar. (EFE).- El Consejo de Ministros aprobó este martes un plan de vivienda destinado a menores de 35 años, con ayudas al alquiler y avales para la compra.',
  'La ministra explicó que el plan costará 1.200 millones de euros y beneficiará a unas 300.000 personas.',
  'El portavoz de la oposición declinó dejar un comentario sobre la medida, aunque su partido anunció que la estudiará.',
  'Las comunidades autónomas gestionarán las ayudas a partir de junio.',
  'La medida entrará en vigor en julio.',
];
const SPANISH_PAGE = page(
  [
    'Inicio » Economía » Vivienda',
    'Economía',
    'El Gobierno aprueba un plan de vivienda para jóvenes',
    'El Gobierno aprueba un plan de vivienda para jóvenes',
    'Compartir en Facebook',
    'Compartir en Twitter',
    'WhatsApp',
    'Por María López | 3 de marzo de 2024',
    'Tiempo de lectura: 4 min',
    SPANISH_BODY[0]!,
    SPANISH_BODY[1]!,
    'Publicidad',
    SPANISH_BODY[2]!,
    'Lee también: El precio del alquiler sube un 10 % en un año',
    SPANISH_BODY[3]!,
    SPANISH_BODY[4]!,
    'Etiquetas: vivienda, jóvenes, alquiler',
    'Noticias relacionadas',
    'El Congreso debate la ley de vivienda',
    'Suben las hipotecas por tercer mes consecutivo',
    '3 comentarios',
    'Juan dice:',
    '4 de marzo de 2024 a las 10:30',
    'Muy buen artículo, gracias por la información tan completa y detallada que ofrecen siempre.',
    'Escribe un comentario',
    'Tu email no será publicado.',
    'Nombre *',
    'Suscríbete a nuestro boletín',
    '© 2024 Diario Ejemplo. Todos los derechos reservados.',
  ],
  '\n',
);

// An English page: navigation, a teaser that runs the first two paragraphs together, a photo
// credit, advertising inside the body, a comment form in other words, cookies.
const ENGLISH_BODY = [
  'MIAMI (AP) — Thousands of residents were ordered to leave their homes on Tuesday as the storm approached the coast, officials said.',
  'Shelters opened in three counties and schools will remain closed until Friday, the governor announced at a news conference.',
  'The last storm of comparable strength reached the area on August 29, 2005, and flooded most of the old town.',
  'Residents can check the county website for updates on shelters, closed roads and the return home.',
  'The storm is expected to weaken by Thursday.',
];
const ENGLISH_PAGE = page([
  'Skip to content',
  'Menu',
  'Search',
  'World',
  'Storm forces evacuation of coastal towns',
  'By Jane Doe and John Roe',
  'Updated 2 hours ago',
  'Share on Facebook',
  'Share on X',
  'Email',
  'Print',
  'MIAMI (AP) — Thousands of residents were ordered to leave their homes on Tuesday as the storm approached the coast, officials said. Shelters opened in three counties and schools will remain…',
  'Photo: AP/John Smith',
  ENGLISH_BODY[0]!,
  ENGLISH_BODY[1]!,
  'Advertisement',
  ENGLISH_BODY[2]!,
  'Related: Hurricane season forecast raised',
  ENGLISH_BODY[3]!,
  ENGLISH_BODY[4]!,
  'Tags: storm, evacuation',
  'You may also like',
  'Hurricane Season Forecast Raised Again',
  'Join the discussion',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
  'We use cookies to improve your experience on our site.',
  'Accept all',
]);

describe('cleaning pages from other sites', () => {
  it('keeps exactly the body of a Spanish page, including a short closing line and a paragraph mentioning a comment', () => {
    const cleaned = cleanArticle(SPANISH_PAGE);
    expect(cleaned.title).toBe('El Gobierno aprueba un plan de vivienda para jóvenes');
    expect(cleaned.paragraphs).toEqual(SPANISH_BODY);
  });

  it('describes the Spanish page from its dateline and byline', () => {
    const article = buildArticle({ id: 'vivienda', file: 'vivienda.txt', text: SPANISH_PAGE, hash: 'x' });
    expect(article).toMatchObject({ title: 'El Gobierno aprueba un plan de vivienda para jóvenes', outlet: 'EFE', author: 'María López', date: '2024-03-03', language: 'es' });
  });

  it('keeps exactly the body of an English page and drops its teaser', () => {
    const cleaned = cleanArticle(ENGLISH_PAGE);
    expect(cleaned.title).toBe('Storm forces evacuation of coastal towns');
    expect(cleaned.paragraphs).toEqual(ENGLISH_BODY);
  });

  it('gives the English page no date: "Tuesday" is relative and 2005 is an event in the body', () => {
    const article = buildArticle({ id: 'storm', file: 'storm.txt', text: ENGLISH_PAGE, hash: 'x' });
    expect(article).toMatchObject({ outlet: 'AP', author: 'Jane Doe, John Roe', date: null, language: 'en' });
  });

  it('keeps the later, complete copy of a repeated lead and of a pull quote', () => {
    const lead = 'La alcaldesa anunció el cierre del puente viejo durante seis meses para reforzar sus pilares.';
    const quote = '“No podemos esperar a que ocurra una desgracia”, afirmó la alcaldesa en la rueda de prensa.';
    const cleaned = cleanArticle(
      page(['Cierran el puente viejo', lead, quote, lead, 'Los técnicos municipales detectaron grietas en dos de los pilares en la última inspección.', quote]),
    );
    expect(cleaned.paragraphs).toEqual([lead, 'Los técnicos municipales detectaron grietas en dos de los pilares en la última inspección.', quote]);
  });

  it('keeps every paragraph of a long page written from few words: shared word runs scattered over it are no copy', () => {
    const random = createRandom(14);
    const vocabulary = ['el', 'mercado', 'abre', 'hoy', 'con', 'la', 'plaza', 'llena'];
    const body = Array.from({ length: 3000 }, (_, index) => {
      const words = Array.from({ length: 12 }, () => random.pick(vocabulary));
      return `Nota ${index}: ${words.join(' ')}.`;
    });
    expect(cleanArticle(page(['Cuaderno del mercado', ...body])).paragraphs).toHaveLength(body.length);
  });

  it('keeps the items of a list that a closing line introduces with a colon', () => {
    const last = 'El plan se presentará el jueves a los vecinos del barrio en el centro cívico municipal.';
    const cleaned = cleanArticle(page(['Cierran el puente viejo', last, 'Las obras incluirán:', 'refuerzo de los pilares', 'nueva barandilla', 'Deja un comentario']));
    expect(cleaned.paragraphs).toEqual([last, 'Las obras incluirán:', 'refuerzo de los pilares', 'nueva barandilla']);
  });

  it('takes a title from the first sentence when the page has no title line, and drops no paragraph', () => {
    const body = [
      'El Ayuntamiento de Sevilla abrirá tres nuevas bibliotecas de barrio antes de que termine el año. Las obras ya han comenzado.',
      'Cada biblioteca tendrá una sala de estudio abierta hasta medianoche durante los exámenes.',
    ];
    const article = buildArticle({ id: 'bibliotecas', file: 'bibliotecas.txt', text: page(body), hash: 'x' });
    expect(article?.title).toBe('El Ayuntamiento de Sevilla abrirá tres nuevas bibliotecas de barrio antes de que termine el año');
    expect(article?.text).toBe(body.join('\n\n'));
  });

  it('keeps the prose of a page where no line ends like a sentence', () => {
    const lines = ['Corte de agua en el centro', 'Compartir', 'Los vecinos del centro no tendrán agua el jueves por la mañana', 'La empresa pide guardar reservas', 'Deja una respuesta', 'Juan dice que es la tercera vez este mes'];
    expect(cleanArticle(page(lines))).toMatchObject({
      title: 'Corte de agua en el centro',
      paragraphs: ['Los vecinos del centro no tendrán agua el jueves por la mañana', 'La empresa pide guardar reservas'],
    });
  });

  it('rejoins hard-wrapped plain text into paragraphs', () => {
    const wrapped = [
      'Vecinos protestan por el ruido del puerto',
      '',
      'Cientos de vecinos del barrio marítimo se concentraron el domingo frente',
      'a la sede de la autoridad portuaria para protestar por el ruido de las',
      'grúas, que según denuncian trabajan toda la noche desde hace un mes.',
      '',
      'La autoridad portuaria respondió que estudiará limitar el horario de las',
      'operaciones de carga más ruidosas a partir del mes que viene.',
    ].join('\n');
    expect(cleanArticle(wrapped).paragraphs).toEqual([
      'Cientos de vecinos del barrio marítimo se concentraron el domingo frente a la sede de la autoridad portuaria para protestar por el ruido de las grúas, que según denuncian trabajan toda la noche desde hace un mes.',
      'La autoridad portuaria respondió que estudiará limitar el horario de las operaciones de carga más ruidosas a partir del mes que viene.',
    ]);
  });
});

const BODY_A = 'El ministro de Sanidad presentó este lunes el nuevo calendario de vacunación para el próximo otoño.';
const BODY_B = 'La campaña empezará en octubre y dará prioridad a las personas mayores de sesenta años.';
const CLOSING = 'Las citas se podrán pedir por teléfono.';

// Furniture that can sit between two body paragraphs or after the body.
const FURNITURE_LINES = [
  'Compartir', 'Share this', 'Facebook Twitter WhatsApp Telegram', 'Imprimir', 'Copiar enlace', 'Publicidad', 'Advertisement',
  'Lee también: Otra noticia de sanidad', 'Read more: Another health story', 'Etiquetas: sanidad, vacunas', 'Tags: health',
  'Suscríbete a nuestro boletín', 'Subscribe to our newsletter', 'Foto: EFE', 'Photo: Reuters/Jane Doe', 'Tiempo de lectura: 3 min',
  '5 min read', 'Actualizado hace 3 horas', 'ADMINISTRATOR', 'Perfil', 'Ver todas las entradas', 'error: Gracias por Visitarnos !!',
  'Usamos cookies para mejorar tu experiencia.', 'Aceptar todas', '© 2024 Diario del Sur', 'Todos los derechos reservados.', 'Volver arriba',
];
// Widget headings followed by the titles they list.
const LISTS = [
  ['Noticias relacionadas', 'El Gobierno prepara otra reforma', 'Suben los precios de la luz'],
  ['Lo más leído', 'Cinco claves del presupuesto', 'El tiempo para el fin de semana'],
  ['Related Posts', 'Storm hits the coast', 'Markets close higher'],
  ['Latest Posts', 'Top Authors', 'Most Commented', 'Featured Videos', 'Posts Carousel'],
  ['Te puede interesar', 'La ola de calor se prolonga'],
];
// Comment sections and forms: nothing after them is the article.
const COMMENT_SECTIONS = [
  ['Deja una respuesta', 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *'],
  ['Leave a Comment', 'Your email address will not be published. Required fields are marked with *'],
  ['Añade tu comentario', 'Cancelar respuesta', 'Debes iniciar sesión para publicar un comentario.'],
  ['12 comentarios', 'Pedro dice:', 'Estoy de acuerdo con lo que dice el ministro, ya era hora de que hicieran algo así.'],
  ['Join the discussion', 'Share your thoughts'],
  ['Publicar comentario', 'Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.'],
];

describe('furniture variants', () => {
  it.each(FURNITURE_LINES)('drops "%s" between paragraphs and after the body', (line) => {
    const cleaned = cleanArticle(page(['Nuevo calendario de vacunas', BODY_A, line, BODY_B, CLOSING, line]));
    expect(cleaned.paragraphs).toEqual([BODY_A, BODY_B, CLOSING]);
  });

  it.each(LISTS.map((list) => [list[0], list]))('drops the widget "%s" with the titles under it', (_, list) => {
    const cleaned = cleanArticle(page(['Nuevo calendario de vacunas', BODY_A, ...list!, BODY_B, CLOSING, ...list!]));
    expect(cleaned.paragraphs).toEqual([BODY_A, BODY_B, CLOSING]);
  });

  it.each(COMMENT_SECTIONS.map((section) => [section[0], section]))('ends the article at the comment section "%s"', (_, section) => {
    const cleaned = cleanArticle(page(['Nuevo calendario de vacunas', BODY_A, BODY_B, CLOSING, ...section!]));
    expect(cleaned.paragraphs).toEqual([BODY_A, BODY_B, CLOSING]);
  });

  it('never takes a body paragraph that talks about comments, shares or newsletters for furniture', () => {
    const body = [
      'Deja un comentario quien quiera opinar, dijo el alcalde al cerrar el pleno, pero la votación ya está hecha y el proyecto sigue adelante.',
      'El periódico recibió más de doscientos comentarios de lectores durante la primera hora después de publicar la entrevista.',
      'Compartir en redes sociales las fotos del accidente está prohibido por la ley de protección de datos, recordó la policía.',
      'Los suscriptores del boletín municipal recibirán el programa completo de las fiestas la semana que viene.',
      'Your email will be answered within two days, the company promised customers who complained about the outage.',
      'Haz tu comentario en la web municipal, pidió el alcalde.',
      'Únete a la protesta, gritaban los vecinos.',
      'Leave a comment on the council website, the mayor said.',
    ];
    expect(cleanArticle(page(['Polémica en el pleno', ...body])).paragraphs).toEqual(body);
  });
});

// Prose paragraphs drawn from a vocabulary, so that they never repeat one another.
const WORDS = ['el', 'la', 'gobierno', 'ciudad', 'anunció', 'ayer', 'nuevo', 'plan', 'para', 'los', 'vecinos', 'que', 'obras', 'durante',
  'meses', 'según', 'fuentes', 'del', 'ministerio', 'presupuesto', 'aumentará', 'región', 'norte', 'sur', 'agua', 'escuelas', 'hospital',
  'tráfico', 'puerto', 'empresa', 'trabajadores', 'huelga', 'acuerdo', 'con', 'sin', 'desde', 'hasta', 'alcalde', 'calles', 'barrio'];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 30 })
  .map((words) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));

describe('cleaning never drops prose and never keeps furniture', () => {
  it('keeps every prose paragraph whatever furniture is mixed in', () => {
    const furniture = fc.constantFrom(...FURNITURE_LINES.map((line) => [line]), ...LISTS);
    fc.assert(
      fc.property(
        fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), furniture), { maxLength: 6 }),
        (body, inserts) => {
          const lines = [...body];
          for (const [at, block] of inserts) {
            // Right before a body paragraph (or at the end), so never inside a list inserted earlier.
            const next = body[at % (body.length + 1)];
            lines.splice(next === undefined ? lines.length : lines.indexOf(next), 0, ...block);
          }
          const cleaned = cleanArticle(page(['Un titular cualquiera', ...lines]));
          expect(cleaned.paragraphs).toEqual(body);
        },
      ),
    );
  });
});

describe('a last sentence tagged with handles, hashtags or chat mentions', () => {
  it('keeps the paragraph and the story after it (the trial at stop 59: a short story lost its last two paragraphs)', () => {
    for (const tags of ['@everyone', '<@123>', '@sindicato_puerto #huelga', '<#456>']) {
      const story = [
        'Paro en el puerto de Valdemar',
        'El sindicato convocó un paro de estibadores y dijo que la subida era insuficiente.',
        `La patronal, según su comunicado, considera que el paro es ilegal. ${tags}`,
        'El gobierno pidió calma a ambas partes.',
      ];
      const cleaned = cleanArticle(story.join('\n\n'));
      expect(cleaned.paragraphs, tags).toEqual(story.slice(1));
    }
  });

  it('still leaves out a line that ends in a word with no sentence before it', () => {
    const cleaned = cleanArticle(['Paro en el puerto de Valdemar', 'El sindicato convocó un paro de estibadores y dijo que la subida era insuficiente.', 'Puerto Valdemar Noticias Portada'].join('\n\n'));
    expect(cleaned.paragraphs).not.toContain('Puerto Valdemar Noticias Portada');
  });
});
