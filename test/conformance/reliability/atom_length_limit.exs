# An atom has at most 255 characters (code points): longer names are a system limit for
# list_to_atom/binary_to_atom and their Elixir forms, and simply not existing atoms for the
# *_existing_* ones; improper and non-lists fail as on OTP 25
id = fn x -> x end
cases = [
  fn -> :erlang.list_to_atom(id.(List.duplicate(?a, 256))) end,
  fn -> List.to_atom(id.(List.duplicate(?é, 256))) end,
  fn -> String.to_atom(id.(String.duplicate("😀", 256))) end,
  fn -> :erlang.binary_to_atom(id.(String.duplicate("a", 256)), :latin1) end,
  fn -> :erlang.list_to_existing_atom(id.(List.duplicate(?a, 256))) end,
  fn -> List.to_existing_atom(id.(List.duplicate(?b, 300))) end,
  fn -> String.to_existing_atom(id.(String.duplicate("c", 256))) end,
  fn -> :erlang.list_to_atom(id.(List.duplicate(?a, 255))) |> Atom.to_string() |> byte_size() end,
  fn -> :erlang.list_to_atom(id.(List.duplicate(0x1F600, 255))) |> Atom.to_string() |> byte_size() end,
  fn -> String.to_atom(id.(String.duplicate("é", 255))) |> Atom.to_string() |> String.length() end,
  fn -> :erlang.list_to_atom(id.([?a | 5])) end,
  fn -> :erlang.list_to_existing_atom(id.([?a | 5])) end,
  fn -> :erlang.list_to_atom(id.(:x)) end,
  fn -> :erlang.list_to_existing_atom(id.(:x)) end,
  fn -> :erlang.list_to_atom(id.([?a, 0x110000])) end,
  fn -> :erlang.list_to_atom(id.([?a, :b])) end,
]
for f <- cases, do: IO.inspect(try do f.() rescue e -> e end)
