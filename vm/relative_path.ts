// Path.relative_to_cwd for the redefinition warning (vm/early_loads.ts), kept out of the File/Path
// BIFs (vm/bifs/files.ts), which the browser build loads on first use, not at start: an object
// file's absolute path against the absolute current directory.
export function relativeToDir(path: string, dir: string): string {
  const a = components(path);
  const b = components(dir);
  if (b.length === 0) return path;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return ".";
  return i === b.length ? a.slice(i).join("/") : path;
}

/** "/a/b" -> ["/", "a", "b"]; "a/b" -> ["a", "b"] */
function components(p: string): string[] {
  const parts = p.split("/").filter((x) => x !== "");
  return p.startsWith("/") ? ["/", ...parts] : parts;
}
