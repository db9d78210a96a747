# M.module_info/1 and M.__info__/1 with a key the BEAM does not know fail as exceptions the caller
# can rescue (never an internal error): badarg from :erlang.get_module_info/2 and a
# FunctionClauseError in M's inlined __info__/1.
defmodule M do
  @vsn 3
  def f, do: 1
end

defmodule Main do
  def run do
    for k <- [:module, :nifs, :native, :nope, 3, "exports"] do
      try do
        IO.inspect(M.module_info(k), label: inspect(k))
      rescue
        e -> IO.inspect(e, label: "module_info(#{inspect(k)})")
      end
    end
    IO.inspect(M.module_info(:attributes)[:vsn])
    try do
      M.module_info(:nope)
    rescue
      _ -> IO.inspect(hd(__STACKTRACE__), label: "top frame")
    end
    for k <- [:module, :functions, :macros, :struct, :deprecated, :nope] do
      try do
        IO.inspect(M.__info__(k), label: inspect(k))
      rescue
        e -> IO.inspect(e, label: "__info__(#{inspect(k)})")
      end
    end
    g = &M.module_info/1
    try do
      g.(:zzz)
    catch
      kind, reason -> IO.inspect({kind, reason})
    end
    IO.inspect(apply(M, :module_info, [:module]))
    M.module_info(:bad)
  end
end

Main.run()
