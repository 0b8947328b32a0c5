/**
 * The optional embedding model behind vector search, chosen by EMBEDDINGS_PROVIDER. Vectors are what
 * let an English question find a Spanish passage by meaning, so the defaults are multilingual models.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { ConfigError, type EmbeddingsConfig } from '../config.js';

const DEFAULT_MODELS = {
  transformers: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2',
  ollama: 'bge-m3',
  openai: 'text-embedding-3-small',
} as const;

/** transformers.js is an optional dependency (about 470 MB with its runtime): only some users want it. */
const TRANSFORMERS_PACKAGE = '@huggingface/transformers';

/** The configured embedding model, or undefined for `none` (BM25 only). Nothing is downloaded here. */
export async function createEmbeddings(config: EmbeddingsConfig): Promise<Embeddings | undefined> {
  switch (config.provider) {
    case 'none':
      return undefined;
    case 'openai': {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      return new OpenAIEmbeddings({
        model: config.model ?? DEFAULT_MODELS.openai,
        apiKey: config.apiKey ?? 'not-needed',
        configuration: { baseURL: config.baseUrl },
      });
    }
    case 'ollama': {
      const { OllamaEmbeddings } = await import('@langchain/ollama');
      return new OllamaEmbeddings({ model: config.model ?? DEFAULT_MODELS.ollama, baseUrl: config.baseUrl });
    }
    case 'transformers': {
      await requireTransformers();
      const { HuggingFaceTransformersEmbeddings } = await import('@langchain/community/embeddings/huggingface_transformers');
      return new HuggingFaceTransformersEmbeddings({ model: config.model ?? DEFAULT_MODELS.transformers });
    }
  }
}

/** Throws a ConfigError (exit 2 in the CLI, worded in the user's language) when transformers.js is not installed. */
async function requireTransformers(): Promise<void> {
  try {
    // A variable specifier keeps TypeScript from requiring the optional package at build time.
    const specifier: string = TRANSFORMERS_PACKAGE;
    await import(specifier);
  } catch {
    throw new ConfigError({ kind: 'missingPackage', setting: 'EMBEDDINGS_PROVIDER', value: 'transformers', pkg: TRANSFORMERS_PACKAGE });
  }
}
