// A small reference model of upgrade-semantics.md R1-R10/R14 for one module M, and the Elixir
// script that performs the same operations on a real beamlet node. Each step prints one line
// "S<i> <result> <alive> <old?>"; the model predicts exactly that line.
//
// Versions are numbered by compilation (1, 2, ...). A process "runs" the version it entered with
// its last remote call M.loop/1; a fun runs the version that made it.

export type Cmd =
  | { k: "compile" } // Code.compile_string of a new version (load_binary semantics, R14)
  | { k: "load_binary" } // :code.load_binary of the latest compiled binary (R2b)
  | { k: "load_file" } // write the latest binary to the code path, :code.load_file (R2)
  | { k: "purge" } // R4
  | { k: "soft_purge" } // R5
  | { k: "delete" } // R6
  | { k: "spawn_local" } // a process looping by local recursion in the current version (R9)
  | { k: "go"; p: number } // send :go: the process makes a remote call M.loop (R8)
  | { k: "ask"; p: number } // which version does process p run? (:dead if killed)
  | { k: "remote" } // a one-off process calling M.v() remotely (R8)
  | { k: "make_fun" } // fn made by the current version (R10)
  | { k: "call_fun"; f: number }; // call it: its version's value, or BadFunctionError once no loaded version has its code (R10b)

export class Model {
  // loaded versions are instances (a load_file of the same bytes makes a new instance); num
  // maps an instance to the version number its code prints
  current: number | null = null;
  old: number | null = null;
  latest = 0; // last compiled version number
  private nextInst = 0;
  private num: number[] = [];
  purged = new Set<number>();
  procs: { inst: number; alive: boolean }[] = [];
  funs: number[] = [];

  private install(n: number): void {
    const inst = this.nextInst++;
    this.num[inst] = n;
    if (this.current !== null) this.old = this.current;
    this.current = inst;
  }
  private purgeOld(): boolean {
    if (this.old === null) return false;
    let killed = false;
    for (const p of this.procs) if (p.alive && p.inst === this.old) { p.alive = false; killed = true; }
    this.purged.add(this.old);
    this.old = null;
    return killed;
  }
  private loadBinary(n: number): void {
    if (this.current !== null && this.old !== null) this.purgeOld();
    this.install(n);
  }
  private n(inst: number): string {
    return String(this.num[inst]);
  }

  /** can cmd run in this state? (calls into M need a current version) */
  can(c: Cmd): boolean {
    switch (c.k) {
      case "load_binary": case "load_file": return this.latest > 0;
      case "spawn_local": case "remote": case "make_fun": return this.current !== null;
      case "go": return c.p < this.procs.length && this.current !== null;
      case "ask": return c.p < this.procs.length;
      // with no version loaded at all, calling the fun autoloads M from the code path first (the
      // error handler): a different rule, left to test/conformance/code/fun_bound_to_code_md5
      case "call_fun": return c.f < this.funs.length && (this.current !== null || this.old !== null);
      default: return true;
    }
  }

  /** apply cmd; returns the expected printed result */
  step(c: Cmd): string {
    switch (c.k) {
      case "compile":
        this.latest++;
        this.loadBinary(this.latest);
        return "M";
      case "load_binary":
        this.loadBinary(this.latest);
        return "{:module, M}";
      case "load_file":
        if (this.current !== null && this.old !== null) return "{:error, :not_purged}";
        this.install(this.latest);
        return "{:module, M}";
      case "purge":
        return String(this.purgeOld());
      case "soft_purge": {
        if (this.old === null) return "true";
        if (this.procs.some((p) => p.alive && p.inst === this.old)) return "false";
        this.purged.add(this.old);
        this.old = null;
        return "true";
      }
      case "delete":
        // R6 (OTP 25, test/conformance/code/delete_module): false while old code exists; true for
        // a known module even when nothing is current; false for a module never loaded
        if (this.old !== null) return "false";
        if (this.current === null) return this.nextInst > 0 ? "true" : "false";
        this.old = this.current;
        this.current = null;
        return "true";
      case "spawn_local":
        this.procs.push({ inst: this.current!, alive: true });
        return this.n(this.current!);
      case "go": {
        const p = this.procs[c.p];
        if (!p.alive) return ":dead";
        p.inst = this.current!;
        return this.n(p.inst);
      }
      case "ask": {
        const p = this.procs[c.p];
        return p.alive ? this.n(p.inst) : ":dead";
      }
      case "remote":
        return this.n(this.current!);
      case "make_fun":
        this.funs.push(this.current!);
        return this.n(this.current!);
      case "call_fun": {
        const inst = this.funs[c.f];
        if (!this.purged.has(inst)) return this.n(inst);
        // R10b: a fun is bound to its code, not to its load: it runs again while a loaded version
        // (current or old) has the same code (same md5, here: the same source)
        const same = [this.current, this.old].some((v) => v !== null && this.n(v) === this.n(inst));
        return same ? this.n(inst) : ":badfun";
      }
    }
  }

  line(i: number, result: string): string {
    const alive = "[" + this.procs.map((p) => String(p.alive)).join(", ") + "]";
    return `S${i} ${result} ${alive} ${this.old !== null} ${this.current !== null}`;
  }
}

/** the source of version k of M */
export function source(k: number): string {
  return [
    "defmodule M do",
    `  def v, do: ${k}`,
    `  def mkfun, do: fn -> ${k} end`,
    "  def loop(t) do",
    "    receive do",
    "      :go -> M.loop(t)",
    `      {:ask, from} -> send(from, {t, ${k}}); loop(t)`,
    "    end",
    "  end",
    "end",
  ].join("\n");
}

function ex(s: string): string {
  return JSON.stringify(s).replace(/#\{/g, "\\#{");
}

/** the Elixir script for a command sequence (commands the model refuses are skipped) */
export function script(cmds: Cmd[], dir: string): { text: string; expected: string[]; ran: Cmd[] } {
  const m = new Model();
  const out: string[] = [
    "Code.put_compiler_option(:ignore_module_conflict, true)",
    `dir = ${ex(dir)}`,
    "File.mkdir_p!(dir)",
    ":code.add_patha(String.to_charlist(dir))",
    "pids = []",
    "funs = []",
    "bin = nil",
    "ask = fn p, t -> send(p, {:ask, self()}); receive do {^t, v} -> v after 1000 -> :dead end end",
    "report = fn i, r, pids -> IO.puts(\"S#{i} #{inspect(r)} #{inspect(Enum.map(pids, &Process.alive?/1))} #{:erlang.check_old_code(M)} #{:code.is_loaded(M) != false}\") end",
  ];
  const expected: string[] = [];
  const ran: Cmd[] = [];
  let i = 0;
  for (const c of cmds) {
    if (!m.can(c)) continue;
    ran.push(c);
    let code: string;
    switch (c.k) {
      case "compile":
        code = `[{mod, bin}] = Code.compile_string(${ex(source(m.latest + 1))}); r = mod`;
        break;
      case "load_binary": code = "r = :code.load_binary(M, 'nofile', bin)"; break;
      case "load_file":
        code = `File.write!(Path.join(dir, "Elixir.M" <> to_string(:code.objfile_extension())), bin); r = :code.load_file(M)`;
        break;
      case "purge": code = "r = :code.purge(M)"; break;
      case "soft_purge": code = "r = :code.soft_purge(M)"; break;
      case "delete": code = "r = :code.delete(M)"; break;
      case "spawn_local": {
        const t = m.procs.length;
        code = `p = spawn(fn -> M.loop(${t}) end); pids = pids ++ [p]; r = ask.(p, ${t})`;
        break;
      }
      case "go": code = `p = Enum.at(pids, ${c.p}); send(p, :go); r = ask.(p, ${c.p})`; break;
      case "ask": code = `r = ask.(Enum.at(pids, ${c.p}), ${c.p})`; break;
      case "remote":
        code = "me = self(); spawn(fn -> send(me, {:remote, M.v()}) end); r = receive do {:remote, v} -> v after 1000 -> :timeout end";
        break;
      case "make_fun": code = "f = M.mkfun(); funs = funs ++ [f]; r = f.()"; break;
      case "call_fun":
        code = `r = try do Enum.at(funs, ${c.f}).() rescue _ in BadFunctionError -> :badfun end`;
        break;
    }
    const res = m.step(c);
    out.push(code, `report.(${i}, r, pids)`);
    expected.push(m.line(i, res));
    i++;
  }
  out.push("Enum.each(pids, &Process.exit(&1, :kill))");
  return { text: out.join("\n") + "\n", expected, ran };
}
