# :ets errors: badarg with OTP 25's descriptions
t = :ets.new(:t, [:set])
:ets.insert(t, {:k, 1, "one"})
attempts = [
  fn -> :ets.lookup_element(t, :k, 4) end,
  fn -> :ets.lookup_element(t, :missing, 2) end,
  fn -> :ets.insert(t, {}) end,
  fn -> :ets.insert(t, :not_a_tuple) end,
  fn -> :ets.update_counter(t, :k, 1) end,
  fn -> :ets.update_counter(t, :k, {3, 1}) end,
  fn -> :ets.update_counter(t, :missing, 1) end,
  fn -> :ets.update_counter(t, :k, {1, 1}) end,
  fn -> :ets.update_element(t, :k, {1, :x}) end,
  fn -> :ets.lookup(:no_such_table, :k) end,
  fn -> :ets.new(:t, [:bogus]) end,
  fn -> :ets.new("name", []) end,
  fn -> :ets.first(:no_such_table) end,
]
for f <- attempts do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
named = :ets.new(:named, [:named_table])
IO.inspect(named)
try do
  :ets.new(:named, [:named_table])
rescue
  e -> IO.puts(Exception.message(e))
end
:ets.delete(t)
try do
  :ets.insert(t, {:a, 1})
rescue
  e -> IO.puts(Exception.message(e))
end
