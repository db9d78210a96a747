defmodule Main do
  def loaded?(m), do: m in Enum.map(:code.all_loaded(), &elem(&1, 0))

  def run do
    IO.inspect(loaded?(Fresh), label: "before compile")
    Code.compile_string("defmodule Fresh do\n def x, do: 1\nend")
    IO.inspect(loaded?(Fresh), label: "after compile")
    IO.inspect(loaded?(Main), label: "script module")
    IO.inspect(loaded?(:erlang), label: ":erlang")
    IO.inspect(loaded?(Enum), label: "Enum (used above)")
    :code.delete(Fresh)
    IO.inspect(loaded?(Fresh), label: "after delete")
    :code.purge(Fresh)
    IO.inspect(loaded?(Fresh), label: "after purge")
    IO.inspect(Enum.all?(:code.all_loaded(), fn {m, _} -> is_atom(m) end), label: "all atoms")
  end
end

Main.run()
