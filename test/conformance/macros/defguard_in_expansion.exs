# defguard with `in` (a literal list, a literal integer range, a stepped range): the guard works in
# function heads, and its macro expands as Kernel.Utils.defguard builds it (in :erlang calls)
defmodule G do
  defguard is_digit(c) when c in ?0..?9
  defguard is_lower(c) when c in ?a..?z or c in [?_, ?-]
  defguard g3(c) when c in [1, 2, 3]
  defguard g1(c) when c in [:a]
  defguard gn(c) when c in -5..-1
  defguard gs(c, d) when d in 1..3 and c in [1.0, "a"]
  defguard gr(c) when c in 1..10//2
  def kind(c) when is_digit(c), do: :digit
  def kind(c) when is_lower(c), do: :lower
  def kind(_), do: :other
end

defmodule H do
  require G

  def run do
    IO.inspect(Enum.map('a5_Z-', &G.kind/1))
    IO.inspect({G.is_digit(?3), G.is_lower(?3), G.gn(-3), G.gr(4), G.gr(5), G.gs("a", 2)})

    for q <- [quote(do: G.is_digit(x)), quote(do: G.is_lower(x)), quote(do: G.g3(x)), quote(do: G.g1(x)),
              quote(do: G.gn(x)), quote(do: G.gs(x, y)), quote(do: G.gr(x))] do
      # on one line: the mask takes indented ":erlang.f(" lines for stack frames
      IO.puts(q |> Macro.expand(__ENV__) |> Macro.to_string() |> String.replace(~r/\n */, " "))
    end
  end
end

H.run()
