/** The first sentence an answer quotes, without its quotation marks; '' when it quotes none (a refusal). */
import type { AskResult } from '../../src/answer/types.js';

export function firstQuote(result: AskResult): string {
  return /[«“](.*?)[»”] \[\d+\]/su.exec(result.answer)?.[1] ?? '';
}
