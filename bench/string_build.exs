defmodule Bench do
  def run do
    s = Enum.reduce(1..100_000, "", fn i, acc -> acc <> Integer.to_string(rem(i, 10)) end)
    io = IO.iodata_to_binary(Enum.map(1..100_000, &[Integer.to_string(&1), ?,]))
    {s, io}
  end
end

{us, {s, io}} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
ok = byte_size(s) == 100_000 and String.starts_with?(io, "1,2,3,")
IO.puts("string build #{byte_size(s)} #{byte_size(io)} #{if ok, do: "ok", else: "WRONG"}")
