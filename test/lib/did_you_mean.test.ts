// UndefinedFunctionError's "Did you mean" list (lib/exceptions.ex) draws on OTP 25's export table
// for Erlang modules, which names functions beamlet may not implement yet: the missing function
// itself must never be offered, as Elixir (which only sees functions that exist) never does.
import { describe, it, expect } from "vitest";
import { runElixir } from "../vm/exits.model.ts";

describe("UndefinedFunctionError suggestions", () => {
  it("never suggest the function that is missing, for any function in OTP's export table", async () => {
    const src = `
      offenders =
        for m <- [:os, :timer, :erlang, :lists, :maps, :io, :file, :code, :ets, :string, :binary, :gen_server],
            {f, a} <- :beamlet.otp_exports(m),
            error = %UndefinedFunctionError{module: m, function: f, arity: a},
            {blamed, _} = Exception.blame(:error, error, []),
            message = Exception.message(blamed),
            String.contains?(message, "* #{f}/#{a}\\n"),
            do: {m, f, a}

      IO.inspect(offenders)
      IO.puts(Exception.message(elem(Exception.blame(:error, %UndefinedFunctionError{module: :os, function: :type, arity: 1}, []), 0)))
    `;
    const r = await runElixir(src, 1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("[]\nfunction :os.type/1 is undefined or private. Did you mean:\n\n      * type/0\n\n");
  }, 120000);
});
