/**
 * The catalog check: each entry of `../shared/catalog/operations.json` is implemented by exactly one
 * visible operation with that exact label and kind, which calls the listed endpoint and declares the
 * listed scopes (and token). Visible operations the catalog does not list are reported too, but the instant
 * (REST-hook) triggers of issue 17, which call the webhook relay rather than a GoHighLevel endpoint.
 */
import fs from 'fs';
import path from 'path';
import type { RegisteredOperation } from './app';
import type { BeyondEntry, CatalogEntry, Problem } from './types';

export const DEFAULT_CATALOG = path.resolve(__dirname, '..', '..', 'shared', 'catalog', 'operations.json');

export const loadCatalog = (file = process.env.GHL_CATALOG_FILE || DEFAULT_CATALOG): CatalogEntry[] =>
  JSON.parse(fs.readFileSync(file, 'utf8'));

export const DEFAULT_BEYOND = path.resolve(__dirname, '..', '..', 'shared', 'catalog', 'beyond.json');
export const loadBeyond = (file = process.env.GHL_BEYOND_FILE || DEFAULT_BEYOND): BeyondEntry[] =>
  JSON.parse(fs.readFileSync(file, 'utf8'));

/** What an operation calls, in a problem's words: its endpoint, or (an instant trigger) the webhook relay. */
const callsOf = (d: { endpoint?: { method: string; path: string }; hook?: unknown }): string =>
  d.endpoint ? `${d.endpoint.method} ${d.endpoint.path}` : 'the webhook relay (an instant trigger, no GoHighLevel endpoint)';

const REGISTRY_OF: Record<BeyondEntry['kind'], RegisteredOperation['registry']> = { trigger: 'triggers', search: 'searches', create: 'creates' };

export interface BeyondResult {
  problems: Problem[];
  implementedBy: Map<string, string>;
  /** Entries with no operation yet, in groups still in progress (reported, not failed). */
  pending: BeyondEntry[];
}

/**
 * The same check for `beyond.json`: each entry is exactly one visible operation with its label and kind,
 * calling its endpoint (any endpoint for the API request step) and declaring its scopes. An entry without
 * an operation fails unless its group is in progress.
 */
export const checkBeyond = (beyond: BeyondEntry[], ops: RegisteredOperation[], inProgressGroups: string[]): BeyondResult => {
  const problems: Problem[] = [];
  const implementedBy = new Map<string, string>();
  const pending: BeyondEntry[] = [];
  const visible = ops.filter((o) => !o.hidden);
  for (const entry of beyond) {
    const named = visible.filter((o) => o.op?.display?.label === entry.name);
    const rightKind = named.filter((o) => o.registry === REGISTRY_OF[entry.kind]);
    if (rightKind.length !== 1) {
      if (named.length && !rightKind.length) {
        for (const o of named) problems.push({ subject: o.subject, message: `"${entry.name}" is a ${entry.kind} of beyond.json; it must be one of ${REGISTRY_OF[entry.kind]}` });
      } else if (rightKind.length > 1) {
        problems.push({ subject: `beyond "${entry.name}"`, message: `implemented by ${rightKind.length} visible operations; exactly one expected` });
      } else if (inProgressGroups.includes(entry.group)) {
        pending.push(entry);
      } else {
        problems.push({ subject: `beyond "${entry.name}"`, message: `no visible ${entry.kind} has this label (group "${entry.group}" is not in progress)` });
      }
      continue;
    }
    const o = rightKind[0];
    implementedBy.set(entry.name, o.subject);
    const d = o.decl;
    if (!d) {
      problems.push({ subject: o.subject, message: 'is not made with defineOperation, so its endpoint and scopes cannot be checked' });
      continue;
    }
    if (entry.method && entry.path && (d.endpoint?.method !== entry.method || d.endpoint?.path !== entry.path)) {
      problems.push({ subject: o.subject, message: `calls ${callsOf(d)}; beyond.json's "${entry.name}" is ${entry.method} ${entry.path}` });
    }
    const lacking = entry.scopes.filter((s) => !d.scopes.includes(s));
    if (lacking.length) problems.push({ subject: o.subject, message: `does not declare beyond.json's scope(s) ${lacking.join(', ')}` });
  }
  return { problems, implementedBy, pending };
};

export interface CatalogResult {
  problems: Problem[];
  /** Catalog name → the subject of the operation that implements it. */
  implementedBy: Map<string, string>;
  /** Entries with no operation, in categories still in progress (reported, not failed). */
  pending: CatalogEntry[];
  /** Entries with no operation in categories that should be complete (failed). */
  missing: CatalogEntry[];
  /** In-progress categories that are complete (their entry should be removed). */
  completeInProgress: string[];
}

export const checkCatalog = (
  catalog: CatalogEntry[],
  ops: RegisteredOperation[],
  inProgress: string[],
  /** Visible operations allowed beyond the catalog: searches of search-or-create pairs (design.md). */
  pairedSearches: string[] = [],
  /** Labels of beyond.json (visible operations that are allowed beyond the catalog). */
  beyondNames: string[] = [],
): CatalogResult => {
  const problems: Problem[] = [];
  const implementedBy = new Map<string, string>();
  const pending: CatalogEntry[] = [];
  const missing: CatalogEntry[] = [];
  const visible = ops.filter((o) => !o.hidden);

  for (const entry of catalog) {
    const named = visible.filter((o) => o.op?.display?.label === entry.name);
    const rightKind = named.filter((o) => (entry.kind === 'trigger' ? o.registry === 'triggers' : o.registry !== 'triggers'));
    if (rightKind.length === 0) {
      if (named.length) {
        for (const o of named) {
          problems.push({
            subject: o.subject,
            message: `"${entry.name}" is a catalog ${entry.kind}; ${entry.kind === 'trigger' ? 'it must be a trigger' : 'it must be a create or a search'}`,
          });
        }
        continue;
      }
      (inProgress.includes(entry.category) ? pending : missing).push(entry);
      continue;
    }
    if (rightKind.length > 1) {
      problems.push({
        subject: `catalog "${entry.name}"`,
        message: `implemented by ${rightKind.length} visible operations (${rightKind.map((o) => o.subject).join(', ')}); exactly one expected`,
      });
      continue;
    }
    const o = rightKind[0];
    implementedBy.set(entry.name, o.subject);
    const d = o.decl;
    if (!d) {
      problems.push({ subject: o.subject, message: 'is not made with defineOperation, so its endpoint and scopes cannot be checked' });
      continue;
    }
    if (d.endpoint?.method !== entry.method || d.endpoint?.path !== entry.path) {
      problems.push({
        subject: o.subject,
        message: `calls ${callsOf(d)}; the catalog's "${entry.name}" is ${entry.method} ${entry.path}`,
      });
    }
    const lacking = entry.scopes.filter((s) => !d.scopes.includes(s));
    if (lacking.length) {
      problems.push({ subject: o.subject, message: `does not declare the catalog's scope(s) ${lacking.join(', ')} (declares ${d.scopes.join(', ') || 'none'})` });
    }
    const token = d.token || 'sub-account';
    if (token !== entry.token) {
      problems.push({ subject: o.subject, message: `declares token "${token}"; the catalog's "${entry.name}" needs "${entry.token}"` });
    }
  }

  // Visible operations are catalog operations (labels are the catalog's names, verbatim), except the
  // search of a search-or-create pair (design.md: "Searches pair with creates as search-or-create").
  const names = new Set([...catalog.map((c) => c.name), ...beyondNames]);
  // Issue 17's instant triggers, "… (Instant)": REST hooks at the webhook relay, each with a catalog or beyond.json polling twin (but New GoHighLevel Event).
  const instant = (o: RegisteredOperation, label: string): boolean => {
    const hook = o.decl?.hook as { counterpart?: { display?: { label?: string } } } | undefined;
    if (!hook || o.registry !== 'triggers' || !/ \(Instant\)$/.test(label)) return false;
    const twin = hook.counterpart?.display?.label;
    if (twin !== undefined && !names.has(twin)) {
      problems.push({ subject: o.subject, message: `is an instant trigger whose polling twin "${twin}" is not a catalog or beyond.json operation` });
    }
    return true;
  };
  for (const o of visible) {
    const label = o.op?.display?.label;
    if (!names.has(label) && !pairedSearches.includes(o.subject) && !instant(o, label)) {
      problems.push({
        subject: o.subject,
        message: `is visible but its label "${label}" is not a catalog operation name (nor a beyond.json one, nor the search of a search-or-create pair)`,
      });
    }
  }

  const completeInProgress = inProgress.filter((cat) => {
    const entries = catalog.filter((c) => c.category === cat);
    return entries.length > 0 && entries.every((c) => !pending.includes(c));
  });
  for (const cat of inProgress.filter((c) => !catalog.some((e) => e.category === c))) {
    problems.push({ subject: 'contract/in-progress.ts', message: `lists "${cat}", which is not a catalog category` });
  }
  return { problems, implementedBy, pending, missing, completeInProgress };
};
