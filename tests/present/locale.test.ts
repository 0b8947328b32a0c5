import { describe, expect, it } from 'vitest';
import { languageOfLocale, terminalLanguage } from '../../src/present/locale.js';

describe('terminalLanguage (the console and the CLI alike)', () => {
  it('follows the locale, LC_ALL before LC_MESSAGES before LANG', () => {
    expect(terminalLanguage({ LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(terminalLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LC_MESSAGES: 'es_AR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
  });

  it('speaks Spanish, the bot\u2019s default, when the locale names no language (unset, C, POSIX)', () => {
    for (const env of [{}, { LANG: 'C' }, { LANG: 'C.UTF-8' }, { LC_ALL: 'POSIX' }, { LANG: '' }]) expect(terminalLanguage(env)).toBe('es');
  });
});

describe('languageOfLocale (Discord and terminal locales)', () => {
  it('reads any Spanish locale as Spanish and every other as English', () => {
    expect(['es-ES', 'es-419', 'es_ES.UTF-8'].map(languageOfLocale)).toEqual(['es', 'es', 'es']);
    expect(['en-US', 'pt-BR', 'fr', null, undefined].map(languageOfLocale)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });
});
