/** Types of scripts/build-sources.js (plain CommonJS: the build runs it with no TypeScript loader). */
export declare const STAMP: string;
export declare const buildSources: (root?: string) => string[];
export declare const writeStamp: (root?: string) => void;
export declare const staleBecause: (root?: string) => string | undefined;
export declare const ensureBuilt: (log?: (msg: string) => void, root?: string) => void;
