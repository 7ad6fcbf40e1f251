/**
 * The end-to-end suite covers every visible operation the app registers (App.triggers/creates/searches),
 * with each connection it supports: a new operation without an end-to-end case fails here. Runs in the
 * normal jest run too (it only reads the case tables).
 */
import { connectionsOf, visibleOperations } from './harness';
import { ALL_CASES } from './cases';
import { REGRESSIONS } from './regressions';

describe('end-to-end coverage', () => {
  const ops = visibleOperations();

  test('the app registers visible operations (the list below is not empty by accident)', () => {
    expect(ops.length).toBeGreaterThan(100);
  });

  test('every visible operation has an end-to-end case for each of its connections', () => {
    const missing: string[] = [];
    for (const op of ops) {
      for (const connection of connectionsOf(op)) {
        const covered = [...ALL_CASES, ...REGRESSIONS].some((c) => c.subject === op.subject && (c.connections ?? connectionsOf(op)).includes(connection));
        if (!covered) missing.push(`${op.subject} [${connection}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every case names a visible operation of the app', () => {
    const subjects = new Set(ops.map((o) => o.subject));
    expect([...ALL_CASES, ...REGRESSIONS].map((c) => c.subject).filter((s) => !subjects.has(s))).toEqual([]);
  });
});
