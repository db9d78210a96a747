#!/usr/bin/env node
// Random nested try/rescue/catch/else/after trees, run with real `elixir` and with beamlet (needs
// elixir on PATH; not part of `npm test`). Each tree raises, throws, exits or fails (badarith,
// badmatch, function_clause, undef, badkey, case_clause, ...) at random depths, in bodies, in
// handlers, in else and after blocks, reraises; every block logs what ran, so the order of the
// blocks, what each handler saw (rescue normalizes Erlang errors, catch sees raw reasons) and the
// final outcome are compared.
//
//   node scripts/fuzz-diff-try.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

const HEADER = `defmodule Main do
  def log(x), do: IO.puts("  " <> inspect(x))
  def id(x), do: x
  def f(1), do: :one
  def top(name, fun) do
    IO.puts(name)
    r =
      try do
        {:returned, fun.()}
      rescue
        e -> {:escaped_raise, e}
      catch
        k, v -> {:escaped, k, v}
      end
    IO.puts("  => " <> inspect(r))
  end
`;

const FAILS = [
  'raise "boom"', "raise ArgumentError, \"bad\"", "throw(:thrown)", "exit(:exited)", "exit({:shutdown, 1})",
  "1 / id(0)", "id(:a) + 1", "[] = id([1])", "f(2)", "Main.nope()", "Map.fetch!(%{}, :k)", "%{}.k |> id()",
  "case id(3) do 1 -> :x end", ":erlang.error(:custom)", ":erlang.error({:tagged, 1})", "elem({}, 1)",
  "String.to_integer(\"x\")", "raise KeyError, key: :k", "Integer.parse(id(:a))", "apply(id(fn x -> x end), [])",
  "id(%{a: 1}).b", "hd(id([]))", "List.to_atom(id(:a))", ":erlang.raise(:throw, :raw, [])", "Process.exit(self(), :normal); :survived",
];

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  let n = 0;
  const fail = () => pick(FAILS);
  const tree = (d) => {
    const tag = ++n;
    const leaf = () => (chance(0.55) ? fail() : `:v${tag}`);
    const body = d > 0 && chance(0.6) ? tree(d - 1) : leaf();
    const parts = [`try do\n  log({:body, ${tag}})\n  ${body}`];
    let handlers = 0;
    if (chance(0.6)) {
      handlers++;
      const clauses = pick([
        ["e in RuntimeError -> log({:rescued_rt, ${tag}, e.message}); :r" + tag],
        ["e in [ArgumentError, ArithmeticError, KeyError] -> log({:rescued, ${tag}, e.__struct__}); :r" + tag],
        ["e -> log({:rescued_any, ${tag}, e}); ${HANDLER}"],
        ["e in ErlangError -> log({:erlang_error, ${tag}, e}); :r" + tag, "e in UndefinedFunctionError -> log({:undef, ${tag}, e.function}); :u" + tag],
        ["e in FunctionClauseError -> log({:fc, ${tag}, e.function, e.arity}); :fc" + tag, "MatchError -> log({:match, ${tag}}); reraise(%RuntimeError{message: \"again\"}, __STACKTRACE__)"],
      ]);
      parts.push(`rescue\n  ${clauses.join("\n  ")}`);
    }
    if (chance(0.6) || handlers === 0 && chance(0.5)) {
      const clauses = pick([
        ["x -> log({:caught_throw, ${tag}, x}); :c" + tag],
        [":exit, r -> log({:caught_exit, ${tag}, r}); ${HANDLER}"],
        ["k, v -> log({:caught, ${tag}, k, v}); :c" + tag],
        [":error, v -> log({:caught_error, ${tag}, v}); ${HANDLER}", ":throw, v -> log({:caught_throw, ${tag}, v}); :t" + tag],
        ["kind, v when kind in [:exit, :throw] -> log({:caught_guarded, ${tag}, kind, v}); :g" + tag],
      ]);
      parts.push(`catch\n  ${clauses.join("\n  ")}`);
      handlers++;
    }
    if (chance(0.3)) parts.push(`else\n  ${pick([`:v${tag} -> log({:else, ${tag}}); :else${tag}`, `x when is_atom(x) -> log({:else_atom, ${tag}, x}); ${pick([fail(), "x"])}`, `{:ok, _} -> :never`])}`);
    // Elixir refuses a try with neither rescue, catch nor after (else alone is not enough)
    if (chance(0.5) || handlers === 0) parts.push(`after\n  log({:after, ${tag}})${chance(0.2) ? "\n  " + fail() : ""}`);
    const handler = () => pick([`:h${tag}`, `:h${tag}`, fail(), "reraise(e, __STACKTRACE__)".replace("e,", "%RuntimeError{message: \"re\"},")]);
    return `${parts.join("\n")}\nend`.replace(/\$\{tag\}/g, String(tag)).replace(/\$\{HANDLER\}/g, handler);
  };
  const tops = [];
  for (let i = 0; i < o.steps; i++) {
    const t = tree(rnd(3));
    tops.push(`    top("t${i}", fn ->\n${t.split("\n").map((l) => "      " + l).join("\n")}\n    end)`);
  }
  return `${HEADER}\n  def run do\n${tops.join("\n")}\n  end\nend\n\nMain.run()\n`;
}

main("fuzz-diff-try", gen, options(9601));
