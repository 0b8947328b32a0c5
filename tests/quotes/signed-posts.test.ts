/**
 * Social-network posts embedded in news pages: the post's text, then its signature ("— Name (@handle)
 * date", or Instagram's "A post shared by Name (@handle)"). The post is the signer's direct statement,
 * with the account as its channel; a dash line without an account is no signature.
 */
import { describe, expect, it } from 'vitest';
import { signatureAt } from '../../src/corpus/post-signature.js';
import type { Library } from '../../src/library.js';
import { extractStatements } from '../../src/quotes/index.js';
import { articleFromParagraphs } from '../fixtures/quotes/load.js';
import { withSeedFiles } from '../support/seed-folder.js';

const EMBED_PAGE = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Un incendio obliga a desalojar Olmedal | Diario del Tajo</title></head>
<body><article><h1>Un incendio obliga a desalojar Olmedal</h1>
<p>Un incendio forestal declarado a mediodía en los montes de Olmedal obligó a desalojar a unos trescientos vecinos de dos urbanizaciones.</p>
<p>La presidenta regional reaccionó en las redes sociales poco después de conocer el desalojo.</p>
<blockquote class="twitter-tweet"><p lang="es" dir="ltr">Estamos con los vecinos de Olmedal. Todo nuestro apoyo a los equipos de extinción que trabajan sin descanso 🚒</p>&mdash; Rosa Valcárcel de la Fuente (@rosavalcarcel) <a href="https://example.org/status/1">July 21, 2024</a></blockquote>
<p>Los bomberos trabajaban por la noche con cuatro medios aéreos y doce dotaciones terrestres para contener el fuego.</p>
</article></body></html>`;

// The same embed scraped as text: the signature on a line of its own.
const SCRAPED = [
  'El alcalde de Brañosa celebra la reapertura del puente',
  'El puente sobre el río Lera reabrió el lunes tras ocho meses de obras de refuerzo.',
  'Great news for everyone who crosses the Lera every day. Thank you to all the workers!',
  '— Tomás Ibarra (@tomasibarra) 3 de junio de 2024',
  'El tráfico de camiones seguirá limitado a doce toneladas hasta el otoño.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-posts-', { 'incendio.html': EMBED_PAGE, 'puente.txt': SCRAPED }, (opened) => (library = opened));

describe('an embedded post', () => {
  it('is its signer\u2019s direct statement, with the account as channel, found by full name or surname', () => {
    for (const query of ['Rosa Valcárcel de la Fuente', 'Valcárcel de la Fuente']) {
      const result = library.quote(query);
      expect(result.actor, query).toBe('Rosa Valcárcel de la Fuente');
      expect(result.statements).toMatchObject([{ kind: 'direct', text: 'Estamos con los vecinos de Olmedal. Todo nuestro apoyo a los equipos de extinción que trabajan sin descanso 🚒', via: '@rosavalcarcel' }]);
    }
  });

  it('signed on a line of its own in scraped text is credited too', () => {
    const result = library.quote('Tomás Ibarra');
    expect(result.statements.map((statement) => [statement.kind, statement.text, statement.via])).toEqual([
      ['direct', 'Great news for everyone who crosses the Lera every day. Thank you to all the workers!', '@tomasibarra'],
    ]);
  });

  it('is what /ask quotes for what the signer said, never the signature alone', async () => {
    const result = await library.ask('¿Qué dijo Valcárcel sobre el incendio?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('Todo nuestro apoyo a los equipos de extinción');
  });
});

describe('what is not a post signature', () => {
  it.each([
    '— Redacción',
    '— Fin —',
    '— Rosa Valcárcel, presidenta regional',
    '— Rosa Valcárcel (@rosavalcarcel) dijo después que la situación estaba controlada y que nadie corría peligro.',
    'la cuenta de Rosa Valcárcel (@rosavalcarcel) publicó un mensaje',
  ])('%j', (line) => {
    expect(signatureAt(line)).toBeUndefined();
  });

  it('a paragraph closed by a dash line without an account yields no statement', () => {
    const article = articleFromParagraphs({ id: 'x', title: 'Puente', date: null, language: 'es' }, [
      'El puente sobre el río Lera reabrió el lunes tras ocho meses de obras. — Redacción Brañosa',
    ]);
    expect(extractStatements(article)).toEqual([]);
  });

  it('reads the signatures of other embeds', () => {
    expect(signatureAt('A post shared by Marta Ríos (@marta.rios)')).toMatchObject({ start: 0, name: 'Marta Ríos', handle: '@marta.rios' });
    expect(signatureAt('Una publicación compartida por Marta Ríos (@marta_rios)')).toMatchObject({ name: 'Marta Ríos', handle: '@marta_rios' });
    expect(signatureAt('— Jan van der Berg (@jvdberg) March 3, 2024')).toMatchObject({ name: 'Jan van der Berg' });
  });
});
