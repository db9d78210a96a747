// :code's administration of the code path and of sticky modules (set_path/1, replace_path/2,
// stick_*/unstick_*, is_sticky/1), the code server's overviews (module_status/0, all_available/0)
// and :erlang.get_module_info/1,2, with the answers OTP 25 gives (upgrade-semantics.md).
import { defineBifs, BifContext, allBifModules } from "./registry.ts";
import { Atom, Cons, Term, Tuple, atom, tuple, list, listToArray, NIL, TRUE, FALSE, bool, charlist } from "../terms.ts";
import { badarg } from "../errors.ts";
import type { Node } from "../node.ts";
import { OBJ_EXT, LIBRARY_CODE_PATH } from "../code_server.ts";
import { codeModArg, noCodeClause, moduleStatus, isLoaded } from "./code_loading.ts";
import { stickySet } from "./sticky_set.ts";
import { charlistText } from "./path_text.ts";

function node(ctx: BifContext): Node {
  return ctx.node as Node;
}

// (the library's directories are beamlet's own, in no file system)
const LIBRARY_DIRS = new Set(LIBRARY_CODE_PATH);

function isDirectory(n: Node, p: string): boolean {
  const fs = n.host.fs;
  if (!fs || LIBRARY_DIRS.has(stripSlash(p))) return true;
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const stripSlash = (p: string): string => (p.length > 1 ? p.replace(/\/$/, "") : p);

/** the application a code path directory belongs to: .../NAME[-VSN][/ebin] gives NAME */
export function appNameOf(dir: string): string {
  const parts = dir.split("/");
  if (parts.length > 1 && parts[parts.length - 1] === "ebin") parts.pop();
  const base = parts[parts.length - 1];
  const dash = base.indexOf("-");
  return dash < 0 ? base : base.slice(0, dash);
}

/** the object files' modules in a directory, or null when it cannot be listed */
function modulesIn(n: Node, dir: string): string[] | null {
  const fs = n.host.fs;
  if (!fs || !isDirectory(n, dir)) return null;
  try {
    return (fs.readdirSync(dir) as string[]).filter((f) => f.endsWith(OBJ_EXT)).map((f) => f.slice(0, -OBJ_EXT.length));
  } catch {
    return null;
  }
}

const BAD_DIRECTORY = tuple(atom("error"), atom("bad_directory"));

function stickDir(ctx: BifContext, fun: string, d: Term, stick: boolean): Term {
  if (!(d === NIL || d instanceof Cons)) noCodeClause(fun, [d]);
  const dir = charlistText(d);
  const mods = dir === null ? null : modulesIn(node(ctx), dir);
  if (mods === null) return atom("error");
  const set = stickySet(node(ctx));
  for (const m of mods) stick ? set.add(m) : set.delete(m);
  return atom("ok");
}

defineBifs("code", {
  // every directory must exist; the path is then exactly the list (duplicates kept)
  "set_path/1": ([ps], ctx) => {
    if (!(ps === NIL || ps instanceof Cons)) noCodeClause("set_path", [ps]);
    const dirs: string[] = [];
    for (const p of listToArray(ps) ?? badarg()) {
      const s = charlistText(p);
      if (s === null || !isDirectory(node(ctx), s)) return BAD_DIRECTORY;
      dirs.push(stripSlash(s));
    }
    node(ctx).code.path = dirs;
    return TRUE;
  },
  // the first directory of application NAME on the path is replaced by DIR, which must be named
  // .../NAME[-VSN][/ebin]; with none, DIR is added at the end
  "replace_path/2": ([nm, d], ctx) => {
    const name = nm instanceof Atom ? nm.name : charlistText(nm);
    if (name === null || !(d === NIL || d instanceof Cons)) noCodeClause("replace_path", [nm, d]);
    const raw = charlistText(d);
    if (raw === null) return tuple(atom("error"), atom("bad_name"));
    const dir = stripSlash(raw);
    if (appNameOf(dir) !== name) return tuple(atom("error"), atom("bad_name"));
    if (!isDirectory(node(ctx), dir)) return BAD_DIRECTORY;
    const cs = node(ctx).code;
    const at = cs.path.findIndex((p) => appNameOf(p) === name);
    cs.path = at < 0 ? [...cs.path, dir] : cs.path.map((p, i) => (i === at ? dir : p));
    return TRUE;
  },
  "stick_dir/1": ([d], ctx) => stickDir(ctx, "stick_dir", d, true),
  "unstick_dir/1": ([d], ctx) => stickDir(ctx, "unstick_dir", d, false),
  "stick_mod/1": ([m], ctx) => {
    stickySet(node(ctx)).add(codeModArg("stick_mod", [m]).name);
    return TRUE;
  },
  "unstick_mod/1": ([m], ctx) => {
    stickySet(node(ctx)).delete(codeModArg("unstick_mod", [m]).name);
    return TRUE;
  },
  // sticky and loaded
  "is_sticky/1": ([m], ctx) => {
    const mod = codeModArg("is_sticky", [m]);
    return bool(stickySet(node(ctx)).has(mod.name) && isLoaded(ctx, mod) !== FALSE);
  },
  "module_status/0": (_, ctx) => {
    const loaded = listToArray(node(ctx).code.allLoaded(allBifModules())) ?? [];
    return list(loaded.map((t) => (t as Tuple).items[0]).map((m) => tuple(m, moduleStatus(ctx, m))));
  },
  // {name, file, loaded?} of every module on the code path and every loaded one: a loaded
  // module's file is where it was loaded from (:preloaded, or [] when made in memory)
  "all_available/0": (_, ctx) => {
    const n = node(ctx);
    const seen = new Set<string>();
    const out: Term[] = [];
    for (const dir of n.code.path) {
      for (const m of modulesIn(n, dir) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        const loaded = isLoaded(ctx, atom(m)) !== FALSE;
        out.push(tuple(charlist(m), charlist(stripSlash(dir) + "/" + m + OBJ_EXT), bool(loaded)));
      }
    }
    for (const t of listToArray(n.code.allLoaded(allBifModules())) ?? []) {
      const m = (t as Tuple).items[0] as Atom;
      if (seen.has(m.name)) continue;
      seen.add(m.name);
      const file = (isLoaded(ctx, m) as Tuple).items?.[1] ?? NIL;
      out.push(tuple(charlist(m.name), file, TRUE));
    }
    return list(out);
  },
});

// what M:module_info/0,1 answer, for a loaded module; badarg otherwise (an unloaded module is not
// loaded by it)
function getModuleInfo(ctx: BifContext, m: Term, key: Term | undefined): Term {
  if (!(m instanceof Atom)) badarg();
  const cs = node(ctx).code;
  const v = cs.current(m as Atom);
  const r = v ? cs.moduleInfo(v, key) : cs.bifOnlyInfo(m as Atom, "module_info", key);
  return r ?? badarg();
}

defineBifs("erlang", {
  "get_module_info/1": ([m], ctx) => getModuleInfo(ctx, m, undefined),
  "get_module_info/2": ([m, k], ctx) => getModuleInfo(ctx, m, k),
});
