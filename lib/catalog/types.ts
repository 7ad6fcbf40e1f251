import type { ZapierOperation } from '../operation';

/** One category's operations, as registered in index.ts. */
export interface CategoryOperations {
  triggers: ZapierOperation[];
  creates: ZapierOperation[];
  searches: ZapierOperation[];
  /** Search-or-create pairs: search key → create key. */
  searchOrCreates?: Record<string, string>;
}
