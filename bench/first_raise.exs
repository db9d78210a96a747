# The first exception a program raises and rescues: raise ArgumentError, "..." runs library code
# nothing ran before (ArgumentError.exception/1, Exception, Enum.split_with, Kernel.struct!),
# cold; a GenServer that crashes soon after it starts pays this before its crash is reported.
defmodule Bench do
  def run do
    try do
      raise ArgumentError, "first"
    rescue
      e in ArgumentError -> Exception.message(e)
    end
  end
end

{us, msg} = :timer.tc(&Bench.run/0)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("rescued #{if msg == "first", do: "ok", else: "WRONG"}")
