/**
 * The Zap editor, per Zapier's integration checks and build guidelines, on every operation (so the next one
 * cannot break them): descriptions, nouns, search labels, samples (realistic values, dates with a zone),
 * secrets, delete warnings, dropdowns for ids, hidden dropdowns' wording, the connection's help.
 */
import fs from 'fs';
import path from 'path';
import App, { DECLARATIONS } from '../index';

type Kind = 'triggers' | 'creates' | 'searches';
const KINDS: Kind[] = ['triggers', 'creates', 'searches'];
const all = KINDS.flatMap((kind) => Object.values((App as any)[kind] as Record<string, any>).map((op) => ({ kind, op })));
const visible = all.filter(({ op }) => !op.display.hidden);
const REGISTRY_OF = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;
const declOf = (key: string, kind: Kind) => DECLARATIONS.find((d) => d.key === key && REGISTRY_OF[d.kind] === kind);
const catalogNames = new Set<string>(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../shared/catalog/operations.json'), 'utf8')).map((c: { name: string }) => c.name),
);

/** Deep string values of a sample, with their paths. */
const strings = (v: unknown, at = ''): Array<[string, string]> => {
  if (typeof v === 'string') return [[at, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, at ? `${at}.${k}` : k));
  return [];
};
/** Values that look like a date or time (not free text that happens to hold digits). */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const APP_NAMES = /\b(GoHighLevel|HighLevel|LeadConnector|Zapier|GHL)\b/i;
const PLACEHOLDERS = /^(test|string|description|alt|title|name|example|foo|bar|abc)$|dummy|lorem|x-xxx|john deo/i;

test('descriptions: Zapier style, one sentence of at most 100 characters, not naming the app', () => {
  const offenders: string[] = [];
  for (const { kind, op } of visible) {
    const d: string = op.display.description;
    const problems = [
      d.length > 100 && `${d.length} characters`,
      (d.match(/[.!?](\s|$)/g) || []).length !== 1 && 'not one sentence',
      !d.endsWith('.') && 'no final period',
      APP_NAMES.test(d) && 'names the app',
      kind === 'triggers' ? !/^Triggers when /.test(d) && 'not "Triggers when …"' : !/^[A-Z][a-z]+s\b/.test(d) && 'not a verb in -s',
      kind === 'searches' && !/^Finds\b/.test(d) && 'a search says "Finds …"',
    ].filter(Boolean);
    if (problems.length) offenders.push(`${op.key}: ${problems.join(', ')}: "${d}"`);
  }
  expect(offenders).toEqual([]);
});

test('nouns: singular, and a word of the label', () => {
  const offenders: string[] = [];
  const singular = (w: string) =>
    w
      .toLowerCase()
      .replace(/ies$/, 'y')
      .replace(/(ss|x|ch|sh)es$/, '$1')
      .replace(/([^s])s$/, '$1');
  for (const { op } of visible) {
    const noun: string = op.noun;
    const labelWords = new Set(String(op.display.label).split(/[^A-Za-z]+/).filter(Boolean).map(singular));
    const nounWords = noun.split(/\s+/).map(singular);
    if (singular(noun) !== noun.toLowerCase() && !/(ss|us|sis)$/i.test(noun)) offenders.push(`${op.key}: noun "${noun}" is plural`);
    else if (!nounWords.every((w) => labelWords.has(w))) offenders.push(`${op.key}: noun "${noun}" is not a word of "${op.display.label}"`);
  }
  expect(offenders).toEqual([]);
});

test('searches are labelled "Find …" (but where the catalog names them otherwise)', () => {
  const offenders = visible
    .filter(({ kind, op }) => kind === 'searches' && !/^Find\b/.test(op.display.label) && !catalogNames.has(op.display.label))
    .map(({ op }) => op.display.label);
  expect(offenders).toEqual([]);
});

test('samples: realistic values, and every date or time ISO-8601 with a zone', () => {
  const offenders: string[] = [];
  for (const { op } of visible) {
    for (const [at, value] of strings(op.operation.sample)) {
      if (PLACEHOLDERS.test(value.trim())) offenders.push(`${op.key}.${at}: placeholder "${value}"`);
      if (DATE_LIKE.test(value) && !ISO_WITH_ZONE.test(value)) offenders.push(`${op.key}.${at}: "${value}" has no zone or is not ISO-8601`);
    }
  }
  expect(offenders).toEqual([]);
});

test('secrets: password inputs say whose secret they are, and no sample or output field carries one', () => {
  const offenders: string[] = [];
  const SECRET_KEY = /password|secret|token|api_?key/i;
  for (const { op } of visible) {
    for (const f of op.operation.inputFields) {
      if (typeof f === 'function' || f.type !== 'password') continue;
      if (!/\b(user's|users'|sub-account's|Twilio|Mailgun|new user)\b/i.test(f.helpText || '')) offenders.push(`${op.key}.${f.key}: help does not say whose secret it is`);
    }
    for (const [at] of strings(op.operation.sample)) if (SECRET_KEY.test(at.split('.').pop()!)) offenders.push(`${op.key}: sample key ${at}`);
    for (const f of op.operation.outputFields || []) if (SECRET_KEY.test(f.key)) offenders.push(`${op.key}: output field ${f.key}`);
  }
  expect(offenders).toEqual([]);
});

test('every delete warns, above its inputs, what it deletes and that it cannot be undone', () => {
  const offenders: string[] = [];
  for (const { kind, op } of visible) {
    if (kind !== 'creates' || !/^delete_/.test(op.key)) continue;
    const warning = op.operation.inputFields.find((f: any) => typeof f !== 'function' && f.type === 'copy');
    if (!warning || !/permanently deletes .+\. \*\*It cannot be undone\.|cannot be undone/i.test(warning.helpText)) offenders.push(op.key);
  }
  expect(offenders).toEqual([]);
});

test('hidden dropdowns read plainly (no "businesss", "opportunitys")', () => {
  const offenders = all
    .filter(({ op }) => op.display.hidden)
    .filter(({ op }) => /(ss|sh|ch|x)s\b|[^aeiou\W]ys\b/i.test(op.display.description))
    .map(({ op }) => `${op.key}: "${op.display.description}"`);
  expect(offenders).toEqual([]);
});

test("the Connection Type's help links GoHighLevel's doc on agency and sub-account access", () => {
  const field = (App.authentication as any).fields.find((f: any) => f.label === 'Connection Type');
  expect(field.helpText).toMatch(/\]\(https:\/\/marketplace\.gohighlevel\.com\/docs\/[^)]+\)/);
});

test('declarations exist for every visible operation (the rules above read them too)', () => {
  expect(visible.every(({ kind, op }) => !!declOf(op.key, kind))).toBe(true);
});
