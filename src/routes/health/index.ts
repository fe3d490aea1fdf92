import { createRouter } from '../../lib/create-app';
import { dependencyChecks, runChecks } from './health.checks';
import { getHealth } from './health.routes';

const health = createRouter().openapi(getHealth, async (c) => {
  const s = c.var.services;
  const dependencies = await runChecks(dependencyChecks(s));
  const degraded = Object.entries(dependencies)
    .filter(([, d]) => d.status === 'down')
    .map(([name]) => name);
  const dbUp = dependencies.database?.status === 'up';
  // One line per dependency, the same shape the request log uses for a failed call.
  for (const name of degraded) s.log.warn('dependency degraded', { dependency: name, error: dependencies[name]?.error });
  c.header('Cache-Control', 'no-store');
  const body = { status: dbUp ? (degraded.length ? 'degraded' : 'ok') : 'down', dependencies, degraded } as const;
  return dbUp ? c.json(body, 200) : c.json(body, 503);
});

export default health;
