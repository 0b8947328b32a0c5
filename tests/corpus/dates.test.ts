import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../src/corpus/dates.js';
import { readDateLine } from '../../src/corpus/lines.js';

describe('parseDate', () => {
  it.each([
    // Spanish
    ['agosto 15, 2023', '2023-08-15'],
    ['15 de agosto de 2023', '2023-08-15'],
    ['martes, 15 de agosto de 2023', '2023-08-15'],
    ['1 de septiembre del 2023', '2023-09-01'],
    ['1º de setiembre de 2023', '2023-09-01'],
    ['15 ago. 2023', '2023-08-15'],
    ['15 de Agosto, 2023', '2023-08-15'],
    ['Publicado el 3 de marzo de 2024 a las 10:30', '2024-03-03'],
    // Dashes or slashes around an abbreviated month
    ['02-dic-2026', '2026-12-02'],
    ['2/Dic/2026 10:30', '2026-12-02'],
    ['15-ago.-2023', '2023-08-15'],
    ['02-Dec-2026', '2026-12-02'],
    // A comma after the day, as some templates print it beside a calendar icon
    ['26, Abril, 2022', '2022-04-26'],
    ['Martes, 3, junio, 2025', '2025-06-03'],
    // English
    ['August 15, 2023', '2023-08-15'],
    ['Aug. 15, 2023', '2023-08-15'],
    ['Tuesday, August 15th, 2023 10:30 am', '2023-08-15'],
    ['15 August 2023', '2023-08-15'],
    ['Sept. 1, 2023', '2023-09-01'],
    // Unix `date` and Java timestamps: the time and zone come between the day and the year.
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03'],
    ['Tue Dec  6 09:05 2016', '2016-12-06'],
    // Numeric: day first, as Spanish writes it, unless only month first is a real date
    ['15/08/2023', '2023-08-15'],
    ['05/08/2023', '2023-08-05'],
    ['15.08.2023', '2023-08-15'],
    ['15-08-2023', '2023-08-15'],
    ['08/15/2023', '2023-08-15'],
    ['2023-08-15', '2023-08-15'],
    ['2023-08-15T10:00:00Z', '2023-08-15'],
    ['2023/08/15', '2023-08-15'],
    // Japanese and Chinese
    ['2025年4月10日', '2025-04-10'],
    ['公開日：2023年 8月 15日 10:30', '2023-08-15'],
    ['29 de febrero de 2024', '2024-02-29'],
    // A time printed right after the year, in another element of the page, with no space between.
    ['miércoles, 4 de mayo de 202407:59 hs', '2024-05-04'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    // Invalid dates
    ['31/02/2023'],
    ['29 de febrero de 2023'],
    ['32 de agosto de 2023'],
    ['2023-13-01'],
    ['15/15/2023'],
    // Relative dates and dates without a year are no publication date
    ['este miércoles'],
    ['el lunes'],
    ['ayer por la tarde'],
    ['hace tres días'],
    ['last Tuesday'],
    ['los días 19 y 20 de junio'],
    ['el 18 de agosto en Camp David'],
    ['agosto de 2023'],
    // Numbers that are not dates
    ['1910-45'],
    ['300.000 personas'],
    ['el 78 aniversario'],
    ['0001-01-01'],
    ['votaron 26, 30 y 41 diputados en 2022'],
  ])('finds no date in %s', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('takes the first date of a text and says where it is', () => {
    const text = 'agosto 15, 2023. Foto del 14 de agosto de 2023.';
    expect(findDate(text)).toEqual({ iso: '2023-08-15', start: 0, end: 15 });
  });
});

describe('readDateLine', () => {
  it('reads a date line and the names beside the date', () => {
    expect(readDateLine('agosto 15, 2023. Agencia Reuters')).toEqual({ iso: '2023-08-15', outlet: 'Agencia Reuters', author: null });
    expect(readDateLine('Publicado el 15/08/2023 a las 10:30')).toEqual({ iso: '2023-08-15', outlet: null, author: null });
    expect(readDateLine('martes, 15 de agosto de 2023')).toEqual({ iso: '2023-08-15', outlet: null, author: null });
    expect(readDateLine('Publicado el 12 de abril de 2024 por Ana Vidal')).toEqual({ iso: '2024-04-12', outlet: null, author: 'Ana Vidal' });
    // A name before the date is the place of a dateline.
    expect(readDateLine('Madrid, 15 de agosto de 2023')).toEqual({ iso: '2023-08-15', outlet: null, author: null });
  });

  it('reads a day of a month after the date as the date\'s, never as an outlet', () => {
    // The end of a range, an update's day without its year.
    expect(readDateLine('October 14, 1999 – January 20, 2000')).toEqual({ iso: '1999-10-14', outlet: null, author: null });
    expect(readDateLine('Aug. 13, 2010 -- 5:00 PM | Updated: Aug. 14')).toEqual({ iso: '2010-08-13', outlet: null, author: null });
    expect(readDateLine('2 de mayo de 2024 | 3 de mayo')).toEqual({ iso: '2024-05-02', outlet: null, author: null });
    expect(readDateLine('May 2, 2024 | Daily Planet')).toEqual({ iso: '2024-05-02', outlet: 'Daily Planet', author: null });
  });

  it('reads the time zone after a time as the time\'s, never as an outlet', () => {
    expect(readDateLine('May 2, 2024 at 10:00 a.m. EDT')).toEqual({ iso: '2024-05-02', outlet: null, author: null });
    expect(readDateLine('May 2, 2024 10 AM ET')).toEqual({ iso: '2024-05-02', outlet: null, author: null });
    expect(readDateLine('02/05/2024 10:45 (GMT-3)')).toEqual({ iso: '2024-05-02', outlet: null, author: null });
    expect(readDateLine('2 de mayo de 2024, 14:30 CEST, por Ana Vidal')).toEqual({ iso: '2024-05-02', outlet: null, author: 'Ana Vidal' });
    // An agency after the time is still the outlet, and so are capitals after a date with no time.
    expect(readDateLine('2 de mayo de 2024 10:00 | EFE')?.outlet).toBe('EFE');
    expect(readDateLine('May 2, 2024 | RT')?.outlet).toBe('RT');
  });

  it('reads a byline and date with a button\'s label after them, the parts set apart by slashes', () => {
    expect(readDateLine('by Jane Doe / January 19, 2017 / Leave a comment')).toEqual({ iso: '2017-01-19', outlet: null, author: 'Jane Doe' });
    expect(readDateLine('2 de mayo de 2024 | 3 comentarios')).toEqual({ iso: '2024-05-02', outlet: null, author: null });
    // Prose after the date is still prose.
    expect(readDateLine('19 de enero de 2017 / la cumbre se aplaza')).toBeNull();
  });

  it('reads the date lines of French, German, Portuguese and Italian pages, with their weekdays and labels', () => {
    expect(readDateLine('Mis à jour le 13 août 2024')?.iso).toBe('2024-08-13');
    expect(readDateLine('Montag, 12. Mai 2024')?.iso).toBe('2024-05-12');
    expect(readDateLine('Stand: 12.05.2024 10:30 Uhr')).toEqual({ iso: '2024-05-12', outlet: null, author: null });
    expect(readDateLine('Publicado em 3 de fevereiro de 2024')?.iso).toBe('2024-02-03');
    expect(readDateLine('lunedì 2 dicembre 2024')?.iso).toBe('2024-12-02');
    // Prose in those languages is still prose, and an English word is no month.
    expect(readDateLine('Il 3 marzo 2024 il sindaco ha firmato')).toBeNull();
    expect(findDate('Gen 3 2024 edition')).toBeNull();
  });

  it('does not take a sentence that mentions a date for a date line', () => {
    expect(readDateLine('Foto tomada el 14 de agosto de 2023.')).toBeNull();
    expect(readDateLine('La cumbre se celebró el 18 de agosto de 2023 en Camp David.')).toBeNull();
  });
});
