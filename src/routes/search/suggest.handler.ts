import type { RouteHandler } from '@hono/zod-openapi';
import { cachedCatalogAnswer } from '../../catalog/cached-answer';
import { suggest as findSuggestions } from '../../db/queries/suggest';
import { requestKey } from '../../lib/http-cache';
import type { AppEnv } from '../../lib/types';
import { arrange, suggestWords } from '../../search/suggest';
import type * as routes from './search.routes';

export const suggest: RouteHandler<typeof routes.suggest, AppEnv> = async (c) => {
  const { q, limit } = c.req.valid('query');
  const key = await requestKey('catalog:suggest', { q, limit });
  return cachedCatalogAnswer(c, key, async () => {
    const words = suggestWords(q);
    const rows = await findSuggestions(c.var.services.db.db, q, words);
    return { data: arrange(rows, words, limit) };
  }) as never;
};
