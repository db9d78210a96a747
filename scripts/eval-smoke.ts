// smoke test of the evaluation API (REPL building block)
import { Node } from "../vm/node.ts";
import { nodeHost, librarySources } from "../cli/host.ts";
import { loadLibraryCached } from "../cli/lib_cache.ts";
import { compilerHost } from "../vm/boot.ts";
import { compileScript } from "../compiler/compile.ts";
import { parse } from "../lang/parse.ts";
import { inspect } from "../vm/inspect.ts";
import { Tuple, listToArray, atom } from "../vm/terms.ts";
const node = new Node(nodeHost());
loadLibraryCached(node);
const loop = node.runLoop();
const ev = node.newEvaluator((fd, t) => process.stdout.write(`[${fd}] ${t}`));
let names: string[] = [];
let values: any[] = [];
for (const line of ["x = 1 + 2", "IO.puts(x * 2)", "y = x + 1", "raise \"boom\"", "{x, y, self() == self()}"]) {
  const c = compileScript(parse(line, "iex"), "iex", compilerHost(node, new Map()), names, { returnBindings: true, moduleName: node.nextEvalModule() });
  const r = (await node.evalCompiled(ev, c, values)) as Tuple;
  if ((r.items[0] as any).name === "ok") {
    const [v, b] = (r.items[1] as Tuple).items;
    console.log("=>", inspect(v));
    const pairs = listToArray(b)!.map((t) => (t as Tuple).items);
    names = pairs.map((p) => (p[0] as any).name);
    values = pairs.map((p) => p[1]);
  } else console.log("error:", String(r.items[3]));
}
node.halt(0);
await loop;
