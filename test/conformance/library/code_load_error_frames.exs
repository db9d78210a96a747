# Code.LoadError for a file that is not there: raised in Code.find_file!/2 under the function that
# reads it, with the expanded path in its message.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames = for {m, f, a, loc} <- __STACKTRACE__, m in [Code], do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
        msg = Exception.message(e) |> String.replace(File.cwd!(), "<cwd>")
        IO.puts("#{label}: #{inspect(e.__struct__)} #{msg} #{inspect(e.reason)}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

Probe.run("require_file", fn -> Code.require_file("no_such_file.exs") end)
Probe.run("require_file relative", fn -> Code.require_file("no_such_file.exs", "/tmp") end)
Probe.run("compile_file", fn -> Code.compile_file("no_such_file.exs") end)
Probe.run("compile_file relative", fn -> Code.compile_file("no_such_file.exs", "/tmp") end)
Probe.run("eval_file", fn -> Code.eval_file("no_such_file.exs") end)
Probe.run("eval_file relative", fn -> Code.eval_file("no_such_file.exs", "/tmp") end)
