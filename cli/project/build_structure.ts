// The project's priv/ and include/ beside its compiled ebin, as mix lays out _build/ENV/lib/APP:
// each a relative symbolic link to the project's folder when the project has one, so
// :code.priv_dir(:app) reaches the project's files (and sees edits at once, as under mix).
import * as fs from "node:fs";
import * as path from "node:path";

export function linkBuildStructure(projectDir: string, buildDir: string): void {
  for (const name of ["priv", "include"]) {
    const source = path.join(projectDir, name);
    if (!fs.existsSync(source)) continue;
    const target = path.join(buildDir, name);
    const relative = path.relative(buildDir, source);
    let current: string | null = null;
    try {
      current = fs.readlinkSync(target);
    } catch {
      /* no link there (nothing, or a folder of a copy) */
    }
    if (current === relative) continue;
    fs.rmSync(target, { recursive: true, force: true });
    fs.symlinkSync(relative, target);
  }
}

/** a release's copy of the project's priv/ (the files themselves, so the release stands alone) */
export function copyPrivInto(projectDir: string, appDir: string): void {
  const target = path.join(appDir, "priv");
  fs.rmSync(target, { recursive: true, force: true });
  const source = path.join(projectDir, "priv");
  if (fs.existsSync(source)) fs.cpSync(source, target, { recursive: true, dereference: true });
}
