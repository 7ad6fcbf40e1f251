/** Each transform on its own. */
import { customFieldsFromInput, toInputField } from '../lib/custom-fields';
import { checkRequired, newestFirst, versionOf } from '../lib/operation';
import {
  checkEmail,
  normalizePhone,
  offsetOf,
  stableHash,
  toBool,
  toDateOnly,
  toEpochMs,
  toIsoInZone,
  toIsoUtc,
  toList,
  toNumber,
} from '../lib/transforms';

test('toList splits comma and newline lists and flattens line items', () => {
  expect(toList('a, b,,c\nd')).toEqual(['a', 'b', 'c', 'd']);
  expect(toList(['x, y', 'z', ''])).toEqual(['x', 'y', 'z']);
  expect(toList(undefined)).toEqual([]);
});

test('checkEmail trims and rejects malformed addresses naming the field', () => {
  expect(checkEmail(' a@b.co ', 'email')).toBe('a@b.co');
  expect(checkEmail('', 'email')).toBeUndefined();
  expect(() => checkEmail('a@b', 'email', 'Work Email')).toThrow('The Work Email field is not a valid email address: "a@b".');
});

test('normalizePhone keeps + and digits; letters are an error', () => {
  expect(normalizePhone('+1 (888) 888-8888', 'phone')).toBe('+18888888888');
  expect(normalizePhone('', 'phone')).toBeUndefined();
  expect(() => normalizePhone('call me', 'phone')).toThrow(/Phone field is not a phone number/);
});

test('toEpochMs reads ISO, epoch seconds and ms; rejects nonsense', () => {
  expect(toEpochMs('2026-06-23T03:30:00+05:30', 'start')).toBe(Date.parse('2026-06-22T22:00:00Z'));
  expect(toEpochMs(1750000000, 'start')).toBe(1750000000000);
  expect(toEpochMs('1750000000000', 'start')).toBe(1750000000000);
  expect(() => toEpochMs('next blursday', 'start', 'Start Time')).toThrow(
    'The Start Time field is not a date GoHighLevel understands: "next blursday".',
  );
});

test('toIsoInZone writes the offset of the timezone at that instant (DST aware)', () => {
  expect(toIsoInZone('2026-06-22T22:00:00Z', 'start', 'Asia/Kolkata')).toBe('2026-06-23T03:30:00+05:30');
  expect(toIsoInZone('2026-01-15T15:00:00Z', 'start', 'America/New_York')).toBe('2026-01-15T10:00:00-05:00');
  expect(toIsoInZone('2026-07-15T15:00:00Z', 'start', 'America/New_York')).toBe('2026-07-15T11:00:00-04:00');
  expect(toIsoInZone('2026-07-15T15:00:00Z', 'start')).toBe('2026-07-15T15:00:00+00:00');
  expect(offsetOf('UTC', 0)).toBe('+00:00');
  expect(() => toIsoInZone('2026-07-15T15:00:00Z', 'start', 'Mars/Olympus')).toThrow(/not a timezone name/);
});

test('toIsoUtc, toDateOnly, toBool, toNumber', () => {
  expect(toIsoUtc('2026-07-08 14:30:00Z', 'dueDate')).toBe('2026-07-08T14:30:00.000Z');
  expect(toDateOnly('1990-09-25', 'dob')).toBe('1990-09-25');
  expect(toDateOnly('1990-09-25T10:00:00Z', 'dob')).toBe('1990-09-25');
  expect([toBool('yes'), toBool('false'), toBool(true), toBool('')]).toEqual([true, false, true, undefined]);
  expect(toNumber('1,250.50', 'monetaryValue')).toBe(1250.5);
  expect(() => toNumber('lots', 'monetaryValue', 'Value')).toThrow('The Value field must be a number, got "lots".');
});

test('stableHash ignores key order and differs on content', () => {
  expect(stableHash({ a: 1, b: [1, 2] })).toBe(stableHash({ b: [1, 2], a: 1 }));
  expect(stableHash({ a: 1 })).not.toBe(stableHash({ a: 2 }));
  expect(stableHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
});

test('newestFirst orders by a date key and keeps undated items last in order', () => {
  const items = [
    { id: 'old', dateAdded: '2026-01-01T00:00:00Z' },
    { id: 'none1' },
    { id: 'new', dateAdded: '2026-03-01T00:00:00Z' },
    { id: 'none2' },
    { id: 'mid', dateAdded: 1767225600000 + 86400000 * 20 },
  ];
  expect(newestFirst(items, 'dateAdded').map((i) => i.id)).toEqual(['new', 'mid', 'old', 'none1', 'none2']);
});

test('versionOf uses the update time, else a content hash', () => {
  expect(versionOf({ id: 'a', dateUpdated: '2026-01-01' }, 'dateUpdated')).toBe('2026-01-01');
  expect(versionOf({ id: 'a', title: 'x' })).toBe(stableHash({ id: 'a', title: 'x' }));
  expect(versionOf({ id: 'a', title: 'x' })).not.toBe(versionOf({ id: 'a', title: 'y' }));
});

test('checkRequired names the empty required field', () => {
  expect(() => checkRequired([{ key: 'title', label: 'Title', required: true }], { title: ' ' })).toThrow(
    'The Title field is required but was empty.',
  );
  expect(() => checkRequired([{ key: 'title', required: true }], { title: 'ok' })).not.toThrow();
});

test('custom field definitions become typed inputs, inputs become {id|key, field_value}', () => {
  expect(toInputField({ id: 'a', name: 'Budget', dataType: 'MONETORY' })).toMatchObject({ key: 'cf__a', type: 'number' });
  expect(toInputField({ id: 'b', name: 'Notes', dataType: 'LARGE_TEXT' })).toMatchObject({ key: 'cf__b', type: 'text' });
  expect(toInputField({ id: 'c', name: 'Size', dataType: 'SINGLE_OPTIONS', picklistOptions: ['S', 'M'] })).toMatchObject({
    choices: [{ value: 'S', label: 'S', sample: 'S' }, { value: 'M', label: 'M', sample: 'M' }],
  });
  expect(toInputField({ id: 'c', name: 'Size', dataType: 'SINGLE_OPTIONS' })).not.toHaveProperty('list');
  expect(toInputField({ id: 'd', name: 'Tags', dataType: 'CHECKBOX', picklistOptions: ['x'] })).toMatchObject({ list: true });
  expect(toInputField({ id: 'e', name: 'Day', dataType: 'DATE' })).toMatchObject({ key: 'cfd__e', type: 'datetime' });
  expect(toInputField({ id: 'f', name: 'File', dataType: 'FILE_UPLOAD' })).toBeUndefined();
  expect(
    customFieldsFromInput({ cf__a: 10, cf__d: ['x, y'], cfd__e: '2026-02-03T12:00:00Z', cf__empty: '', customFieldsByKey: { 'contact.k': 'v', ' ': 'ignored' }, other: 1 }),
  ).toEqual([
    { id: 'a', field_value: '10' },
    { id: 'd', field_value: ['x', 'y'] },
    { id: 'e', field_value: '2026-02-03' },
    { key: 'contact.k', field_value: 'v' },
  ]);
  expect(customFieldsFromInput({ firstName: 'x' })).toBeUndefined();
});
