defmodule Clock do
  def new(h, m), do: normalize(h * 60 + m)
  def add(minutes, delta), do: normalize(minutes + delta)
  defp normalize(total), do: Integer.mod(total, 24 * 60)
  def to_string(t), do: pad(div(t, 60)) <> ":" <> pad(rem(t, 60))
  defp pad(n), do: String.pad_leading(Integer.to_string(n), 2, "0")
end

for {h, m} <- [{8, 0}, {11, 9}, {24, 0}, {25, 160}, {-1, 15}, {-25, -160}, {201, 3001}] do
  IO.puts("#{h}h #{m}m -> #{Clock.to_string(Clock.new(h, m))}")
end
t = Clock.new(23, 50)
IO.puts(Clock.to_string(Clock.add(t, 20)))
IO.puts(Clock.to_string(Clock.add(t, -1500)))
IO.inspect(Clock.new(15, 37) == Clock.new(-9, 37))
