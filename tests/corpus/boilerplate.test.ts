/** Plain-text boilerplate removed by general rules (issue 14): tú, vos, usted forms and English, never one site's strings. */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const BODY = [
  'El ayuntamiento aprobó este martes el presupuesto para reformar el mercado central, cerrado desde el invierno.',
  'Las obras empezarán en septiembre y durarán unos ocho meses, según explicó la concejala de Urbanismo.',
  'Los comerciantes se trasladarán mientras tanto a unas carpas instaladas en la plaza del barrio.',
];

function bodyOf(lines: string[]): string {
  return cleanArticle(lines.join('\n')).paragraphs.join('\n');
}

describe('boilerplate in plain text', () => {
  it('drops a disclaimer of the opinions or the content as its author\'s, however long; a sentence of the story about others\' opinions stays', () => {
    for (const notice of [
      'Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora y no representan necesariamente la línea editorial del Diario del Sur.',
      'Los conceptos vertidos en este espacio son de exclusiva responsabilidad de sus autores.',
      'The views expressed in this post are those of the writer and do not necessarily reflect the position of the Harbour News or its owners.',
      'This column is not written or edited by the Harbour News.',
      'The author is solely responsible for the content.',
    ]) {
      expect(bodyOf([...BODY, notice]), notice).toBe(BODY.join('\n'));
      expect(bodyOf([notice, ...BODY]), notice).toBe(BODY.join('\n'));
    }
    const stays = [
      'Las opiniones expresadas por los vecinos en la asamblea no reflejan la postura de la junta directiva, aclaró su presidente.',
      'The views expressed by the panel do not reflect the council\'s final position, the mayor said on Tuesday.',
      'La concejala dijo que el autor del informe es responsable de los retrasos en la obra del mercado.',
    ];
    for (const sentence of stays) expect(bodyOf([...BODY, sentence]), sentence).toContain(sentence);
  });

  it('drops a counter of readers\' posts under a label above or below the story, and keeps the story after it', () => {
    for (const counter of ['Reader opinions: · 3 posts', 'Opiniones de los lectores: 12 comentarios', 'Comentarios: | 1 comentario']) {
      expect(bodyOf([counter, ...BODY]), counter).toBe(BODY.join('\n'));
      expect(bodyOf([BODY[0]!, counter, ...BODY.slice(1)]), counter).toBe(BODY.join('\n'));
    }
    const stays = 'Resultado de la votación: 12 votos a favor y 3 en contra.';
    expect(bodyOf([...BODY, stays])).toContain(stays);
  });

  it('ends the story at a notice forbidding its copying, whatever sentences follow, but not at a photo credit', () => {
    const endMatter = [
      'Por favor, use uno de los siguientes formatos para citar este artículo en su trabajo o informe:',
      'El mercado de abastos es un mercado municipal de venta al por menor que abrió sus puertas en el siglo pasado. Leer más.',
    ];
    for (const notice of [
      'Prohibida su reproducción total o parcial sin permiso del Diario del Sur.',
      'Not to be reproduced without permission of the Harbour News.',
      // A wire's notice after the site's copyright line, in one paragraph.
      '© 2025 Harbour Media Group Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed. The wire contributed to this report.',
    ]) {
      expect(bodyOf([...BODY, notice, ...endMatter]), notice).toBe(BODY.join('\n'));
    }
    expect(bodyOf([BODY[0]!, '© AFP', ...BODY.slice(1)])).toBe(BODY.join('\n'));
  });

  it.each([
    ['a cookie banner', 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso y nuestra política de privacidad.'],
    ['a newsletter prompt (vos)', 'Suscribite a nuestro newsletter y recibí las noticias más importantes del día'],
    ['a channel prompt (tú)', '¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular'],
    ['a membership prompt (usted)', 'Apoye el periodismo independiente. Cancele cuando quiera su suscripción.'],
    ['an English prompt', 'Get our Daily Edition by email and never miss our top stories'],
    ['a "read also" line (vos)', 'Mirá también: Otro titular de la casa sobre el mismo asunto'],
    ['a "read also" line (usted)', 'Lea también: Otro titular de la casa sobre el mismo asunto'],
    ['a "you can see" line', 'PUEDES VER: ¿Qué pasará con las vacaciones escolares?'],
    ['an advertisement label', 'Advertisement:'],
    ['a "may interest you" prompt with its headline (usted)', 'Le puede interesar: Otro titular de la casa sobre el mismo asunto'],
    ['a "we recommend" prompt with its headline (tú)', 'Te recomendamos: cómo ahorrar en la factura de la luz este invierno'],
    ['related headlines run together after a prompt', 'Related: Fishermen fear dredging will harm the shellfish beds Council approves new ferry terminal after long delay Storm damage closes the north pier for a week'],
    ['related headlines run together after a prompt (tú)', 'Te puede interesar: Los pescadores temen que el dragado dañe los bancos de marisco El consejo aprueba la terminal de ferris tras un largo retraso ¿Subirá otra vez el precio del pan?'],
    ['related headlines run together after a "read also" prompt (usted)', 'Lea también | Cierran el muelle norte por los daños del temporal | El puerto contratará a cuarenta estibadores | Nuevo horario del ferri a la isla desde el lunes'],
    ['a photo caption ending in its credit', 'Los puestos del mercado, vacíos durante el invierno pasado. Foto: Archivo Municipal'],
    ['a photo credit in brackets', '(Credit: Jane Doe / Agency)'],
    ['a photo caption opening with its credit', 'Foto: Archivo Municipal. Los puestos del mercado, vacíos durante el invierno pasado.'],
    ['a photo caption opening with an agency and its photographer (English)', 'Photo: Harbour Press/Jane Doe. Vendors wait at the empty market stalls on Tuesday.'],
    ['a photo caption opening with its credit in brackets', '(Foto: Marta Gil) Los comerciantes esperan junto a los puestos vacíos del mercado central.'],
    ['a photo caption opening with its credit before a bar', 'Fotografía: Marta Gil / Agencia Sur | Los comerciantes esperan junto a los puestos vacíos.'],
    ['a photo caption ending in one agency\'s credit via another', 'El alcalde visita el mercado en esta foto sin fecha publicada por el ayuntamiento. KCNA vía REUTERS'],
    ['a photo caption ending in an agency and its photographer', 'Vendors wait at the empty market stalls on Tuesday. REUTERS/Jane Doe'],
    ['a photo caption ending in an English agency credit', 'Vendors wait at the empty market stalls on Tuesday. AFP via Getty Images'],
    ['a "read more" prompt with a bar before its headline', 'LEE MÁS | Otro titular de la casa: el mismo asunto, otro día'],
    ['a "watch" prompt with a bar (usted)', 'MIRE | Otro titular de la casa sobre el mismo asunto'],
    ['a sales pitch (vos)', 'Con tu suscripción navegás sin límites y accedés a todas las notas. ¡También podés sumar descuentos en comercios!'],
    ['a sales pitch (English)', 'With your subscription you get unlimited articles, the crossword and our morning briefing.'],
    ['a sign-up button (tú)', 'Regístrate para recibir contenido exclusivo'],
    ['a membership button (German)', 'Werden Sie Mitglied'],
    ['a follow button', 'SEGUIR'],
    ['a topics line', 'Topics: markets, city council, budget'],
    ['a prompt to follow the site (tú)', 'Síguenos en Google News y recibe las últimas noticias.'],
    ['a prompt to follow the site (English)', 'Follow us on Bluesky'],
    ['a prompt to follow a section on networks, with a newsletter (tú)', 'Puedes seguir a DIARIO DEL VALLE Ciudad en Instagram y X, o apuntarte aquí para recibir nuestro boletín de los viernes.'],
    ['a prompt to follow a section on networks (vos)', 'Seguí toda la información de Ciudad en TikTok y en nuestro canal.'],
    ['a prompt to follow a section on networks (usted)', 'Siga a la redacción de Ciudad en Facebook.'],
    ['a prompt to follow a section on networks (tú, imperative)', 'Sigue toda la actualidad del barrio en Threads y LinkedIn.'],
    ['a prompt to follow a reporter (English)', 'You can also follow our city reporter Maria Ortiz on Instagram and Bluesky.'],
    ['a prompt to follow the site in emphasis marks', '*Podés seguir a Ciudad en YouTube.*'],
    ['a sign-up prompt (tú)', 'Apúntate a nuestro boletín semanal de Ciudad.'],
    ['a prompt to like the site (English)', 'Like us on Facebook'],
    ['a link marked by its arrow', 'More coverage of the market works »'],
    ['a link marked by its arrow after a sentence', 'Read how the stalls moved to the square last winter. Blog ›'],
    ['an audio player\'s label (tú)', 'Escucha esta nota'],
    ['an audio player\'s label (English)', 'Listen to this article'],
    ['an audio player\'s label (German)', 'Artikel anhören'],
    ['a button to report a mistake', 'Reportar un error'],
    ['a question to report a mistake', '¿Encontraste un error en esta nota?'],
    ['a paywall\'s notice', 'Este contenido es exclusivo para suscriptores.'],
    ['a paywall\'s notice (English)', 'This article is for subscribers only'],
    ['a caption with its credit in brackets', 'Imagen ilustrativa (Foto: Archivo Municipal)'],
    ['a caption with no stop before an agency and its photographer in brackets', 'Vendors unload crates of oranges beside the shuttered stalls of the covered market on Tuesday (Harbour Press/Jane Doe)'],
    ['a caption with its photographer then the agency in brackets', 'Los comerciantes esperan junto a los puestos vacíos del mercado central (Marta Gil / Agencia Sur)'],
    ['a caption with an agency\'s photographer and its photo desk in brackets', 'Crates of oranges stacked by the market gate. (AP Photo/J. Ellis Moore).'],
    ['a caption with an agency\'s photo relayed by another in brackets', 'Market traders unload crates at dawn (Jane Doe/AFP via Getty Images)'],
    ['a long caption with a credit word in brackets', 'Los puestos de fruta del mercado central, cerrados desde el invierno, durante la visita de la concejala de Urbanismo (Foto de Marta Gil para El Diario del Sur)'],
    ['a "read also" prompt after "también" (usted)', 'También lea: ¿Subirá otra vez el precio del pan en los mercados del barrio? Esto dicen los panaderos.'],
    ['a "read also" prompt with a modal (tú)', 'También puedes leer: Otro titular de la casa sobre el mismo asunto'],
    ['a "read also" prompt with a modal (vos)', 'Podés ver también | Otro titular de la casa sobre el mismo asunto'],
    ['a "read also" prompt (English, adverb first)', 'ALSO READ: Another headline from the house on the same matter'],
    ['a "we suggest you read" prompt (tú)', 'Te recomendamos leer: Otro titular de la casa sobre el mismo asunto'],
    ['a link to more of a section\'s news', 'Ver más noticias de Economía'],
    ['where the story goes on after an advertisement', 'Story continues below advertisement'],
    ['where the story goes on (Spanish)', 'La nota continúa debajo de la publicidad'],
    ['a "continue reading" link', 'Continue reading the main story'],
    ['a paginated story\'s page number', '2'],
    ['a paginated story\'s page links', '1 2 3 next »'],
    ['a paginated story\'s page count', 'Page 2 of 3'],
    ['a paginated story\'s page count (Spanish)', 'Página 2 de 3'],
    ['a link to a story\'s next page', 'Next page »'],
    ['a link to read a story whole', '| single page'],
    ['a link to read a story whole (Spanish)', 'Ver en una sola página'],
    ['links to the stories before and after', '« Previous Story More World News Next Story »'],
    ['where the story goes on (past participle)', 'Story Continued Below'],
    ['a widget\'s loading placeholder', 'Cargando...'],
    ['an instruction to click', 'Click here to subscribe'],
    ['an instruction to click (usted)', 'Haga clic aquí para ver la galería completa'],
    ['a login prompt for subscribers', 'Already a subscriber? Log in'],
    ['a login prompt for subscribers (tú)', '¿Ya eres suscriptor? Inicia sesión'],
    ['a prompt to read on behind a subscription', 'Para seguir leyendo, suscríbete a Diario del Valle'],
    ['a call ending on where to answer it', 'Want more stories like this? Sign up here.'],
    ['a call ending on where to answer it (tú)', 'Ahora puedes recibir nuestras noticias en tu teléfono. Únete aquí.'],
    ['a question asking to share the story', '¿Te gustó esta nota? Compártela en tus redes sociales'],
    ['a recommendation widget\'s heading', 'Recommended'],
    ['a related topics heading', 'Temas relacionados'],
    ['a prompt naming what it points to', 'ESCUCHA EL PODCAST: Las claves del día'],
    ['a prompt to a live blog', 'Follow the latest updates on our live blog.'],
    ['a prompt to live coverage (tú)', 'Sigue en directo la última hora de la reforma del mercado.'],
    ['a prompt to live coverage after a live label', 'EN VIVO | Sigue aquí todas las novedades de la reforma del mercado'],
    ['a prompt to live coverage after a live label (English)', 'LIVE: Follow our coverage of the works here'],
    ['a relative publication time', 'Publicado ayer a las 10:30'],
    ['a relative publication time (English)', 'Posted an hour ago'],
    ['a comment policy', 'Comments are moderated before they appear and a free account is needed to post one. We cannot vouch for what readers write; flag any abusive comment with the button beside it and our editors will look at it within a working day.'],
    ['a comment policy (Spanish)', 'Los comentarios son moderados y deben respetar las normas de participación. El diario no se hace responsable de las opiniones de sus lectores, que pueden denunciar los mensajes ofensivos.'],
    ['a call to answer in the comments', 'What do you make of the new market? Tell us in the comments below or write to the newsroom, and we may publish your letter next week.'],
    ['a call to answer in the comments (tú)', '¿Qué opinas de la reforma? Déjanos tu opinión en los comentarios o escríbenos a la redacción.'],
  ])('drops %s', (_, line) => {
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, line, BODY[1]!, BODY[2]!]);
    expect(body).not.toContain(line);
    for (const sentence of BODY) expect(body).toContain(sentence);
  });

  it('drops "te/le puede interesar" and the headlines listed under it', () => {
    for (const label of ['Te puede interesar', 'Le puede interesar:', 'Related Coverage']) {
      const body = bodyOf(['Reforman el mercado central', BODY[0]!, BODY[1]!, label, 'Otro titular de la casa', 'Y otro titular más', BODY[2]!]);
      expect(body, label).not.toMatch(/titular|interesar|Coverage/);
    }
  });

  it('drops the headlines listed under "more on this topic", in German, French and Portuguese too', () => {
    for (const label of ['Mehr zu diesem Thema:', 'Plus sur ce sujet', 'Mais sobre o assunto', 'More on this topic']) {
      const body = bodyOf(['Reforman el mercado central', ...BODY, label, 'Otro titular de la casa, 04.06.2019', 'Y otro titular más, 04.12.2018']);
      expect(body, label).not.toMatch(/titular|Thema|sujet|assunto|topic/);
    }
  });

  it('keeps story sentences that end in a bracketed name or open with "también" and a verb of reading', () => {
    const lines = [
      'Support for the new market fell to 41 percent in the latest survey (Harbour/Ipsos)',
      'Las obras costarán cuatro millones y se pagarán con fondos europeos, según el consistorio. (Agencia EFE/AFP)',
      'The works were first announced by the mayor on local radio (Radio Ellis).',
      'También lee los periódicos de la mañana antes de abrir su puesto, contó su hija.',
      'La concejala lo resumió así: las obras no pueden esperar más.',
      'Ver para creer: el mercado abrió sus puertas con un mes de adelanto.',
      'Photo: Jane Doe, who took the picture, said the stalls had been empty since the winter.',
      'Foto de familia: los ministros posaron ante el mercado antes de la reunión.',
      'Lea también el informe de la auditoría, publicado el martes por el tribunal de cuentas, que muestra que los gastos del puerto se duplicaron en dos años.',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!, BODY[2]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps story sentences about someone\'s comments', () => {
    const lines = ['The comments were reviewed by the city\'s lawyers before the vote, the mayor said.', 'Los comentarios del concejal fueron moderados por la presidenta del pleno.', 'Comments are welcome until Friday, the council said in a statement.'];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps a story sentence that ends in a name after "via" or a slash', () => {
    const lines = ['La alcaldesa respondió a las críticas de los vecinos vía Twitter.', 'The mayor answered the vendors\' complaints via Radio Ellis.', 'El tren cubrirá el trayecto Madrid/Sevilla.'];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps story sentences that open as a player\'s label, an error report or a paywall\'s notice do', () => {
    const lines = [
      'Escucha esta nota de voz que el alcalde envió a los comerciantes, en la que admite el retraso de las obras.',
      'Report an error in the tender, the union said, and the works will be delayed again.',
      'Este contenido es exclusivo para suscriptores de la plataforma municipal desde el lunes, según anunció el consistorio.',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps story sentences that open or end as a click instruction, a continuation mark or a call do', () => {
    const lines = [
      'The story continues below the fold in the printed edition, the editor said, as readers had asked for more pages.',
      'Click here and there, the old mouse still worked, said the museum\'s curator, who keeps the first computers.',
      'Los vecinos que quieran participar en la consulta deben inscribirse ya, según el ayuntamiento, y los comerciantes dicen: únete ya.',
      'Cargando los camiones desde el amanecer, los comerciantes dejaron vacío el mercado antes de las obras.',
      'Para seguir leyendo el informe, los concejales pidieron una copia en papel a la secretaría municipal.',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('drops a media player\'s controls, links labelled by their medium and pointers that close on a click', () => {
    for (const line of ['[+] Enlarge', 'Play Video', 'Show full text', 'Ampliar imagen', 'Video: Las carpas del mercado, listas para el traslado', 'Fotos: así quedó la plaza del barrio', 'To read the council\'s full budget, click here.', 'Para consultar el pliego completo, haga clic aquí.']) {
      expect(bodyOf(['Reforman el mercado central', BODY[0]!, line, ...BODY.slice(1)]), line).toBe(BODY.join('\n'));
    }
  });

  it('drops a reference list\'s heading and the titles of the works it links, and keeps a story sentence after them', () => {
    const closing = 'El pleno votará el proyecto definitivo el próximo mes, después del periodo de alegaciones de los vecinos.';
    for (const heading of ['Referencias', 'Further reading', 'Para saber más']) {
      expect(bodyOf(['Reforman el mercado central', ...BODY, heading, 'Plan de mercados municipales 2020–2030', 'Historia del mercado central', closing]), heading).toBe([...BODY, closing].join('\n'));
    }
  });

  it('keeps story sentences that open with a medium\'s label or a player\'s verb', () => {
    const lines = [
      'Video: the footage, filmed by a stallholder, shows the roof giving way.',
      'Watch the stallholders carefully, the inspector told the council, and you will see who breaks the rules.',
      'Play resumed after the rain, and the market reopened its doors at noon, the organisers said.',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps story sentences that open as a live prompt does', () => {
    // A note that the story first ran elsewhere ("This post originally appeared on …") is the outlet in a text that declares
    // none, the story's line in a page that declares its own site (page-kinds-60.test.ts).
    const lines = [
      'Follow the money, the opposition told the council, and you will see who profits from the live auction of the stalls.',
      'Sigue en vivo el debate municipal la mitad de los vecinos, según una encuesta del propio ayuntamiento.',
      // A closing guillemet after a space closes a quotation, French style; it is no link's arrow.
      'Le maire a répondu aux commerçants : « Nous rouvrirons le marché en septembre »',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps story sentences that name a call\'s verb and its channel further in, in the third person', () => {
    const lines = [
      'Millones de usuarios siguen a la alcaldesa en Instagram desde que anunció la reforma del mercado.',
      'Sigue sin fecha la reapertura del mercado, que los vecinos reclaman en Facebook desde marzo.',
      'Siga quien siga al frente del mercado que los vecinos defienden en Facebook, las obras no se detendrán.',
      'La concejala puede seguir en el cargo hasta el verano, según el reglamento.',
      'Riders without the app will get a text message asking them to download it from the store.',
      'The council said it would support the new channel for residents\' complaints.',
      'Miles de vecinos quieren recibir el boletín municipal en papel, según la encuesta.',
    ];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
    // The same verbs opening a clause, or in a line that speaks to its reader, still call.
    for (const call of ['Para no perderte nada, descarga nuestra app gratis.', 'Los invitamos a suscribirse a nuestro boletín semanal.']) {
      expect(bodyOf([BODY[0]!, call, BODY[1]!]), call).toBe([BODY[0], BODY[1]].join('\n'));
    }
  });

  it('keeps a story sentence about someone else\'s subscription or a channel\'s members', () => {
    const lines = ['La plataforma subió el precio de su suscripción mensual a doce euros, según anunció la empresa este lunes.', 'Los miembros del canal vecinal votaron a favor de la reforma.'];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('drops a gallery\'s heading, its controls and its captions inside the story', () => {
    const galleries = [
      ['World news in pictures', 'Show all 24', 'Crowds gather for the lantern festival', '1 of 24'],
      ['La semana en imágenes', 'Ver las 12 fotos', 'Vecinos en la fiesta del barrio'],
      ['Photo gallery', 'View all photos'],
    ];
    for (const gallery of galleries) {
      const body = bodyOf(['Reforman el mercado central', BODY[0]!, BODY[1]!, ...gallery, BODY[2]!]);
      for (const line of gallery) expect(body, line).not.toContain(line);
      for (const sentence of BODY) expect(body).toContain(sentence);
    }
  });

  it('keeps story lines that mention pictures or show a count', () => {
    const lines = ['The archive shows all 24 photos taken that night in pictures.', 'El informe muestra los 12 casos registrados en fotos de la policía.'];
    const body = bodyOf(['Reforman el mercado central', BODY[0]!, ...lines, BODY[1]!]);
    for (const line of lines) expect(body).toContain(line);
  });

  it('keeps a fact box of labels and values after the story\'s last sentence, with its heading', () => {
    const box = ['Datos clave', 'Presupuesto: 4,2 millones de euros', 'Plazo: ocho meses', 'Puestos: 40'];
    const body = bodyOf(['Reforman el mercado central', ...BODY, ...box, 'Otro titular de la casa', 'Y otro titular más']);
    for (const line of box) expect(body).toContain(line);
    expect(body).not.toMatch(/titular/);
  });

  it('drops a tag list under its label', () => {
    const body = bodyOf(['Reforman el mercado central', ...BODY, 'Temas', 'Nueva Constitución', 'Mercados']);
    expect(body).not.toMatch(/Temas|Nueva Constitución|Mercados/);
  });

  it('never takes a cookie banner for the title', () => {
    const cleaned = cleanArticle(['Este sitio usa cookies para mejorar su experiencia. Aceptar', 'Reforman el mercado central', ...BODY].join('\n'));
    expect(cleaned.title).toBe('Reforman el mercado central');
  });

  it('keeps closing credits and a line ending in ")"', () => {
    const body = bodyOf(['Reforman el mercado central', ...BODY, '(FR mit dpa)', 'Additional reporting by Jane Doe; Editing by John Roe']);
    expect(body).toContain('(FR mit dpa)');
    expect(body).toContain('Additional reporting by Jane Doe; Editing by John Roe');
  });

  it('keeps a last paragraph whose closing credit in brackets follows its final sentence on the same line', () => {
    for (const credit of ['(FR mit dpa)', '(Redacción con AFP)', '(AP)']) {
      const closing = `Las obras costarán cuatro millones y se pagarán con fondos europeos, según el consistorio. ${credit}`;
      expect(bodyOf(['Reforman el mercado central', ...BODY, closing, 'Comparte esta noticia'])).toContain(closing);
    }
  });

  it('keeps a last paragraph whose reference marks follow its final sentence', () => {
    for (const marks of ['[8]', '[3][4]']) {
      const closing = `Un crítico dijo que la reforma es «la mejor noticia del barrio en años».${marks}`;
      expect(bodyOf(['Reforman el mercado central', ...BODY, closing, 'Comparte esta noticia'])).toContain(closing);
    }
  });

  it('keeps a last paragraph closed by a magazine\'s end sign after its final sentence', () => {
    for (const sign of ['®', '■', '♦']) {
      const closing = `Las obras costarán cuatro millones y se pagarán con fondos europeos, según el consistorio. ${sign}`;
      expect(bodyOf(['Reforman el mercado central', ...BODY, closing, 'Comparte esta noticia'])).toContain(closing);
    }
  });

  it('keeps Japanese prose ending in 。', () => {
    const japanese = ['市場の改修工事が九月に始まる予定だと市の担当者が火曜日に明らかにした。', '工事は約八か月続き、店は広場の仮設テントに移る。'];
    const body = bodyOf(['市場を改修', ...japanese]);
    for (const sentence of japanese) expect(body).toContain(sentence);
  });
});
