/** The OpenRouter embeddings stand-in: the server, its local model and its model catalogue. */
export { MODELS, type EmbeddingModel } from './catalog';
export { cosine, countTokens, embed } from './embed';
export type { FaultMode } from './errors';
export { startOpenRouterStandin, type OpenRouterStandin, type OpenRouterStandinOptions } from './server';
