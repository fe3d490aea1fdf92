/**
 * Reading and validating `POST /api/v1/embeddings` bodies with the limits OpenAI's embedding models
 * enforce behind OpenRouter, so a Worker that breaks them fails here as it would in production.
 */
import type { IncomingMessage } from 'node:http';
import { type EmbeddingModel, MAX_INPUT_TOKENS, MAX_INPUTS, MODELS, findModel } from './catalog';
import { countTokens } from './embed';
import { OpenRouterError } from './errors';

/** 2048 inputs of 8192 tokens is ~64 MB of text; this only guards the stand-in against runaways. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface EmbeddingsRequest {
  model: EmbeddingModel;
  inputs: string[];
  /** Per input, for usage and cost. */
  tokens: number[];
  dimensions: number;
  base64: boolean;
}

const bad = (message: string) => new OpenRouterError(400, message);

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new OpenRouterError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw bad('Invalid JSON in request body');
  }
}

function parseInputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) throw bad('"input" must be a string or an array of strings');
  if (input.length === 0) throw bad('"input" must not be an empty array');
  if (input.length > MAX_INPUTS) throw bad(`"input" has ${input.length} items; at most ${MAX_INPUTS} are allowed`);
  if (!input.every((item): item is string => typeof item === 'string')) {
    // The real API also takes token ids and multimodal parts; nothing in this project sends them.
    throw bad('"input" items must be strings (token-id and multimodal inputs are not supported by the stand-in)');
  }
  return input;
}

/** Validates a parsed body; throws OpenRouterError 400 (bad field) or 404 (unknown model). */
export function parseEmbeddingsRequest(body: unknown): EmbeddingsRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('Request body must be a JSON object');
  const b = body as Record<string, unknown>;
  if (typeof b.model !== 'string' || b.model === '') throw bad('"model" is required and must be a string');
  const model = findModel(b.model);
  if (!model) {
    throw new OpenRouterError(404, `No endpoints found for ${b.model}. The stand-in serves: ${MODELS.map((m) => m.id).join(', ')}`);
  }

  const inputs = parseInputs(b.input);
  const tokens = inputs.map((text, i) => {
    // OpenAI refuses empty strings rather than embedding nothing.
    if (text.trim() === '') throw bad(`"input[${i}]" must not be empty`);
    const n = countTokens(text);
    if (n > MAX_INPUT_TOKENS) {
      throw bad(`"input[${i}]" has about ${n} tokens; ${model.id} accepts at most ${MAX_INPUT_TOKENS} per input`);
    }
    return n;
  });

  let dimensions = model.dimensions;
  if (b.dimensions !== undefined) {
    if (!model.shortenable) throw bad(`${model.id} does not support the "dimensions" parameter`);
    const d = b.dimensions;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > model.dimensions) {
      throw bad(`"dimensions" must be an integer from 1 to ${model.dimensions} for ${model.id}`);
    }
    dimensions = d;
  }

  const format = b.encoding_format ?? 'float';
  if (format !== 'float' && format !== 'base64') throw bad('"encoding_format" must be "float" or "base64"');
  // Accepted and ignored, as they change routing or attribution, never the vectors.
  for (const key of ['user', 'input_type', 'session_id'] as const) {
    if (b[key] !== undefined && typeof b[key] !== 'string') throw bad(`"${key}" must be a string`);
  }
  if (b.provider !== undefined && b.provider !== null && (typeof b.provider !== 'object' || Array.isArray(b.provider))) {
    throw bad('"provider" must be an object');
  }
  return { model, inputs, tokens, dimensions, base64: format === 'base64' };
}

/** A vector as OpenAI's base64 encoding: the bytes of little-endian float32s. */
export function toBase64(vector: readonly number[]): string {
  const buf = Buffer.alloc(vector.length * 4);
  vector.forEach((v, i) => buf.writeFloatLE(v, i * 4));
  return buf.toString('base64');
}
