# OTP 25's wording for atom_to_binary/2's failures (a bad encoding "is an invalid encoding option",
# both arguments named when both are wrong, a character beyond latin1), and :string.slice/2,3 with
# a start or length none of string.erl's clauses takes: function_clause at string.erl's line
attempts = [
  fn -> :erlang.atom_to_binary(:a, :bogus) end,
  fn -> :erlang.atom_to_binary("a", :bogus) end,
  fn -> :erlang.atom_to_binary(:ĉ, :latin1) end,
  fn -> :erlang.atom_to_binary(:é, :latin1) end,
  fn -> :erlang.binary_to_atom("a", :bogus) end,
  fn -> :string.slice("abc", -1) end,
  fn -> :string.slice("abc", 1.0) end,
  fn -> :string.slice('abc', 1) end,
  fn -> :string.slice("abc", -1, 2) end,
  fn -> :string.slice("abc", 1, -2) end,
  fn -> :string.slice("abc", 1, :x) end,
  fn -> :string.slice("abc", -5, 0) end,
  fn -> :string.slice(:x, :y, 0) end,
  fn -> :string.slice("abcd", 1, :infinity) end
]

for f <- attempts do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)} #{inspect(hd(__STACKTRACE__))}")
  end
end

:string.slice("abc", -1)
