# :string.take/trim with separators given as a binary instead of a list of clusters (the usual
# mistake: take(str, " ") for take(str, [?\s])), and pad with a length that is no integer.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames =
          for {m, f, a, loc} <- __STACKTRACE__, m in [:string, :unicode_util, :erlang, :lists] do
            {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
          end

        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e) |> String.replace("\n", " ")}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

Probe.run("take binary", fn -> :string.take("  indented", " ") end)
Probe.run("take list", fn -> :string.take('  indented', " ") end)
Probe.run("take atom", fn -> :string.take('abc', :a) end)
Probe.run("take ok", fn -> :string.take("  indented", [?\s]) end)
Probe.run("take complement", fn -> :string.take("key=value", "=", true) end)
Probe.run("take complement ok", fn -> :string.take("key=value", [?=], true) end)
Probe.run("take trailing", fn -> :string.take("value  ", " ", false, :trailing) end)
Probe.run("take trailing list", fn -> :string.take('value  ', " ", false, :trailing) end)
Probe.run("take empty", fn -> :string.take("", " ") end)
Probe.run("take empty list", fn -> :string.take('', " ") end)
Probe.run("trim binary seps", fn -> :string.trim("xxhixx", :both, "x") end)
Probe.run("trim list string", fn -> :string.trim('xxhixx', :both, "x") end)
Probe.run("trim ok", fn -> :string.trim("xxhixx", :both, [?x]) end)
Probe.run("pad atom", fn -> :string.pad("abc", :x) end)
Probe.run("pad float", fn -> :string.pad("abc", 6.0, :both) end)
Probe.run("pad char binary", fn -> :string.pad("abc", 5, :both, "x") end)
Probe.run("pad shorter", fn -> :string.pad("abc", -1) end)
