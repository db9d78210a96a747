# IO.warn/1 prints the caller's stacktrace under the message; IO.warn/2 a given stacktrace, a
# Macro.Env's location, or nothing for []. (The frames below the script's own belong to the
# runner and are left out of the comparison.)
defmodule Inventory do
  def restock(item, qty) when qty < 0 do
    check(item, qty)
  end

  def restock(item, qty), do: {item, qty}

  defp check(item, qty) do
    IO.warn("negative restock for #{item}: #{qty}")
    {item, 0}
  end

  def deprecated_call do
    IO.warn("Inventory.deprecated_call/0 is deprecated", [{Inventory, :old, 2, [file: 'lib/inventory.ex', line: 42]}, {:lists, :map, 2, []}])
  end

  def from_env do
    IO.warn(["chardata ", ~c"warning ", "from env"], __ENV__)
  end
end

IO.inspect(Inventory.restock("bolts", -3))
IO.inspect(Inventory.deprecated_call())
IO.inspect(Inventory.from_env())
IO.inspect(IO.warn("no stacktrace", []))
IO.inspect(IO.warn("at the top level"))
IO.inspect(IO.warn(:an_atom_message))
