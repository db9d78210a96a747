// The large data tables (Elixir's and OTP's export lists: compiler/warnings/elixir_exports.ts,
// vm/bifs/otp_exports.ts) are JSON text in the bundle, built on their first use (vm/lazy_json.ts),
// not objects built when a page loads the modules: a first program that needs neither (hello)
// builds neither; a warning about an undefined remote function builds the one it looks in.
// Its own file: each test file gets its own instance of the bundle, so nothing has built them yet.
import { it, expect, beforeAll, afterAll } from "vitest";
import type * as Api from "../../web/beamlet.d.ts";
import { loadWebBuild } from "./web_build.ts";

const parsed: string[] = [];
const realParse = JSON.parse;
let beamlet: typeof Api;

beforeAll(async () => {
  JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
    if (typeof text === "string" && text.length > 10_000) parsed.push(text.slice(0, 40).replace(/\s+/g, " "));
    return realParse(text, reviver);
  }) as typeof JSON.parse;
  beamlet = await loadWebBuild();
});

afterAll(() => {
  JSON.parse = realParse;
});

const built = (first: string) => parsed.some((p) => p.startsWith(`{ "${first}":`));

it("builds the export tables on first use, not at load", async () => {
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ output: (text, stream) => (out[stream] += text) });
  expect(await node.run(`IO.puts("Hello")`)).toEqual({ status: "ok", value: ":ok" });
  expect(out.stdout).toBe("Hello\n");
  expect(built("Access")).toBe(false); // Elixir's exports
  expect(built("erlang")).toBe(false); // OTP's

  // an undefined remote function is warned about from Elixir's export list
  const r = await node.run(`defmodule UsesMissing do\n  def f, do: String.no_such_function(1)\nend\n:ok`, "missing.exs");
  expect(r.status).toBe("ok");
  expect(out.stderr).toContain("String.no_such_function/1 is undefined or private");
  expect(built("Access")).toBe(true);
  node.stop();
});
