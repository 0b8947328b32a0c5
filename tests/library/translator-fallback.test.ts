/**
 * TRANSLATOR=auto with a language model configured but down (a closed port): an English question over Spanish articles
 * is translated by Apertium, when it is installed, instead of being searched in English and refused as not covered.
 */
import { describe, expect, it } from 'vitest';
import { apertiumAvailable } from '../../src/answer/apertium.js';
import type { Library } from '../../src/library.js';
import { withSeedFiles } from '../support/seed-folder.js';

const ARTICLE = [
  'Los trabajadores del puerto de Portalén votarán el jueves el calendario de obras del muelle norte',
  'El sindicato de los trabajadores del puerto convocó una asamblea para decidir si acepta el calendario de obras del muelle norte.',
  'Los trabajadores votarán el jueves en la lonja del puerto, según anunció el comité.',
].join('\n\n');

let library: Library;
withSeedFiles('hemeroteca-translator-fallback-', { 'muelle.txt': ARTICLE }, (opened) => (library = opened), {
  TRANSLATOR: 'auto',
  LLM_PROVIDER: 'openai',
  LLM_BASE_URL: 'http://127.0.0.1:9/v1',
  LLM_MODEL: 'fake-model',
  LLM_API_KEY: 'sk-test-not-a-key',
  LLM_TIMEOUT_MS: '2000',
});

describe.skipIf(!apertiumAvailable())('an English question while the language model is down', () => {
  it('is translated by Apertium and answered from the Spanish article', async () => {
    const result = await library.ask('When will the port workers vote?');
    expect(result.refused).toBe(false);
    expect(result.citations[0]?.excerpt).toContain('votarán el jueves');
  });
});
