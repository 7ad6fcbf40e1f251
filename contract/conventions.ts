/**
 * Zapier conventions across the whole app: valid and unique keys, labels and descriptions, samples and the
 * output fields that cover them, input fields (labels, unique keys, `dynamic` and `search` references that
 * resolve to hidden triggers returning the named keys), search-or-create pairs, and the authorize URL's
 * scopes (the union of the operations' scopes and the connection's own).
 */
import type { Field } from '../lib/operation';
import { KIND_OF, REGISTRIES, type AppUnderTest, type RegisteredOperation } from './app';
import type { Problem } from './types';

/** What the contract run learned about an operation, for the checks that need run-time data. */
export interface RunFacts {
  /** Hidden trigger key → the items its perform returned (or why it has none). */
  triggerOutputs: Map<string, { items?: any[]; error?: string; refused?: true }>;
  /** Subject → fields its input field functions returned in the run (both connection types). */
  dynamicFields: Map<string, Field[]>;
}

const KEY_RE = /^[a-zA-Z]+[a-zA-Z0-9_]*$/;

/** The key an operation's label implies (docs/CONTRIBUTING.md): `Get Contact Task by ID` → get_contact_task_by_id. */
export const keyForLabel = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const isNonEmptyObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0;

/** Does an output field cover a top-level sample key (`tags` by `tags`, `contact` by `contact__id`)? */
const covers = (outputKey: string, sampleKey: string): boolean =>
  outputKey === sampleKey || outputKey.startsWith(`${sampleKey}__`) || outputKey.startsWith(`${sampleKey}[]`);

/** Checks a `dynamic` reference (`trigger_key.valueKey.labelKey`) against the app and the run. */
export const checkDynamicRef = (ref: string, App: any, facts: Pick<RunFacts, 'triggerOutputs'>): string[] => {
  const parts = ref.split('.');
  if (parts.length < 2 || parts.some((p) => !p)) return [`dynamic "${ref}" is not of the form trigger_key.valueKey.labelKey`];
  const [triggerKey, valueKey, labelKey] = parts;
  const trigger = App.triggers?.[triggerKey];
  if (!trigger) return [`dynamic "${ref}" names trigger "${triggerKey}", which does not exist`];
  const problems: string[] = [];
  if (!trigger.display?.hidden) problems.push(`dynamic "${ref}" points at visible trigger "${triggerKey}"; dropdowns use hidden triggers`);
  const out = facts.triggerOutputs.get(triggerKey);
  // A dropdown this build's connections cannot run (refused before any request): nothing to check here.
  if (out?.refused) return problems;
  if (!out || out.error) {
    problems.push(`dynamic "${ref}": cannot check its keys, "${triggerKey}" failed in the contract run${out?.error ? ` (${out.error})` : ''}`);
    return problems;
  }
  const items = out.items || [];
  if (items.length === 0) {
    problems.push(`dynamic "${ref}": "${triggerKey}" returned no items in the contract run, so its keys cannot be checked`);
    return problems;
  }
  for (const k of [valueKey, labelKey].filter((x): x is string => !!x)) {
    const lacking = items.filter((it) => !it || typeof it !== 'object' || it[k] === undefined || it[k] === null);
    if (lacking.length) problems.push(`dynamic "${ref}": the items of "${triggerKey}" have no "${k}"`);
  }
  return problems;
};

const checkFields = (fields: Field[], App: any, facts: RunFacts, label: string): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    if (!f || typeof f !== 'object') continue;
    if (!f.key) {
      problems.push(`${label}: a field has no key`);
      continue;
    }
    if (seen.has(f.key)) problems.push(`${label}: field key "${f.key}" is used twice`);
    seen.add(f.key);
    if (f.type !== 'copy' && !f.label) problems.push(`${label}: field "${f.key}" has no label`);
    if (f.dynamic) problems.push(...checkDynamicRef(f.dynamic, App, facts).map((m) => `field "${f.key}": ${m}`));
    if (f.search) {
      const searchKey = f.search.split('.')[0];
      if (!App.searches?.[searchKey]) problems.push(`field "${f.key}": search "${f.search}" names a search that does not exist`);
    }
    if (f.children) problems.push(...checkFields(f.children, App, facts, `${label} (children of ${f.key})`));
  }
  return problems;
};

const scopesOfUrl = (url: string): string[] => {
  try {
    return (new URL(url).searchParams.get('scope') || '').split(' ').filter(Boolean);
  } catch {
    return [];
  }
};

const diff = (a: string[], b: string[]) => ({ missing: a.filter((x) => !b.includes(x)), extra: b.filter((x) => !a.includes(x)) });

/** The scope union computed from the declarations of the registered operations and AUTH_SCOPES. */
export const scopeUnion = (target: AppUnderTest, ops: RegisteredOperation[]): string[] =>
  [...new Set([...target.AUTH_SCOPES, ...ops.flatMap((o) => o.decl?.scopes || [])])].sort();

export const checkConventions = (target: AppUnderTest, ops: RegisteredOperation[], facts: RunFacts): Problem[] => {
  const problems: Problem[] = [];
  const App = target.App;
  const add = (subject: string, message: string) => problems.push({ subject, message });

  for (const o of ops) {
    const op = o.op || {};
    if (!KEY_RE.test(o.key) || o.key.length < 2) add(o.subject, `key "${o.key}" is not a valid Zapier key (a letter, then letters, digits or _)`);
    if (op.key !== o.key) add(o.subject, `is registered as "${o.key}" but its key is "${op.key}"`);
    if (!op.noun) add(o.subject, 'has no noun');
    if (!op.display?.label) add(o.subject, 'has no label');
    if (!op.display?.description || !String(op.display.description).trim()) add(o.subject, 'has no description');
    if (!o.decl) add(o.subject, 'is not made with defineOperation (lib/operation.ts), so the contract cannot check its endpoint');
    const operation = op.operation || {};
    if (typeof operation.perform !== 'function') add(o.subject, 'has no perform function');

    if (!o.hidden) {
      const label = String(op.display?.label || '');
      if (label && keyForLabel(label) !== o.key) add(o.subject, `key should be "${keyForLabel(label)}" (the label in snake_case)`);
      const sample = operation.sample;
      const outputFields: Array<{ key: string; label?: string }> | undefined = operation.outputFields;
      if (!isNonEmptyObject(sample)) add(o.subject, 'has no sample');
      if (!Array.isArray(outputFields) || outputFields.length === 0) add(o.subject, 'has no outputFields');
      if (isNonEmptyObject(sample) && Array.isArray(outputFields)) {
        const uncovered = Object.keys(sample).filter((k) => !outputFields.some((f) => f && covers(String(f.key), k)));
        if (uncovered.length) add(o.subject, `outputFields do not cover the sample's key(s) ${uncovered.join(', ')}`);
      }
      for (const f of Array.isArray(outputFields) ? outputFields : []) {
        if (!f || !f.key) add(o.subject, 'has an output field without a key');
        else if (!f.label) add(o.subject, `output field "${f.key}" has no label`);
      }
    }

    const staticFields = (Array.isArray(operation.inputFields) ? operation.inputFields : []).filter(
      (f: unknown) => f && typeof f === 'object',
    ) as Field[];
    for (const m of checkFields(staticFields, App, facts, 'input fields')) add(o.subject, m);
    const dyn = facts.dynamicFields.get(o.subject) || [];
    const dynUnique = [...new Map(dyn.map((f) => [f.key, f])).values()];
    const clashing = dynUnique.filter((f) => staticFields.some((s) => s.key === f.key));
    for (const f of clashing) add(o.subject, `dynamic input field "${f.key}" repeats a static field's key`);
    for (const m of checkFields(dynUnique, App, facts, 'dynamic input fields')) add(o.subject, m);
  }

  // Duplicate keys within a kind (the App object keeps only the last one).
  for (const registry of REGISTRIES) {
    const keys = (target.CATEGORIES || []).flatMap((c) => ((c[registry] as Array<{ key: string }>) || []).map((x) => x.key));
    const dupes = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    for (const k of dupes) add(`${registry}.${k}`, `key "${k}" is registered more than once`);
  }

  // Declarations made but never registered in a category.
  const registered = new Set(ops.map((o) => `${KIND_OF[o.registry]}:${o.key}`));
  for (const d of target.declarations()) {
    const registry = REGISTRIES.find((r) => KIND_OF[r] === d.kind) ?? d.kind;
    if (!registered.has(`${d.kind}:${d.key}`)) add(`${registry}.${d.key}`, 'is declared with defineOperation but not registered in any lib/catalog module');
  }

  // Search-or-create pairs.
  for (const [key, soc] of Object.entries<any>(App.searchOrCreates || {})) {
    const subject = `searchOrCreates.${key}`;
    if (soc.key !== key) add(subject, `key "${soc.key}" differs from its registry key`);
    if (!App.searches?.[soc.key]) add(subject, `key "${soc.key}" must be a search's key`);
    if (!App.searches?.[soc.search]) add(subject, `search "${soc.search}" does not exist`);
    if (!App.creates?.[soc.create]) add(subject, `create "${soc.create}" does not exist`);
  }

  // The authorize URL asks for the union of the operations' scopes and the connection's own (OAuth only: a
  // private token's scopes are ticked in GoHighLevel).
  if (App.authentication?.type !== 'oauth2' || !target.authorizeUrlFor) return problems;
  const union = scopeUnion(target, ops);
  const oauth = App.authentication?.oauth2Config || {};
  const bundle = { inputData: { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App/', state: 'contract' } };
  let fromApp: string[] = [];
  try {
    const url = typeof oauth.authorizeUrl === 'function' ? oauth.authorizeUrl({}, bundle) : oauth.authorizeUrl?.url;
    fromApp = scopesOfUrl(String(url));
  } catch (err: any) {
    add('app', `authentication.oauth2Config.authorizeUrl failed: ${err?.message || err}`);
  }
  const d1 = diff(union, fromApp);
  if (d1.missing.length) add('app', `the authorize URL does not ask for ${d1.missing.join(', ')} (needed by the operations' declarations)`);
  if (d1.extra.length) add('app', `the authorize URL asks for ${d1.extra.join(', ')}, which no operation declares and AUTH_SCOPES does not list`);
  const d2 = diff(union, String(oauth.scope || '').split(' ').filter(Boolean));
  if (d2.missing.length || d2.extra.length) {
    add('app', `oauth2Config.scope differs from the scope union (missing: ${d2.missing.join(', ') || 'none'}; extra: ${d2.extra.join(', ') || 'none'})`);
  }
  const d3 = diff(union, scopesOfUrl(target.authorizeUrlFor(union, bundle)));
  if (d3.missing.length || d3.extra.length) add('app', 'authorizeUrlFor does not put the given scopes in the URL');

  return problems;
};
