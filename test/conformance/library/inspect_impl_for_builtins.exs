# Inspect.impl_for/1 and impl_for!/1 name Elixir's implementation for every built-in type and
# the standard library's structs (Inspect.Any for a struct without one); a user implementation
# can delegate to them.
terms = [%{}, 1, 1.0, :a, "s", <<1::3>>, [1], {1}, self(), make_ref(), fn -> 1 end, &IO.puts/1, 1..2,
  MapSet.new(), %ArgumentError{}, ~r/a/, ~D[2020-01-02], ~T[10:00:00], ~N[2020-01-02 10:00:00],
  ~U[2020-01-02 10:00:00Z], Date.range(~D[2020-01-01], ~D[2020-01-03]), %URI{}, Version.parse!("1.0.0"),
  Version.parse_requirement!("~> 1.0"), Stream.map([1], & &1), nil, true]

for t <- terms do
  IO.inspect({Inspect.impl_for(t), Inspect.impl_for!(t)})
end

defmodule Secret do
  defstruct [:user, :password]
end

defimpl Inspect, for: Secret do
  def inspect(s, opts) do
    Inspect.Algebra.concat(["#Secret<", Inspect.Map.inspect(%{user: s.user}, opts), ">"])
  end
end

IO.inspect(struct(Secret, user: "meg", password: "x"))
IO.inspect([struct(Secret, user: "a"), 1..3, ~D[2020-01-02]])
opts = %Inspect.Opts{base: :hex}
for {impl, t} <- [{Inspect.Integer, 255}, {Inspect.Atom, :a}, {Inspect.BitString, "a"}, {Inspect.Float, 1.5},
                  {Inspect.List, [1, 2]}, {Inspect.Tuple, {1, :b}}, {Inspect.Map, %{a: 1}}, {Inspect.Date, ~D[2020-01-02]},
                  {Inspect.Range, 1..9//2}, {Inspect.Regex, ~r/x/i}, {Inspect.Version, Version.parse!("1.2.3")}] do
  IO.inspect(impl.inspect(t, opts) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary())
end
IO.inspect(Inspect.inspect(%{b: [1]}, %Inspect.Opts{}) |> Inspect.Algebra.format(80) |> IO.iodata_to_binary())
