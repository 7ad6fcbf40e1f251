/** The shape of one erratum (contract/errata.ts holds the list; docs/CONTRACT.md the table). */
import type { Json } from './spec';
import type { HttpMethod } from './types';

export type ErratumChange =
  /** Replace the schemas of some top-level body properties. */
  | { kind: 'bodyProperties'; properties: Record<string, Json> }
  /** Replace the whole JSON body schema (the spec's is empty or wrong). */
  | { kind: 'bodySchema'; schema: Json }
  /** Body properties the spec marks required that the API does not need. */
  | { kind: 'bodyNotRequired'; properties: string[] }
  /** Query parameters the API takes but the spec does not declare. */
  | { kind: 'queryParams'; params: Array<{ name: string; required?: boolean; schema?: Json }> }
  /** The Version header to require (the catalog's, where it and the spec disagree). */
  | { kind: 'version'; value: string | null }
  /** What the mock answers where the spec describes no (or no usable) success response. */
  | { kind: 'response'; body: unknown; contentType?: string; status?: number }
  /**
   * The success answer's schema where the spec's is wrong (GHL answers another shape). The contract's mock
   * does not use it; the local sandbox checks its own answers against it (docs/SANDBOX.md).
   */
  | { kind: 'responseSchema'; schema: Json };

export interface Erratum {
  method: HttpMethod;
  /** The spec's path template, exactly (`/contacts/search`). */
  path: string;
  /** The catalog operation(s) concerned. */
  operations: string[];
  change: ErratumChange;
  reason: string;
}
