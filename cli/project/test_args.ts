// The arguments of `beamlet test`, read as `mix test` reads them: OptionParser.parse!/2 in strict
// mode with Mix.Tasks.Test's switches (Elixir 1.14). Options and paths may come in any order;
// `--` ends the options. Arguments that are no well-formed use of a switch are refused as mix
// refuses them, in the words of the library's own OptionParser (run on a node: "--sed : Unknown
// option. Did you mean --seed?", "--seed : Expected type integer, got \"x\"", ...).
import type { TestOptions } from "./test.ts";
import { bootNode, evalSource, withRunningNode, termText } from "./node_util.ts";
import { atom, bin, list } from "../../vm/terms.ts";

type Kind = "boolean" | "integer" | "string" | "keep";

/** Mix.Tasks.Test's switches, by OptionParser's key */
const SWITCHES: Record<string, Kind> = {
  force: "boolean", color: "boolean", cover: "boolean", export_coverage: "string", trace: "boolean",
  max_cases: "integer", max_failures: "integer", include: "keep", exclude: "keep", seed: "integer",
  only: "keep", compile: "boolean", start: "boolean", timeout: "integer", raise: "boolean",
  deps_check: "boolean", archives_check: "boolean", elixir_version_check: "boolean", failed: "boolean",
  stale: "boolean", listen_on_stdin: "boolean", formatter: "keep", slowest: "integer", partitions: "integer",
  preload_modules: "boolean", warnings_as_errors: "boolean", profile_require: "string", exit_status: "integer",
};

export interface TestArgs {
  opts: TestOptions;
  paths: string[];
  /** some argument is no plain use of a switch: OptionParser may refuse it (mixTestArgsError) */
  unusual: boolean;
}

/** whether OptionParser takes `next` as the value of the switch before it (a negative number
 *  does; any other argument starting with a dash is the next option) */
function valueInTail(next: string | undefined): next is string {
  return next !== undefined && (!next.startsWith("-") || next === "-" || /^-\d+$/.test(next));
}

/** the switches as given, with their values (booleans true/false), and the paths */
export function parseTestArgs(args: string[]): TestArgs {
  const given: [string, string | boolean][] = [];
  const paths: string[] = [];
  let unusual = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      paths.push(a);
      continue;
    }
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(a);
    if (!m) {
      unusual = true;
      continue;
    }
    const key = m[1].replaceAll("-", "_");
    const inline = m[2];
    const kind = SWITCHES[key];
    if (kind === "boolean" || (kind === undefined && key.startsWith("no_") && SWITCHES[key.slice(3)] === "boolean")) {
      const negated = kind === undefined;
      if (inline === undefined) given.push([negated ? key.slice(3) : key, !negated]);
      else if (!negated && (inline === "true" || inline === "false")) given.push([key, inline === "true"]);
      else unusual = true;
      continue;
    }
    if (kind === undefined) {
      unusual = true;
      continue;
    }
    let value: string;
    if (inline !== undefined) value = inline;
    else if (valueInTail(args[i + 1])) value = args[++i];
    else {
      unusual = true;
      continue;
    }
    if (kind === "integer" && !/^[+-]?\d+$/.test(value)) {
      unusual = true;
      continue;
    }
    given.push([key, value]);
  }
  return { opts: testOptions(given), paths, unusual };
}

/** TestOptions from the switches: the last of each wins, the kept ones add up */
function testOptions(given: [string, string | boolean][]): TestOptions {
  const opts: Record<string, unknown> = {};
  const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  for (const [key, value] of given) {
    if (SWITCHES[key] === "keep") ((opts[camel(key)] ??= []) as unknown[]).push(value);
    else opts[camel(key)] = value;
  }
  return opts as TestOptions;
}

/** OptionParser's refusal of the arguments ("1 error found!\n--x : Unknown option"), or null */
export async function mixTestArgsError(args: string[]): Promise<string | null> {
  const node = bootNode();
  return withRunningNode(node, async () => {
    const switches = Object.entries(SWITCHES).map(([k, v]) => `${k}: :${v}`).join(", ");
    const ev = node.newEvaluator();
    const r = await evalSource(node, ev, `try do\n  OptionParser.parse!(args, strict: [${switches}])\n  nil\nrescue\n  e in OptionParser.ParseError -> e.message\nend`, "mix_test_args.exs", {
      args: list(args.map((a) => bin(a))),
    });
    return r.ok && r.value !== atom("nil") ? termText(r.value) : null;
  });
}
