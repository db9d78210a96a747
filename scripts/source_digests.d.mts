export declare const FINGERPRINTED_DIRS: string[];
export declare function sourceDigests(root: string, dir: string): [string, string][];
export function librarySourcePaths(root: string): string[];
export function libraryDigest(root: string): string;
