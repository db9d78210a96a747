# a struct's fields updated 1,000,000 times (`%S{s | ...}`: a struct check, then a map update of
# one or two keys), as a state record of a real program is
defmodule S do
  defstruct count: 0, total: 0, last: nil, seen: []
end

defmodule Bench do
  def run do
    Enum.reduce(1..1_000_000, %S{}, fn i, s ->
      s = %S{s | count: s.count + 1, total: s.total + i}
      %S{s | last: i}
    end)
  end
end

{us, s} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = s.count == 1_000_000 and s.total == 500_000_500_000 and s.last == 1_000_000
IO.puts("struct updates #{s.count} #{if ok, do: "ok", else: "WRONG"}")
