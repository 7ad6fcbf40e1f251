/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
import type { Route } from '../http/server';
import { problem, reply } from '../http/server';
import type { Store } from '../store';

export const healthRoutes = (store: Store, kind: string): Route[] => [
  {
    method: 'GET',
    path: '/healthz',
    handler: async () => {
      try {
        await store.ping();
        return reply(200, { status: 'ok', database: kind });
      } catch {
        return problem(503, 'The database does not answer.');
      }
    },
  },
];
