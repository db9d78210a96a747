// A large data table kept as JSON text until its first use. A page parses a string literal far
// faster than an object literal of the same data and runs nothing for it at load; the table is
// built (JSON.parse) the first time something reads it, and only then.
export function lazyJson<T>(text: string): () => T {
  let value: T | undefined;
  return () => (value ??= JSON.parse(text) as T);
}
