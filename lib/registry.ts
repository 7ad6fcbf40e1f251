/**
 * Turning operation files into the app's registries. The files are found by the top-level registry.ts
 * (the folders are the list); this module only checks and indexes what it is given, and knows nothing of
 * which operations exist.
 */
import fs from 'fs';
import path from 'path';
import { declarationOf, type ZapierOperation } from './operation';
import type { Declaration, Kind } from './types';

export const FOLDERS = ['triggers', 'creates', 'searches'] as const;
export type Folder = (typeof FOLDERS)[number];
export const KIND_OF: Record<Folder, Kind> = { triggers: 'trigger', creates: 'create', searches: 'search' };

/** Each folder's modules by operation key (the file name without its extension). */
export type OperationModules = Record<Folder, Record<string, { default?: unknown }>>;

export interface Registry {
  triggers: Record<string, ZapierOperation>;
  creates: Record<string, ZapierOperation>;
  searches: Record<string, ZapierOperation>;
  /** Every operation's declaration, in folder then key order. */
  declarations: Declaration[];
}

/** The operation file names of a folder (`.ts` in the sources, `.js` once compiled), as keys, sorted. */
export const operationKeys = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort();

/** Loads every operation file under `root`'s folders (development and tests; the bundle lists them itself). */
export const readOperationModules = (root: string): OperationModules =>
  Object.fromEntries(
    FOLDERS.map((folder) => [
      folder,
      Object.fromEntries(
        operationKeys(path.join(root, folder)).map((key) => [key, require(path.join(root, folder, key)) as { default?: unknown }]),
      ),
    ]),
  ) as OperationModules;

/**
 * The registries of the given modules. Each file must default-export, made with defineOperation, the
 * operation of its folder's kind whose key is the file name: anything else stops the app from loading,
 * naming the file.
 */
export const registryOf = (modules: OperationModules): Registry => {
  const out: Registry = { triggers: {}, creates: {}, searches: {}, declarations: [] };
  for (const folder of FOLDERS) {
    for (const key of Object.keys(modules[folder]).sort()) {
      const op = modules[folder][key]?.default as ZapierOperation | undefined;
      const decl = op ? declarationOf(op) : undefined;
      if (!op || !decl || decl.key !== key || decl.kind !== KIND_OF[folder]) {
        throw new Error(`${folder}/${key}: must default-export the ${KIND_OF[folder]} "${key}", made with defineOperation.`);
      }
      out[folder][key] = op;
      out.declarations.push(decl);
    }
  }
  return out;
};
