/**
 * Offline translation of a question with Apertium (https://apertium.org), a rule-based translator:
 * Debian's apertium-eng-spa gives `apertium -u eng-spa` and `apertium -u spa-eng`. Used for the
 * lookup only, like an LLM's translation, when no LLM is configured and the binary is on PATH, or
 * when TRANSLATOR=apertium.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { Language } from '../corpus/types.js';
import type { Translate } from './lookup.js';

const PAIRS: Record<Language, Record<Language, string | undefined>> = {
  en: { en: undefined, es: 'eng-spa' },
  es: { es: undefined, en: 'spa-eng' },
};

/** A question is one line; more than this is not a translation. */
const MAX_OUTPUT_CHARS = 2000;

/** Whether the `apertium` command runs here. */
export function apertiumAvailable(command = 'apertium'): boolean {
  const probe = spawnSync(command, ['-l'], { encoding: 'utf8', timeout: 5000 });
  return probe.status === 0 && probe.stdout.includes('eng-spa');
}

/**
 * A translator that runs `apertium -u <pair>` on the question; resolves undefined (never rejects)
 * when the pair is missing, the command fails or takes longer than `timeoutMs`.
 */
export function apertiumTranslator(options: { timeoutMs: number; command?: string }): Translate {
  return (question, from, to) =>
    new Promise((resolve) => {
      const pair = PAIRS[from][to];
      if (pair === undefined) return resolve(undefined);
      // Node's stdin pipe is a socket, which Apertium's text reader cannot open as a file: `cat` hands it a real pipe.
      const child = spawn('sh', ['-c', 'cat | "$0" -u "$1"', options.command ?? 'apertium', pair], { stdio: ['pipe', 'pipe', 'ignore'], timeout: options.timeoutMs });
      let output = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.length > MAX_OUTPUT_CHARS) child.kill();
      });
      child.on('error', () => resolve(undefined));
      child.on('close', (code) => {
        const translation = output.replace(/\s+/gu, ' ').trim();
        resolve(code === 0 && translation !== '' && output.length <= MAX_OUTPUT_CHARS ? translation : undefined);
      });
      child.stdin.on('error', () => resolve(undefined));
      // Apertium's text reader wants a final line break; without one it prints its usage and nothing else.
      child.stdin.end(`${question.replace(/\s+/gu, ' ').trim()}\n`);
    });
}
