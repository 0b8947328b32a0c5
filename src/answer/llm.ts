import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ConfigError, type LlmConfig } from '../config.js';
import type { Language } from '../corpus/types.js';

/** Local OpenAI-compatible servers (llama.cpp, vLLM, LM Studio) ignore the key, but the client insists on one. */
const PLACEHOLDER_API_KEY = 'not-needed';

/** Enough for a few sentences with citations; also stops a runaway model early. */
const MAX_ANSWER_TOKENS = 400;

/**
 * The chat model that writes the optional summary, or undefined when no LLM is configured.
 * LangChain's own retries are switched off: `withOneRetry` retries once, for both providers alike.
 * Each provider's client is loaded only when chosen (either takes a third of a second to load), as
 * the embedding models are in src/search/embeddings.ts.
 */
export async function createChatModel(config: LlmConfig): Promise<BaseChatModel | undefined> {
  if (config.provider === 'none') return undefined;
  if (config.model === undefined) throw new ConfigError({ kind: 'requiredWith', setting: 'LLM_MODEL', other: 'LLM_PROVIDER', value: config.provider });
  const fetch = fetchAbortedAfter(config.timeoutMs);
  if (config.provider === 'ollama') {
    const { ChatOllama } = await import('@langchain/ollama');
    return new ChatOllama({ model: config.model, baseUrl: config.baseUrl, temperature: 0, numPredict: MAX_ANSWER_TOKENS, maxRetries: 0, fetch });
  }
  const { ChatOpenAI } = await import('@langchain/openai');
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
    configuration: { baseURL: config.baseUrl, fetch },
    temperature: 0,
    maxTokens: MAX_ANSWER_TOKENS,
    // Token counts are not used, and some OpenAI-compatible servers reject `stream_options`.
    streamUsage: false,
    timeout: config.timeoutMs,
    maxRetries: 0,
  });
}

/**
 * `fetch` whose every request is aborted after `timeoutMs` (besides any signal its caller gives).
 * LangChain stops reading a reply when the caller's signal aborts, but ChatOllama leaves the HTTP
 * request itself open until the server answers: a silent server then kept the process alive for
 * about two minutes after the answer was shown (issue 18). Aborting at the transport closes it.
 *
 * The timer is an ordinary `setTimeout` holding its controller, not `AbortSignal.timeout` combined by
 * `AbortSignal.any`: Node 20 holds both of those only weakly, so a garbage collection while the request
 * waited dropped the timeout and the request was never aborted (one run in four; nodejs/node#55428,
 * nodejs/undici#4068). The timer is unref'd: it never keeps the process alive on its own.
 */
export function fetchAbortedAfter(timeoutMs: number): typeof globalThis.fetch {
  return (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`no reply within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    timer.unref();
    const callerSignal = init?.signal;
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);
    else callerSignal?.addEventListener('abort', () => controller.abort(callerSignal.reason), { once: true });
    return globalThis.fetch(input, { ...init, signal: controller.signal });
  };
}

/** Base wait before the single retry; doubled at most by jitter so that many bots do not retry in step. */
const RETRY_BACKOFF_MS = 500;

/**
 * Runs `attempt`, and once more after a short backoff when it fails with a rate limit (429) or a
 * server error (5xx) and `mayRetry` agrees. The wait ends early when `signal` aborts.
 */
export async function withOneRetry<T>(attempt: () => Promise<T>, options: { signal: AbortSignal; mayRetry?: () => boolean }): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isTransientHttpError(error) || options.mayRetry?.() === false) throw error;
    await sleep(RETRY_BACKOFF_MS * (1 + Math.random()), options.signal);
    return attempt();
  }
}

/** Whether a client error is an HTTP 429 or 5xx, as reported by the OpenAI (`status`) or Ollama (`status_code`) client. */
function isTransientHttpError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== undefined && (status === 429 || status >= 500);
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = 'status' in error ? error.status : 'status_code' in error ? error.status_code : undefined;
  return typeof status === 'number' ? status : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** How prompts name the bot's languages, so the model writes in the right one. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Spanish', en: 'English' };
