# Binary construction and matching
<<a, b, rest::binary>> = "hello"
IO.inspect({a, b, rest})
<<x::8, y::16, z::binary>> = <<1, 2, 3, 4, 5>>
IO.inspect({x, y, z})
<<len, payload::binary-size(len), tail::binary>> = <<3, "abcdef">>
IO.inspect({len, payload, tail})
bin = <<1, 2, 3>>
IO.inspect(byte_size(bin))
IO.inspect(<<bin::binary, 4, 5>>)
IO.inspect(<<"head", bin::binary>>)
<<first::binary-size(2), _::binary>> = "abcdef"
IO.inspect(first)
IO.inspect(<<256>>)
IO.inspect(<<1::16>>)
IO.inspect(<<65, 66, 67>>)
IO.inspect(<<0xE2, 0x9C, 0x93>>)
IO.inspect(binary_part("hello world", 6, 5))
IO.inspect(:binary.first("abc"))
IO.inspect(:binary.last("abc"))
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(:binary.list_to_bin([104, 105]))
IO.inspect(:erlang.binary_to_list(<<1, 2>>))
defmodule Bytes do
  def sum(<<>>), do: 0
  def sum(<<b, rest::binary>>), do: b + sum(rest)
  def count_a(<<?a, rest::binary>>, n), do: count_a(rest, n + 1)
  def count_a(<<_, rest::binary>>, n), do: count_a(rest, n)
  def count_a(<<>>, n), do: n
end
IO.inspect(Bytes.sum(<<1, 2, 3, 250>>))
IO.inspect(Bytes.count_a("banana bread", 0))
case "GET /index.html" do
  "GET " <> path -> IO.puts("get #{path}")
  _ -> IO.puts("other")
end
<<c::utf8, more::binary>> = "été"
IO.inspect({c, more})
IO.inspect(<<?é::utf8>>)
