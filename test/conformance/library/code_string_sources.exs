# Code.eval_string/compile_string/string_to_quoted take their source through to_charlist/1
# (List.Chars): an atom or a number is source text too; what has no implementation raises
# Protocol.UndefinedError under the Code function. Code's module functions check their argument.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames = for {m, f, a, loc} <- __STACKTRACE__, m in [Code, List.Chars, List.Chars.BitString], do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

Probe.run("eval_string int", fn -> Code.eval_string(12) end)
Probe.run("eval_string float", fn -> Code.eval_string(1.5) end)
Probe.run("eval_string nil", fn -> Code.eval_string(nil) end)
Probe.run("eval_string true", fn -> Code.eval_string(true) end)
Probe.run("eval_string charlist", fn -> Code.eval_string('1 + 2') end)
Probe.run("eval_string binding", fn -> Code.eval_string(:x, x: 5) end)
Probe.run("eval_string map", fn -> Code.eval_string(%{}) end)
Probe.run("eval_string tuple", fn -> Code.eval_string({1}, [], file: "x.exs") end)
Probe.run("eval_string bits", fn -> Code.eval_string(<<1::3>>) end)
Probe.run("compile_string int", fn -> Code.compile_string(1) end)
Probe.run("compile_string map", fn -> Code.compile_string(%{a: 1}) end)
Probe.run("compile_string charlist file", fn -> Code.compile_string("1", 'f.ex') end)
Probe.run("string_to_quoted int", fn -> Code.string_to_quoted(12) end)
Probe.run("string_to_quoted atom", fn -> Code.string_to_quoted(:foo) end)
Probe.run("string_to_quoted! atom", fn -> Code.string_to_quoted!(:"foo + 1") end)
Probe.run("string_to_quoted map", fn -> Code.string_to_quoted(%{}) end)
Probe.run("string_to_quoted! tuple", fn -> Code.string_to_quoted!({}) end)
Probe.run("format_string! atom", fn -> Code.format_string!(:foo) end)
Probe.run("ensure_loaded int", fn -> Code.ensure_loaded(1) end)
Probe.run("ensure_loaded? binary", fn -> Code.ensure_loaded?("Enum") end)
Probe.run("ensure_compiled int", fn -> Code.ensure_compiled(1) end)
Probe.run("ensure_loaded missing", fn -> Code.ensure_loaded(NoSuchModule) end)
Probe.run("ensure_loaded! missing", fn -> Code.ensure_loaded!(NoSuchModule) end)
Probe.run("ensure_compiled! missing", fn -> Code.ensure_compiled!(NoSuchModule) end)
Probe.run("ensure_loaded! ok", fn -> Code.ensure_loaded!(Enum) end)
