# A struct without Access's functions: the missing call heads the trace over Access.get/3 (:288), fetch/2, get_and_update/3, pop/2, as Elixir 1.14 raises it
defmodule S do
  defstruct a: 1
end
defmodule Main do
  def run do
    t = fn f -> try do IO.inspect(f.()) rescue e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)}) end end
    s = struct(S)
    t.(fn -> s[:a] end)
    t.(fn -> Access.fetch(s, :a) end)
    t.(fn -> get_in(s, [:a]) end)
    t.(fn -> pop_in(s, [:a]) end)
    t.(fn -> update_in(s, [Access.key(:a)], &(&1 + 1)) end)
  end
end
Main.run()
IO.inspect(struct(S)[:a])
