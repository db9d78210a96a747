defmodule Bench do
  def run do
    words = Enum.map(1..100_000, fn i -> "word#{rem(i, 500)}" end)
    joined = Enum.join(words, " ")
    {words, joined, String.split(joined, " ")}
  end
end

{us, {words, joined, back}} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = back == words and byte_size(joined) > 0
IO.puts("split/join #{length(back)} #{if ok, do: "ok", else: "WRONG"}")
