// t/1 and b/1: the types and callbacks of modules compiled to object files, printed as iex 1.14
// prints them (each as Code.Typespec reads it back, laid out by Elixir's formatter), and iex's
// messages for a module without object code, a missing one, a private type, a hidden callback.
// test/cli/repl_fixtures/record_types.sh played types.in and types_colors.in into real iex
// (modules of types.ex compiled with c/2) and kept types.out / types_colors.out; record_lib_types.sh
// kept lib_types.out, the standard library's (cli/repl/library_typespecs.json, from real Elixir).
import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { FIX, freshReplSessions } from "./fresh_repl_sessions.ts";
// @ts-expect-error plain JS shared with record_lib_callbacks.sh
import { callbackFrame } from "./repl_fixtures/lib_docs_frame.mjs";

// (each session compiles types.ex afresh, as a new iex would)
const { session } = freshReplSessions("types.ex", "TYPES_DIR");

describe("t/1 and b/1 as iex prints them", () => {
  it("types (all, by name, by arity, private, opaque, hidden typedoc), callbacks (specs of one arity together, optional ones, hidden ones left out) and iex's messages", async () => {
    const expected = fs.readFileSync(path.join(FIX, "types.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "types.in"), "utf8"))).toBe(expected);
  });

  it("the standard library's types and callbacks (Elixir and Erlang modules, a protocol's), and a module without", async () => {
    const expected = fs.readFileSync(path.join(FIX, "lib_types.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "lib_types.in"), "utf8"))).toBe(expected);
  });

  // lib/'s callback docs are beamlet's own words: record_lib_callbacks.sh kept of real iex's
  // answers the @callback lines and messages, and whether a text follows
  it("a standard library callback: its specs as iex, then its doc (GenServer, Supervisor, Application, Access)", async () => {
    const expected = fs.readFileSync(path.join(FIX, "lib_callbacks.frame"), "utf8");
    const out = await session(fs.readFileSync(path.join(FIX, "lib_callbacks.in"), "utf8"));
    expect(callbackFrame(out)).toBe(expected);
    // the text is beamlet's, not Elixir's
    expect(out).toContain("Answers a request sent with `call/3`, whose caller waits for the reply.");
  });

  it("with iex's colours on a terminal", async () => {
    const expected = fs.readFileSync(path.join(FIX, "types_colors.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "types_colors.in"), "utf8"), true)).toBe(expected);
  });
});
