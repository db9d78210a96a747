// A release's object files are checked before it boots: a corrupt or hostile .bbc in an ebin
// directory stops the boot with the file's name and the verifier's reason (the BEAM's embedded
// mode refuses to boot when a module of the release cannot be loaded), instead of surfacing later
// as an undef in whichever process first calls the module.
import * as fs from "node:fs";
import * as path from "node:path";
import { decodeModule, BadFile } from "../../vm/bytecode_file.ts";
import { OBJ_EXT } from "../../vm/code_server.ts";

export interface BadObjectFile {
  file: string;
  reason: string;
}

/** every .bbc under `dirs` that would not load, in directory and name order */
export function badObjectFiles(dirs: string[]): BadObjectFile[] {
  const bad: BadObjectFile[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith(OBJ_EXT)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      let reason: string;
      try {
        const r = decodeModule(new Uint8Array(fs.readFileSync(file)));
        if (r instanceof BadFile) reason = r.reason;
        else if (r.name + OBJ_EXT !== name) reason = `the file holds module ${r.name}`;
        else continue;
      } catch (e) {
        reason = `cannot be read (${(e as NodeJS.ErrnoException).code ?? "error"})`;
      }
      bad.push({ file, reason });
    }
  }
  return bad;
}
