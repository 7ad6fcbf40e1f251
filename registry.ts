/**
 * Which operations the app has: the files of triggers/, creates/ and searches/, each default-exporting
 * one operation whose key is its file name (`creates/create_contact.ts` → `create_contact`). Adding an
 * operation is adding its file; nothing else lists it.
 *
 * Here the folders are read when the app loads (tests, `dist/` for the contract check). The production
 * bundle (scripts/bundle.js) replaces this module with a static list of the same files, as Zapier needs:
 * its workers load one bundled file, with no folders to read.
 */
import { readOperationModules, registryOf } from './lib/registry';

export default registryOf(readOperationModules(__dirname));
