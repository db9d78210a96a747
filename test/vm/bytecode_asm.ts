// A small assembler for hand-written (and generated) object code in tests: functions as lists of
// instructions by name, labels by name, literals and imports interned as they are used.
import { Op, opInfo, K, type OpName } from "../../compiler/opcodes.ts";
import type { CompiledModule, FunctionDef, ImportDef } from "../../vm/module.ts";
import { encodeValue, writeModule } from "../../vm/bytecode_file.ts";

/** an operand: a number as is, `@name` a label, `{ lit }` a literal, `{ imp }` an import */
export type Operand = number | string | { lit: unknown } | { imp: [string, string, number] } | { fn: string };
export type Instr = [OpName, ...Operand[]] | { label: string };

export interface FnSpec {
  name: string;
  arity: number;
  nlocals?: number;
  exported?: boolean;
  lambda?: boolean;
  code: Instr[];
}

export function assemble(name: string, fns: FnSpec[]): CompiledModule {
  const code: number[] = [];
  const literals: unknown[] = [];
  const litKeys = new Map<string, number>();
  const imports: ImportDef[] = [];
  const functions: FunctionDef[] = fns.map((f) => ({
    name: f.name, arity: f.arity, entry: 0, nlocals: f.nlocals ?? f.arity, exported: f.exported ?? true, lambda: f.lambda ?? false, line: 1,
  }));
  const fixups: [number, string, string][] = [];
  fns.forEach((f, fi) => {
    functions[fi].entry = code.length;
    const labels = new Map<string, number>();
    for (const ins of f.code) {
      if (!Array.isArray(ins)) {
        labels.set(ins.label, code.length);
        continue;
      }
      const [opName, ...ops] = ins;
      const info = opInfo(Op[opName])!;
      code.push(info.code);
      ops.forEach((o, i) => {
        if (typeof o === "number") code.push(o);
        else if (typeof o === "string") {
          fixups.push([code.length, f.name, o.slice(1)]);
          code.push(-1);
        } else if ("lit" in o) {
          const key = JSON.stringify(encodeValue(o.lit));
          let li = litKeys.get(key);
          if (li === undefined) {
            li = literals.length;
            literals.push(o.lit);
            litKeys.set(key, li);
          }
          code.push(li);
        } else if ("imp" in o) {
          const [m, n, a] = o.imp;
          let ii = imports.findIndex((d) => d.module === m && d.name === n && d.arity === a);
          if (ii < 0) ii = imports.push({ module: m, name: n, arity: a }) - 1;
          code.push(ii);
        } else code.push(fns.findIndex((g) => g.name === o.fn));
        void info.operands[i];
      });
    }
    for (const fx of fixups.filter((x) => x[1] === f.name)) {
      const at = labels.get(fx[2]);
      if (at === undefined) throw new Error(`no label ${fx[2]} in ${f.name}`);
      code[fx[0]] = at;
    }
    for (let i = fixups.length - 1; i >= 0; i--) if (fixups[i][1] === f.name) fixups.splice(i, 1);
  });
  return {
    name, file: "asm.ex", code: Int32Array.from(code), literals, functions, imports, lines: [], attributes: [], structFields: null,
    docs: { moduledoc: null, functions: [] },
  };
}

export function assembleFile(name: string, fns: FnSpec[]): Uint8Array {
  return writeModule(assemble(name, fns));
}

export { K };
