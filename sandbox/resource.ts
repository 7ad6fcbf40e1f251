/**
 * What a resource module is: a name, the GoHighLevel endpoints it answers (registered on the router under
 * the spec's own path templates), and the records it seeds. A resource keeps its records in
 * `state.table(<name>)` and reads other resources' tables by name; resource modules never import each
 * other. Register a new module in `resources/index.ts`. See docs/SANDBOX.md "Adding a resource".
 */
import type { Router } from './router';
import type { SandboxState } from './state';

export interface Resource {
  /** e.g. `businesses`; also the name of its main table. */
  name: string;
  /** Registers the endpoints (`r.get('/businesses/{businessId}', handler)`). */
  routes: (r: Router) => void;
  /** Fills the tables with the seeded sub-account's records (ids from `seed-ids.ts`). */
  seed?: (state: SandboxState) => void;
}

export const defineResource = (resource: Resource): Resource => resource;
