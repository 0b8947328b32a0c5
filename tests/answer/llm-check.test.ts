import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswer, NO_ANSWER } from '../../src/answer/summarise.js';
import type { Citation } from '../../src/answer/types.js';

function citation(n: number, excerpt: string): Citation {
  return { n, articleId: `article-${n}`, title: 'Title', outlet: null, date: null, passageId: `article-${n}#0`, excerpt, score: 1, highlights: [] };
}

const citations = [
  citation(1, 'Las cartas marcan el 78 aniversario de la liberación de Corea del dominio colonial japonés de 1910-45.'),
  citation(2, 'Un funcionario vietnamita dijo que el viaje a Vietnam estaba previsto para los días 19 y 20 de junio.'),
];

describe('checkAnswer', () => {
  it('reads grouped markers and renumbers citations in order of first mention', () => {
    expect(checkAnswer('El viaje sería el 19 y 20 de junio [2, 1]. Fue el 78 aniversario [1;2].', citations)).toEqual({
      kind: 'answer',
      text: 'El viaje sería el 19 y 20 de junio [1][2]. Fue el 78 aniversario [2][1].',
      citations: [
        { ...citations[1], n: 1 },
        { ...citations[0], n: 2 },
      ],
    });
  });

  it('accepts figures written with other separators than the passage', () => {
    const withThousands = [citation(1, 'Asistieron 1.500 personas.')];
    expect(checkAnswer('Attendance was 1,500 people [1].', withThousands).kind).toBe('answer');
  });

  it('rejects a figure that only an uncited passage contains', () => {
    expect(checkAnswer('Era el 78 aniversario [2].', citations)).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('78') });
  });

  it('lets a claim name whom another passage of the summary names, but never a name no cited passage has', () => {
    const trip = [citation(1, 'Un funcionario dijo que el viaje a Vietnam estaba previsto para los días 19 y 20 de junio.'), citation(2, 'Putin visitará también Corea del Norte.')];
    expect(checkAnswer('Putin viajará a Vietnam el 19 y 20 de junio [1]. También visitará Corea del Norte [2].', trip).kind).toBe('answer');
    expect(checkAnswer('Putin viajará a Vietnam el 19 y 20 de junio [1].', trip)).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('putin') });
    expect(checkAnswer('Lavrov viajará a Vietnam el 19 y 20 de junio [1]. Putin visitará Corea del Norte [2].', trip)).toMatchObject({ kind: 'rejected', reason: expect.stringContaining('lavrov') });
  });

  it(`treats a bare ${NO_ANSWER} as a refusal but ${NO_ANSWER} inside prose as malformed`, () => {
    expect(checkAnswer(` ${NO_ANSWER}.\n`, citations)).toEqual({ kind: 'refusal' });
    expect(checkAnswer(`Kim viajó [1]. ${NO_ANSWER}`, citations).kind).toBe('rejected');
  });

  it('never lets through a marker without a matching citation, nor a citation that was not given', () => {
    const reply = fc.array(fc.oneof(fc.constantFrom('Kim viajó', ' ', '.', '19', '78'), fc.integer({ min: 0, max: 9 }).map((n) => `[${n}]`)), { maxLength: 12 });
    fc.assert(
      fc.property(reply, (parts) => {
        const checked = checkAnswer(parts.join(''), citations);
        if (checked.kind !== 'answer') return;
        const numbers = checked.citations.map((c) => c.n);
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
        for (const match of checked.text.matchAll(/\[(\d+)\]/g)) expect(numbers).toContain(Number(match[1]));
        for (const c of checked.citations) expect(citations.map((given) => given.excerpt)).toContain(c.excerpt);
      }),
    );
  });
});
