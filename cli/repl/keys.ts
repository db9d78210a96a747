// The keys iex's line editor has and Node's readline lacks, added to a readline interface:
// - Tab: iex's expansion (complete.ts): insert the unique completion or the common prefix, else
//   list the matches under the line and redraw it.
// - Ctrl-R: reverse history search as in the Erlang shell: the prompt becomes
//   "(search)`QUERY': MATCH"; typing narrows (from the newest line), Ctrl-R again finds an older
//   match, Backspace widens, Enter runs the match, any other key leaves the search with the match
//   on the line to edit.
// readline dispatches every key to an internal method (a symbol in recent Node); wrapping it is
// the only way to see a key before readline acts on it.
import type * as readline from "node:readline";
import type { Expansion } from "./complete.ts";
import { formatEntries } from "./complete.ts";

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  sequence?: string;
}

type Rl = Omit<readline.Interface, "line" | "cursor"> & { line: string; cursor: number } & Record<string | symbol, any>;

/** readline's internal method `name` (a symbol-keyed method in Node 20, `_name` before) */
function internal(rl: Rl, name: string): string | symbol {
  for (let o = Object.getPrototypeOf(rl); o; o = Object.getPrototypeOf(o)) {
    for (const s of Object.getOwnPropertySymbols(o)) if (s.description === name) return s;
  }
  return name;
}

export interface KeyOptions {
  /** Tab: what to insert or list for the text before the cursor */
  expand: (before: string) => Expansion;
  /** the prompt readline shows when not searching */
  prompt: () => string;
  write: (text: string) => void;
}

export function installKeys(rlIn: readline.Interface, opts: KeyOptions): void {
  const rl = rlIn as unknown as Rl;
  const ttyWrite = internal(rl, "_ttyWrite");
  const refresh = internal(rl, "_refreshLine");
  const original = rl[ttyWrite].bind(rl) as (s: string | undefined, key: Key | undefined) => void;
  const redraw = () => rl[refresh]();

  // ---- Ctrl-R ----
  let search: { query: string; index: number } | null = null;
  // rl.history: the entered lines, newest first
  const history = (): string[] => rl.history ?? [];
  const find = (query: string, from: number): number => {
    const h = history();
    for (let i = from; i < h.length; i++) if (h[i].includes(query)) return i;
    return -1;
  };
  const showSearch = () => {
    const s = search!;
    const match = s.index >= 0 ? history()[s.index] : "";
    opts.write(`\r\x1b[K(search)\`${s.query}': ${match}`);
  };
  const leaveSearch = (): string => {
    const s = search!;
    search = null;
    const match = s.index >= 0 ? history()[s.index] : "";
    rl.line = match;
    rl.cursor = match.length;
    rl.setPrompt(opts.prompt());
    return match;
  };
  const searchKey = (s: string | undefined, key: Key | undefined): boolean => {
    const st = search!;
    if (key?.ctrl && key.name === "r") {
      const next = find(st.query, st.index + 1);
      // no older match: the line shows none, as the Erlang shell does
      st.index = next;
      showSearch();
      return true;
    }
    if (key?.name === "backspace") {
      st.query = st.query.slice(0, -1);
      st.index = find(st.query, 0);
      showSearch();
      return true;
    }
    if (key?.name === "return" || key?.name === "enter") {
      // the match runs (readline's own Enter: history, the "line" event); the search line stays
      leaveSearch();
      return false;
    }
    if (s && !key?.ctrl && !key?.meta && s.length === 1 && s >= " " && key?.name !== "escape") {
      st.query += s;
      st.index = find(st.query, 0);
      showSearch();
      return true;
    }
    // any other key: back to editing, with the match on the line, then the key acts on it
    // (the search line stays; the prompt comes back on the next line, as in the Erlang shell)
    leaveSearch();
    opts.write("\r\n");
    (rl as any).prevRows = 0;
    redraw();
    return false;
  };
  // ---- Tab ----
  const tab = () => {
    const before = rl.line.slice(0, rl.cursor);
    const e = opts.expand(before);
    if (e.insert) return original(e.insert, undefined);
    if (e.entries.length === 0) return;
    // the list goes under the whole line, then the prompt and the line again
    opts.write("\n" + formatEntries(e.entries));
    (rl as any).prevRows = 0;
    redraw();
  };

  const handler = (s: string | undefined, key: Key | undefined) => {
    if (search && searchKey(s, key)) return;
    if (key?.name === "tab" && !key.ctrl && !key.meta && !key.shift) return tab();
    if (key?.ctrl && key.name === "r" && !key.meta) {
      search = { query: "", index: find("", 0) };
      showSearch();
      return;
    }
    original(s, key);
  };
  // an own property: the prototype's may be an accessor
  Object.defineProperty(rl, ttyWrite, { value: handler, configurable: true, writable: true });
}
