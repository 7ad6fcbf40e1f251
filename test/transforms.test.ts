/** Each transform on its own. */
import { customFieldsFromInput, toInputField } from '../lib/custom-fields';
import { checkRequired, newestFirst, versionOf } from '../lib/operation';
import {
  checkEmail,
  normalizePhone,
  offsetOf,
  shown,
  stableHash,
  toBool,
  toDateOnly,
  toEpochMs,
  toIsoInZone,
  toIsoUtc,
  toList,
  toInteger,
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
  expect([toBool('yes', 'f'), toBool('false', 'f'), toBool(true, 'f'), toBool('', 'f')]).toEqual([true, false, true, undefined]);
  expect(toNumber('1250.50', 'monetaryValue')).toBe(1250.5);
  // A thousands separator is refused rather than guessed at ("1,50" is 1.5 in half the world).
  expect(() => toNumber('1,250.50', 'monetaryValue', 'Value')).toThrow('The Value field must be a number');
  expect(() => toNumber('lots', 'monetaryValue', 'Value')).toThrow('The Value field must be a number, got "lots". Use digits with a "." decimal point, e.g. 1250.50.');
});

describe('strict parsers: a table of what Zapier sends and what must be refused', () => {
  const refused = (fn: () => unknown, label: string) => expect(fn).toThrow(new RegExp(`^The ${label} field`));

  test.each([
    ['1200', 1200],
    [' 12.5 ', 12.5],
    ['-3', -3],
    ['.5', 0.5],
    ['7.', 7],
    [42, 42],
    ['', undefined],
    [null, undefined],
  ])('toNumber(%j) → %j', (value, expected) => {
    expect(toNumber(value, 'amount', 'Amount')).toBe(expected);
  });

  test.each([['1,50'], ['1,250.50'], ['1 200'], ['0x10'], ['1e3'], ['12abc'], ['abc'], ['NaN'], ['Infinity'], [['1', '2']], [{ n: 1 }], [true], [Number.NaN]])(
    'toNumber(%j) is an input error naming the field and showing the value',
    (value) => {
      refused(() => toNumber(value, 'amount', 'Amount'), 'Amount');
      expect(() => toNumber(value, 'amount', 'Amount')).toThrow(`got ${shown(value)}. Use digits`);
    },
  );

  test('toInteger refuses fractions', () => {
    expect(toInteger('15', 'minutes', 'Minutes')).toBe(15);
    refused(() => toInteger('2.5', 'minutes', 'Minutes'), 'Minutes');
  });

  test.each([
    ['true', true],
    ['TRUE', true],
    ['yes', true],
    ['1', true],
    [1, true],
    [true, true],
    ['false', false],
    ['No', false],
    ['0', false],
    [0, false],
    [false, false],
    ['', undefined],
    [undefined, undefined],
  ])('toBool(%j) → %j', (value, expected) => {
    expect(toBool(value, 'dnd', 'Do Not Disturb')).toBe(expected);
  });

  test.each([['maybe'], ['y'], ['on'], ['2'], [['true']], [{}]])('toBool(%j) is an input error', (value) => {
    refused(() => toBool(value, 'dnd', 'Do Not Disturb'), 'Do Not Disturb');
  });

  test.each([
    ['2026-07-08', Date.UTC(2026, 6, 8)],
    ['2026-07-08T14:30:00Z', Date.UTC(2026, 6, 8, 14, 30)],
    ['2026-07-08T14:30:00-05:00', Date.UTC(2026, 6, 8, 19, 30)],
    ['2026-07-08T14:30:00.250+0530', Date.UTC(2026, 6, 8, 9, 0, 0, 250)],
    ['2026-07-08 14:30', Date.UTC(2026, 6, 8, 14, 30)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['1750000000', 1750000000000],
    ['1750000000000', 1750000000000],
    [1750000000, 1750000000000],
  ])('toEpochMs(%j) → %j', (value, expected) => {
    expect(toEpochMs(value, 'start', 'Start')).toBe(expected);
  });

  test.each([['-1'], ['2020'], ['foo 2020'], ['2024-02-30'], ['2025-02-29'], ['2026-13-01'], ['2026-07-08T24:00'], ['2026-07-08T10:60'], ['07/08/2026'], ['tomorrow'], [-5], [1.5], [['2026-07-08']]])(
    'toEpochMs(%j) is an input error',
    (value) => {
      refused(() => toEpochMs(value, 'start', 'Start'), 'Start');
    },
  );

  test('the date paths agree: a date that does not exist is refused everywhere, never rolled over', () => {
    refused(() => toDateOnly('2024-02-30', 'dob', 'Date of Birth'), 'Date of Birth');
    refused(() => toIsoUtc('2024-02-30', 'dueDate', 'Due Date'), 'Due Date');
    refused(() => toIsoInZone('2024-02-30T10:00', 'start', 'UTC', 'Start'), 'Start');
    expect(toDateOnly('2026-07-08T23:30:00-05:00', 'dob')).toBe('2026-07-08');
  });

  test('a time without an offset is read in the zone it is written for', () => {
    expect(toIsoInZone('2026-07-16 10:00', 'start', 'America/New_York')).toBe('2026-07-16T10:00:00-04:00');
  });
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

test('a required list is empty when it splits into nothing', () => {
  const tags = [{ key: 'tags', label: 'Tags', required: true, list: true }];
  expect(() => checkRequired(tags, { tags: ' , ' })).toThrow('The Tags field is required but was empty.');
  expect(() => checkRequired(tags, { tags: [' ', ''] })).toThrow('The Tags field is required but was empty.');
  expect(() => checkRequired(tags, { tags: ['vip'] })).not.toThrow();
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
