# :code's path functions and Code's wrappers given the wrong kind of directory (a binary where
# :code wants a charlist, an atom, a number), and del_path/1 with an application name.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames = for {m, f, a, loc} <- __STACKTRACE__, m in [:code, Code, Path, IO], do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

File.mkdir_p!("tmp_code_paths/mylib-1.2.0/ebin")
dir = Path.expand("tmp_code_paths/mylib-1.2.0/ebin")

Probe.run("add_path binary", fn -> :code.add_path(dir) end)
Probe.run("add_path atom", fn -> :code.add_path(:foo) end)
Probe.run("add_patha int", fn -> :code.add_patha(1) end)
Probe.run("add_pathz binary", fn -> :code.add_pathz("/nonexist") end)
Probe.run("add_path missing", fn -> :code.add_path('/nonexist') end)
Probe.run("add_paths mixed", fn -> :code.add_paths([:foo, "bin", String.to_charlist(dir)]) end)
Probe.run("on path", fn -> Enum.count(:code.get_path(), &(&1 == String.to_charlist(dir))) end)
Probe.run("del_path app", fn -> :code.del_path(:mylib) end)
Probe.run("on path after", fn -> Enum.count(:code.get_path(), &(&1 == String.to_charlist(dir))) end)
Probe.run("del_path app again", fn -> :code.del_path(:mylib) end)
Probe.run("del_path unknown app", fn -> :code.del_path(:no_such_app) end)
Probe.run("del_path binary", fn -> :code.del_path("/nonexist") end)
Probe.run("del_path int", fn -> :code.del_path(1) end)
Probe.run("del_path missing", fn -> :code.del_path('/nonexist') end)
Probe.run("Code.append_path atom", fn -> Code.append_path(:foo) end)
Probe.run("Code.prepend_path int", fn -> Code.prepend_path(1) end)
Probe.run("Code.delete_path atom", fn -> Code.delete_path(:foo) end)
Probe.run("Code.append_path", fn -> Code.append_path(dir) end)
Probe.run("Code.delete_path", fn -> Code.delete_path(dir) end)
Probe.run("Code.delete_path again", fn -> Code.delete_path(dir) end)
File.rm_rf!("tmp_code_paths")
