# Erlang errors are normalised into Elixir exceptions by rescue
tests = [
  fn -> :erlang.error(:badarith) end,
  fn -> :erlang.error({:badmatch, 3}) end,
  fn -> :erlang.error({:case_clause, :x}) end,
  fn -> :erlang.error(:function_clause) end,
  fn -> :erlang.error({:badkey, :k}) end,
  fn -> :erlang.error({:badmap, 1}) end,
  fn -> :erlang.error({:badfun, 1}) end,
  fn -> :erlang.error(:undef) end,

  fn -> :erlang.error(:something_else) end,
  fn -> :erlang.error({:try_clause, 2}) end,
  fn -> :erlang.error(:system_limit) end,
  fn -> :erlang.throw(:not_an_error) end
]

for t <- tests do
  try do
    t.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    kind, value -> IO.puts("caught #{kind}: #{inspect(value)}")
  end
end
r = try do
  :erlang.error(:badarith)
catch
  :error, reason -> {:raw, reason}
end
IO.inspect(r)
IO.inspect(Exception.normalize(:error, :badarith, []))
IO.inspect(Exception.format_exit(:normal))
IO.inspect(Exception.format_exit({:shutdown, :x}))
