/** One story saved twice, as a page that declares its author, date and outlet and as a text copy (B5). */

export const SAME_TITLE = 'El ayuntamiento aprueba la reforma del mercado central';
export const SAME_STORY = [
  'El ayuntamiento aprobó este martes el presupuesto para reformar el mercado central, que lleva cerrado desde el invierno pasado por el mal estado de su cubierta.',
  'Las obras empezarán en septiembre y durarán unos ocho meses, según explicó la concejala de Urbanismo en la rueda de prensa posterior al pleno municipal.',
  'Los comerciantes se trasladarán mientras tanto a unas carpas instaladas en la plaza, con el mismo horario que tenían hasta ahora y sin pagar alquiler.',
  'La oposición votó en contra porque considera que el proyecto es demasiado caro y que el ayuntamiento debería haber consultado antes a los vecinos del barrio.',
];

/** The story as a saved page that declares its author, date and outlet. */
export function savedPage(story = SAME_STORY): string {
  const head = `<title>${SAME_TITLE} | Diario del Sur</title><meta property="og:site_name" content="Diario del Sur"><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-05-02T09:00:00+02:00">`;
  return `<!doctype html><html lang="es"><head>${head}</head><body><article><h1>${SAME_TITLE}</h1>${story.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
}

/** The same story copied as text: its title and paragraphs, nothing declared. */
export function textCopy(story = SAME_STORY): string {
  return [SAME_TITLE, ...story].join('\n\n');
}
