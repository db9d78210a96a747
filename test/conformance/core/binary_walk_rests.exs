# Binary walks whose rest is passed straight to the next iteration (the rest is kept as a position
# in compiled code, and made a binary wherever anything else looks at it)
defmodule Walk do
  def ws(<<c, r::binary>>) when c in [?\s, ?\n], do: ws(r)
  def ws(b), do: b

  def count(<<c, r::binary>>, n) when c == ?a, do: count(r, n + 1)
  def count(<<"bb", r::binary>>, n), do: count(r, n + 10)
  def count(<<_, _::binary>> = b, n) when byte_size(b) > 3, do: count(binary_part(b, 1, byte_size(b) - 1), n)
  def count(<<_, r::binary>>, n), do: count(r, n)
  def count(<<>>, n), do: n

  # the rest lands in the other argument
  def swap(n, <<c, r::binary>>) when c != ?|, do: swap(n + c, r)
  def swap(n, b), do: {n, b}

  def bits(<<b::1, r::bitstring>>, n), do: bits(r, n + b)
  def bits(<<>>, n), do: n

  def pairs(<<a, b, r::binary>>, acc), do: pairs(r, [{a, b} | acc])
  def pairs(rest, acc), do: {Enum.reverse(acc), rest}

  def strict(<<c, r::binary>>) when c in ?a..?z, do: strict(r)
  def strict(<<>>), do: :ok

  def rev(<<ch, r::binary>>, acc), do: rev(r, <<ch, acc::binary>>)
  def rev(<<>>, acc), do: acc

  def app(<<ch, r::binary>>, acc), do: app(r, <<acc::binary, ch>>)
  def app(<<>>, acc), do: acc

  def long(<<_, r::binary>>, n), do: long(r, n + 1)
  def long(<<>>, n), do: n
end

IO.inspect(Walk.ws("  \n  x y "))
IO.inspect(Walk.ws(""))
IO.inspect(Walk.count("aabbxyzaaqbbz", 0))
IO.inspect(Walk.swap(0, "abc|def"))
IO.inspect(Walk.swap(0, "abc"))
IO.inspect(Walk.bits(<<255, 0, 5::3>>, 0))
IO.inspect(Walk.pairs("abcdefg", []))
IO.inspect(Walk.pairs(<<1, 2, 3::4>>, []))
IO.inspect(Walk.rev("hello", ""))
base = Walk.app(String.duplicate("ab", 100), "")
x = base <> "x"
y = base <> "y"
IO.inspect({byte_size(x), binary_part(x, 198, 3), binary_part(y, 198, 3), byte_size(base)})
IO.inspect(Walk.long(:binary.copy("abcdefgh", 100_000), 0))
defmodule Run do
  def in_process(f) do
    {pid, ref} = spawn_monitor(fn -> exit({:done, f.()}) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
IO.inspect(Run.in_process(fn -> Walk.long(:binary.copy("x", 300_000), 0) end))
try do
  Walk.strict("abcD12")
rescue
  e in FunctionClauseError ->
    {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
    IO.inspect({e.function, e.arity, blamed.args})
end
Walk.strict("xyzQRS")
