# Macro.escape keeps a pid as it is (inside tuples, lists and maps too); references, ports and
# anonymous functions cannot be escaped
pid = self()
IO.inspect Macro.escape(pid)
IO.inspect Macro.escape({pid, [pid], %{owner: pid}})
IO.inspect Macro.escape({:from, pid}) == {:from, pid}

for x <- [make_ref(), fn -> 1 end] do
  try do
    Macro.escape(x)
  rescue
    e in ArgumentError -> IO.puts(e.message |> String.replace(~r/#\w+<[^>]*>/, "<term>"))
  end
end

# a macro's result holding an escaped pid, as Macro.expand gives it
defmodule Owner do
  defmacro owner_pid do
    Macro.escape({:owner, self()})
  end
end

defmodule UsesOwner do
  require Owner

  def check do
    {:owner, p} = Macro.expand(quote(do: Owner.owner_pid()), __ENV__)
    p == self()
  end
end

IO.inspect UsesOwner.check()
