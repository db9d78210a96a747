# Macro.expand/expand_once of Kernel macros and defguard macros outside and inside a guard, as
# Elixir 1.14 shows them: Kernel names String.Chars by its atom, match?'s fallback clause is
# generated, a defguard expands to its guard as :erlang calls (arguments bound once to arg1...,
# numbered in the order the guard reads them), the current module's own macros expand
require Integer

for q <- [
      quote(do: Kernel.to_string(1)),
      quote(do: to_string(:a)),
      quote(do: match?({:ok, _}, x)),
      quote(do: Integer.is_even(x)),
      quote(do: Integer.is_odd(3)),
      quote(do: a |> f(1))
    ] do
  IO.puts(Macro.to_string(q))
  IO.inspect(Macro.expand_once(q, __ENV__), label: "once")
  IO.inspect(Macro.expand(q, __ENV__), label: "full")
end

IO.inspect(Macro.expand(quote(do: Integer.is_even(x + 1)), %{__ENV__ | context: :guard}), label: "in guard")

defmodule G do
  defguard is_small(a, b)
           when (b != a and elem(b, 0) > 1 and not is_nil(a)) or
                  (a === b and -a < +b and is_map_key(a, :k) and rem(a, 2) == div(b, 3) and a <= b)

  defguard is_pos(n) when is_integer(n) and n > 0

  def show do
    IO.inspect(Macro.expand(quote(do: G.is_small(1, 2)), __ENV__), label: "own module")
    IO.inspect(Macro.expand(quote(do: G.is_pos(7)), %{__ENV__ | context: :guard}), label: "own in guard")
  end

  def f(x) when is_pos(x), do: :pos
  def f(_), do: :no
end

G.show()

defmodule H do
  require G

  def run(v) do
    r = {G.f(v), G.is_pos(v), Integer.is_even(v), Integer.is_odd(v), :erlang.andalso(v > 0, v < 10)}

    case v do
      n when Integer.is_odd(n) and G.is_pos(n) -> {:odd_pos, r}
      n when :erlang.orelse(n == 0, G.is_small(n, {n})) -> {:other, r}
      _ -> {:none, r}
    end
  end
end

IO.inspect(Enum.map([-2, 0, 3, 4], &H.run/1))
