defmodule Validate do
  defmodule Error do
    defexception [:field, :reason]
    @impl true
    def message(%{field: f, reason: r}), do: "#{f} is invalid: #{r}"
  end
  def check!(%{age: age}) when not is_integer(age), do: raise(Error, field: :age, reason: "not an integer")
  def check!(%{age: age}) when age < 0, do: raise(Error, field: :age, reason: "negative")
  def check!(user), do: user
  def check(user) do
    {:ok, check!(user)}
  rescue
    e in Error -> {:error, Exception.message(e)}
  end
end
IO.inspect Validate.check(%{age: 3})
IO.inspect Validate.check(%{age: -1})
IO.inspect Validate.check(%{age: "x"})
result =
  try do
    Validate.check!(%{age: -5})
  rescue
    e -> {e.__struct__, e.field}
  after
    IO.puts("cleanup")
  end
IO.inspect result
IO.inspect (try do Integer.parse(nil) rescue e in [FunctionClauseError, ArgumentError] -> e.__struct__ end)
e = RuntimeError.exception("direct")
IO.inspect {e.message, Exception.message(e)}
IO.inspect Exception.format(:error, %ArgumentError{message: "m"})
IO.inspect Exception.format(:throw, :thrown_value)
IO.inspect Exception.format(:exit, :shutdown)
IO.inspect Exception.normalize(:error, :badarg, []) |> Exception.message()
IO.inspect Exception.normalize(:error, {:badkey, :k, %{}}, []) |> Exception.message()
IO.inspect Exception.normalize(:error, :function_clause, []).__struct__
IO.inspect (try do raise ArgumentError rescue e -> e.message end)
IO.inspect (try do 1 = Enum.random([2]) rescue e in MatchError -> Exception.message(e) end)
IO.inspect (try do :ok = :error rescue e -> e.term end)
defmodule Retry do
  def run(0, _f), do: {:error, :gave_up}
  def run(n, f) do
    f.(n)
  rescue
    _ -> run(n - 1, f)
  end
end
IO.inspect Retry.run(3, fn n -> if n > 1, do: raise("fail #{n}"), else: {:ok, n} end)
IO.inspect Retry.run(2, fn _ -> raise "always" end)
reraised = try do
  try do raise "inner" rescue e -> reraise %RuntimeError{message: "outer: " <> e.message}, __STACKTRACE__ end
rescue e -> e.message end
IO.inspect reraised
Validate.check!(%{age: -2})
