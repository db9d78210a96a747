# The messages of the errors everyday code runs into (structs, with/else, clauses, matches, Access,
# dates, regexes, tasks, calls), rescued and caught, with their compile-time warnings
defmodule U do
  defstruct [:a, b: 2]
  def pos(n) when n > 0, do: n
  def w(x) do
    with {:ok, y} <- x, true <- y > 1 do
      y
    else
      {:error, e} -> e
    end
  end
end
tests = [
  fn -> struct(U) |> Map.put(:c, 1) |> Map.fetch!(:zz) end,
  fn -> s = struct(U, a: 1); %{s | c: 1} end,
  fn -> Code.eval_string("%U{c: 1}") end,
  fn -> Enum.map([1, -1], &U.pos/1) end,
  fn -> U.w({:ok, 0}) end,
  fn -> U.w(:other) end,
  fn -> (fn {:a, x} -> x end).({:b, 1}) end,
  fn -> case 5 do 1 -> :one end end,
  fn -> cond do false -> 1 end end,
  fn -> [a, b] = [1, 2, 3]; {a, b} end,
  fn -> <<x::8>> = <<1, 2>>; x end,
  fn -> Map.update!(%{}, :k, & &1) end,
  fn -> Keyword.fetch!([], :k) end,
  fn -> :ets.lookup(:no_table, 1) end,
  fn -> String.duplicate("a", -1) end,
  fn -> Enum.at(:notlist, 1) end,
  fn -> Enum.sum([1, :a]) end,
  fn -> 1 + :a end,
  fn -> hd([]) end,
  fn -> apply(fn x -> x end, [1, 2]) end,
  fn -> :erlang.list_to_atom(~c"é") |> Atom.to_string() end,
  fn -> Integer.to_string(1.5) end,
  fn -> String.to_atom(String.duplicate("a", 300)) end,
  fn -> List.first(%{}) end,
  fn -> Access.get(1, :a) end,
  fn -> get_in(%{a: [1]}, [:a, :b]) end,
  fn -> put_in(%{a: nil}, [:a, :b], 1) end,
  fn -> Date.new!(2024, 2, 30) end,
  fn -> ~D[2024-01-01] |> Date.add(:x) end,
  fn -> Regex.compile!("(") end,
  fn -> Task.await(Task.async(fn -> :ok end), -1) end,
  fn -> GenServer.call(self(), :x, 10) end,
  fn -> send(:nobody_registered, :x) end,
  fn -> raise "plain" end,
  fn -> raise ArgumentError, message: "kw" end,
  fn -> throw(:t) end,
  fn -> exit({:shutdown, 1}) end,
]
for {t, i} <- Enum.with_index(tests) do
  r = try do t.() rescue e -> {:raised, e.__struct__, Exception.message(e)} catch k, v -> {:caught, k, v} end
  IO.inspect(r, label: "#{i}")
end
