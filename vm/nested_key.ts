// The keys a compilation gives the modules its code defines at run time (compiler/nested_modules.ts):
// "SESSION.N file:line", a literal of that code. SESSION is random per node process, so an object
// file compiled in another process never finds this process's definitions by mistake; a fun's uniq
// (vm/module.ts funUniqOf) leaves this process's keys out, so the same code makes the same funs
// in every run.
export const NESTED_KEY_SESSION = Math.random().toString(36).slice(2, 10);

/** a key of this process's compilations (a binary's text) */
export function isOwnNestedKey(text: string): boolean {
  return text.startsWith(NESTED_KEY_SESSION + ".");
}
