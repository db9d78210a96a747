# Plugin files compiled at run time whose last top-level expression raises: as on the BEAM, that
# call is a tail call (no :elixir_compiler_N.__FILE__/1 frame) unless its value is used after it.
defmodule Plugins do
  def fail!(what), do: raise(ArgumentError, "plugin failed: #{what}")
  def id(x), do: x
end

defmodule Main do
  def attempt(label, fun) do
    fun.()
  rescue
    e ->
      IO.puts("#{label}: #{Exception.message(e)}")
      __STACKTRACE__ |> Enum.take(4) |> Enum.each(&IO.inspect/1)
  end

  def run do
    sources = [
      {"last call", "IO.puts(:loading)\nPlugins.fail!(:last)"},
      {"argument of the last call", "Plugins.id(Plugins.fail!(:arg))"},
      {"bound by the last match", "result = Plugins.fail!(:match)"},
      {"not the last", "Plugins.fail!(:first)\n:ok"},
      {"in a case branch", "case Plugins.id(1) do\n  1 -> Plugins.fail!(:branch)\nend"},
      {"in a fn", "Enum.each([1], fn _ -> Plugins.fail!(:fn) end)"},
      {"raise itself", "raise \"direct\""}
    ]
    for {label, src} <- sources, do: attempt(label, fn -> Code.compile_string(src, "plugins/p.ex") end)

    dir = Path.join(System.tmp_dir!(), "beamlet_rw_last_call")
    File.rm_rf!(dir)
    File.mkdir_p!(dir)
    File.write!(Path.join(dir, "helper.exs"), "IO.puts(:helper)\nPlugins.fail!(:helper)\n")
    attempt("require_file", fn -> Code.require_file("helper.exs", dir) end)
    attempt("eval_file", fn -> Code.eval_file("helper.exs", dir) end)
    File.rm_rf!(dir)
  end
end

Main.run()
