# Parsing a binary framing protocol: <<type::8, len::16, payload::binary-size(len)>>
defmodule Proto do
  def encode({:ping, n}), do: frame(1, <<n::32>>)
  def encode({:msg, text}), do: frame(2, text)
  def encode({:kv, k, v}), do: frame(3, <<byte_size(k)::8, k::binary, v::binary>>)
  defp frame(type, payload), do: <<type::8, byte_size(payload)::16, payload::binary>>

  def decode_all(bin), do: decode_all(bin, [])
  defp decode_all(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp decode_all(<<type::8, len::16, payload::binary-size(len), rest::binary>>, acc),
    do: decode_all(rest, [decode(type, payload) | acc])
  defp decode_all(partial, acc), do: {:partial, Enum.reverse(acc), byte_size(partial)}

  defp decode(1, <<n::32>>), do: {:ping, n}
  defp decode(2, text), do: {:msg, text}
  defp decode(3, <<kl::8, k::binary-size(kl), v::binary>>), do: {:kv, k, v}
  defp decode(t, p), do: {:unknown, t, p}
end

msgs = [{:ping, 7}, {:msg, "hello ✓"}, {:kv, "user", "ann"}, {:ping, 4_000_000_000}]
stream = msgs |> Enum.map(&Proto.encode/1) |> IO.iodata_to_binary()
IO.inspect(byte_size(stream))
IO.inspect(stream, limit: 20)
IO.inspect(Proto.decode_all(stream))
IO.inspect(Proto.decode_all(binary_part(stream, 0, byte_size(stream) - 2)))
IO.inspect(Proto.decode_all(<<9, 0, 2, "zz">>))
<<hi::4, lo::4>> = <<0xAB>>
IO.inspect({hi, lo})
<<flag::1, rest::7>> = <<0b10000011>>
IO.inspect({flag, rest})
IO.inspect(<<-1::16-signed>>)
<<s::16-signed>> = <<255, 254>>
IO.inspect(s)
<<le::little-32>> = <<1, 0, 0, 0>>
IO.inspect(le)
IO.inspect(<<1.5::float-64>>)
<<f::float-32>> = <<1.5::float-32>>
IO.inspect(f)
