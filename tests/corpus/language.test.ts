import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { detectEldSmall, readNgramTable } from '../../src/corpus/eld-compact.js';
import { eldDatabase, eldFile } from '../../src/corpus/eld-data.js';
import { detectLanguage } from '../../src/corpus/language.js';

const TEXTS = [
  'El gobierno anunció ayer que la reforma de las pensiones se votará en el Congreso antes del verano.',
  'The council said on Tuesday that the new bridge would open to traffic next spring, two years late.',
  'Le ministre a déclaré que les négociations reprendraient la semaine prochaine à Bruxelles.',
  'Die Regierung hat am Mittwoch beschlossen, die Steuern für kleine Unternehmen zu senken.',
  'O presidente disse que não vai desistir da reforma, apesar das críticas da oposição.',
  'Il sindaco ha spiegato che i lavori sulla strada statale finiranno entro la fine di maggio.',
  'Правительство заявило, что новые правила вступят в силу с первого января следующего года.',
  'وقال المتحدث باسم الحكومة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.',
  '政府は来年度の予算案を閣議決定し、国会に提出する方針を明らかにした。',
  '国务院总理今天在北京会见了来访的外国代表团，双方就经贸合作交换了意见。',
  'Ο υπουργός δήλωσε ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα.',
  'प्रधानमंत्री ने कहा कि सरकार किसानों की आय दोगुनी करने के लिए प्रतिबद्ध है।',
  'Hükümet, yeni vergi düzenlemesinin önümüzdeki ay yürürlüğe gireceğini açıkladı.',
  'Rząd ogłosił, że nowe przepisy wejdą w życie od pierwszego stycznia przyszłego roku.',
  '정부는 내년 예산안을 국회에 제출할 계획이라고 밝혔다.',
  'Kim, Putin 2024 😀 www.example.com — 12,5 % «sí» don’t l’État',
  // Separators ending in apostrophes (eld keeps those), letters past U+FFFF and a lone surrogate.
  "l’’arrivée ,' `cita` 𝐀𝐁𝐂 d'' ’’ a’, ¿qué? \ud800 niño",
  '',
  '123 456 !!! ???',
  'a',
];

describe("article language detection over eld's compact table", () => {
  it("reads eld's 'small' database exactly: every n-gram with every language's score", async () => {
    const database = await eldDatabase('small');
    const table = readNgramTable(readFileSync(fileURLToPath(eldFile('ngrams/small.js')), 'utf8'));
    expect(table.codes).toEqual(Object.values(database.languages));
    expect(table.numbers.size).toBe(Object.keys(database.ngrams).length);
    const differing = Object.entries(database.ngrams).filter(([ngram, scores]) => {
      const number = table.numbers.get(ngram);
      if (number === undefined) return true;
      const read: Record<number, number> = {};
      for (let at = table.starts[number]!; at < table.starts[number + 1]!; at++) read[table.languages[at]!] = table.scores[at]!;
      return JSON.stringify(read) !== JSON.stringify(scores);
    });
    expect(differing).toEqual([]);
  });

  it("decides as eld itself does, whole texts and any cut of them, in many languages and scripts", () => {
    const samples = [...TEXTS, TEXTS.join(' '), TEXTS.slice(6).join('\n'), TEXTS[0]!.repeat(40)];
    for (const text of samples) {
      for (let cut = 0; cut <= text.length; cut += Math.max(1, Math.floor(text.length / 7))) {
        expect(detectEldSmall(text.slice(cut)), text.slice(cut)).toBe(eld.detect(text.slice(cut)).language);
      }
    }
  });

  it('falls back when the text gives no language', () => {
    expect(detectLanguage('123 456', 'en')).toBe('en');
    expect(detectLanguage(TEXTS[2]!, 'en')).toBe('fr');
  });
});
