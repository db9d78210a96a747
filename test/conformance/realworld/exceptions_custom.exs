defmodule MyApp.NotFound do
  defexception [:resource, :id]

  @impl true
  def message(%{resource: r, id: id}), do: "#{r} with id #{inspect(id)} not found"
end

defmodule MyApp.Invalid do
  defexception message: "invalid input", field: nil

  @impl true
  def exception(opts) do
    field = Keyword.fetch!(opts, :field)
    %__MODULE__{message: "invalid #{field}", field: field}
  end
end

defmodule Repo do
  def get!(id) when id > 10, do: raise(MyApp.NotFound, resource: "User", id: id)
  def get!(id), do: %{id: id}

  def risky(:throw), do: throw({:oops, 1})
  def risky(:exit), do: exit(:shutdown)
  def risky(:error), do: :erlang.error(:badarg)
  def risky(:raise), do: raise("plain")
  def risky(:arith), do: 1 / Enum.count([])
  def risky(:reraise) do
    try do
      raise ArgumentError, "inner"
    rescue
      e -> reraise MyApp.Invalid, [field: :name], __STACKTRACE__
    end
  end
end

for kind <- [:throw, :exit, :error, :raise, :arith, :reraise] do
  result =
    try do
      Repo.risky(kind)
    rescue
      e in [ArgumentError, ArithmeticError] -> {:rescued, e.__struct__, Exception.message(e)}
      e in RuntimeError -> {:runtime, e.message}
      e -> {:other, e}
    catch
      :throw, v -> {:caught_throw, v}
      :exit, r -> {:caught_exit, r}
    else
      v -> {:ok, v}
    after
      IO.puts("after #{kind}")
    end

  IO.inspect(result)
end

IO.inspect(Repo.get!(1))
try do
  Repo.get!(42)
rescue
  e -> IO.puts(Exception.message(e)); IO.inspect(e)
end

e = MyApp.Invalid.exception(field: :age)
IO.inspect(e)
IO.inspect(Exception.exception?(e))
IO.inspect(Exception.format(:error, e))
IO.inspect(Exception.format(:exit, :normal))
IO.inspect(Exception.format(:throw, :ball))
IO.inspect(Exception.format_exit({:shutdown, 1}))
IO.inspect(Exception.normalize(:error, :badarg, []))
IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
IO.inspect(Exception.message(%KeyError{key: :a, term: %{b: 1}}))
IO.inspect(Exception.format_banner(:error, %RuntimeError{message: "x"}))
for f <- [fn -> Map.fetch!(%{b: 1}, :a) end, fn -> [1, 2] ++ :x |> hd() |> elem(0) end, fn -> String.to_integer("x") end, fn -> Keyword.fetch!([a: 1], :b) end, fn -> apply(Repo, :nope, []) end, fn -> %{} = [] end, fn -> case 1 do 2 -> :ok end end, fn -> cond do false -> 1 end end, fn -> List.first(:x) end, fn -> Enum.at(1, 1) end, fn -> :ok = :error end, fn -> elem({}, 0) end, fn -> String.Chars.to_string({1}) end, fn -> send(:nobody, :hi) end, fn -> Integer.parse(nil) end, fn -> Date.new!(2023, 2, 30) end, fn -> raise ArgumentError end, fn -> 1 + :a end, fn -> Atom.to_string("x") end, fn -> binary_part("abc", 2, 5) end] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
