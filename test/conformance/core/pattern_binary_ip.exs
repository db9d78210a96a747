defmodule IP do
  def parse(s) do
    parts = String.split(s, ".")
    with 4 <- length(parts),
         nums = Enum.map(parts, &Integer.parse/1),
         true <- Enum.all?(nums, &match?({n, ""} when n in 0..255, &1)) do
      [a, b, c, d] = Enum.map(nums, &elem(&1, 0))
      {:ok, <<a, b, c, d>>}
    else
      _ -> {:error, :invalid}
    end
  end

  def to_int(<<n::32>>), do: n
  def to_string(<<a, b, c, d>>), do: "#{a}.#{b}.#{c}.#{d}"
  def in_subnet?(<<ip::32>>, <<net::32>>, bits), do: Bitwise.bsr(ip, 32 - bits) == Bitwise.bsr(net, 32 - bits)
end

for s <- ["192.168.1.10", "10.0.0.256", "1.2.3", "255.255.255.255", "a.b.c.d"] do
  IO.puts("#{s} -> #{inspect(IP.parse(s))}")
end
{:ok, ip} = IP.parse("192.168.1.10")
{:ok, net} = IP.parse("192.168.0.0")
IO.inspect(IP.to_int(ip))
IO.inspect(IP.in_subnet?(ip, net, 16))
IO.inspect(IP.in_subnet?(ip, net, 24))
IO.puts(IP.to_string(<<127, 0, 0, 1>>))
