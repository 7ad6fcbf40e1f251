/** The app under test: its Zapier definition and the engine's declarations, walked the same way everywhere. */
import type { Declaration, Kind } from '../lib/operation';
import type { ContractConnections } from './inputs';

export type Registry = 'triggers' | 'creates' | 'searches';
export const REGISTRIES: Registry[] = ['triggers', 'creates', 'searches'];
export const KIND_OF: Record<Registry, Kind> = { triggers: 'trigger', creates: 'create', searches: 'search' };

/** What the contract needs from the app (the built `dist/` modules, or the TypeScript sources in tests). */
export interface AppUnderTest {
  /** The Zapier app definition (`index.ts` default export). */
  App: any;
  /** Every declaration made with defineOperation (`lib/operation.ts`). */
  declarations: () => Declaration[];
  /** `authentication.ts` (the OAuth app; the private-token app has no authorize URL). */
  authorizeUrlFor?: (scopes: string[], bundle: { inputData: Record<string, unknown> }) => string;
  /** The scopes the connection itself needs. */
  AUTH_SCOPES: string[];
  /** The connections to run with (default: the OAuth app's, `contract/inputs.ts`). */
  connections?: ContractConnections;
  /** `index.ts` CATEGORIES, to see duplicate keys that the App object would collapse. */
  CATEGORIES?: Array<Record<string, unknown>>;
  /** `lib/connection.ts`: forget minted sub-account tokens between runs. */
  clearMintedTokens?: () => void;
}

export interface RegisteredOperation {
  registry: Registry;
  key: string;
  /** `triggers.get_contact` */
  subject: string;
  op: any;
  decl?: Declaration;
  hidden: boolean;
}

/** Every registered operation, sorted, with its declaration (if it was made with defineOperation). */
export const registeredOperations = (target: AppUnderTest): RegisteredOperation[] => {
  const decls = new Map(target.declarations().map((d) => [`${d.kind}:${d.key}`, d]));
  const out: RegisteredOperation[] = [];
  for (const registry of REGISTRIES) {
    const group = target.App[registry] || {};
    for (const key of Object.keys(group).sort()) {
      const op = group[key];
      out.push({
        registry,
        key,
        subject: `${registry}.${key}`,
        op,
        decl: decls.get(`${KIND_OF[registry]}:${op?.key ?? key}`),
        hidden: !!op?.display?.hidden,
      });
    }
  }
  return out;
};
