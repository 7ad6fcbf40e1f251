/**
 * The sub-account as GoHighLevel's invoice, product-price and payment endpoints name it: `altId` (with
 * `altType: location`). The server's own location check reads `locationId`/`location_id` only; the
 * resources that take `altId` check it with this.
 */
import { fail, type Req } from './http';
import type { SandboxState } from './state';

/** The sub-account a request names as `altId`: the token's own (sub-account tokens) or one of its company's. */
export const altIdOf = (req: Req, state: SandboxState, altId: unknown): string => {
  const id = String(altId ?? '');
  const g = req.grant!;
  const allowed = g.userType === 'Location' ? id === g.locationId : state.table('locations').get(id)?.companyId === g.companyId;
  if (!allowed) throw fail(403, 'The token does not have access to this location');
  return id;
};
