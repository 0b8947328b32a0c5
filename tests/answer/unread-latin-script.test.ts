/**
 * A question in a language the bot reads only in part, written in the Latin alphabet (French, Italian, Portuguese,
 * German), with no capitalised name or figure: its words were looked up as written, and the refusal says so, not that
 * it holds nothing in the Latin alphabet, which is only true of another script (a newcomer's trial at stop 60's end).
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

let library: Library;
withSeedFiles(
  'hemeroteca-unread-latin-',
  {
    'molino.txt':
      'El molino de Valdecañas vuelve a moler trigo\n\nLa cooperativa de Valdecañas reabrió el molino harinero el sábado, después de una restauración de dos años, contó su presidenta, Irene Castañar. El molino muele ahora unos 300 kilos de trigo al día.\n',
  },
  (opened) => (library = opened),
);

async function answerTo(question: string, fallback: 'es' | 'en'): Promise<string> {
  const check = library.checkQuestion(question, fallback);
  if (!check.ok) throw new Error(`not looked up: ${check.message}`);
  return (await library.ask(check)).answer;
}

describe('a question in a language read only in part, in the Latin alphabet', () => {
  const questions = ['pourquoi le moulin est-il resté fermé si longtemps ?', 'quanto grano macina il mulino ogni giorno?', 'quem restaurou o moinho da cooperativa?', 'wie viel weizen mahlt die mühle jeden tag?'];

  it('is told its words were looked up as written, never that it has nothing in the Latin alphabet', async () => {
    for (const question of questions) {
      const spanish = await answerTo(question, 'es');
      expect(spanish, question).not.toMatch(/alfabeto latino/u);
      expect(spanish, question).toMatch(/Solo leo en parte .*Busqué sus palabras tal como están escritas/u);
      const english = await answerTo(question, 'en');
      expect(english, question).not.toMatch(/Latin script/u);
      expect(english, question).toMatch(/only in part .*I looked up its words as written/u);
    }
  });

  it('keeps the Latin-alphabet sentence for a question in another script', async () => {
    expect(await answerTo('почему мельница была закрыта так долго?', 'en')).toMatch(/no name or number in Latin script/u);
  });
});
