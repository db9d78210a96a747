export declare const FINGERPRINTED_DIRS: string[];
export declare function sourceDigests(root: string, dir: string): [string, string][];
