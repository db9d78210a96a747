packet = <<1::4, 2::4, 300::16, "payload", 7::3, 1::5>>
<<version::4, kind::4, len::16, rest::binary>> = packet
IO.inspect {version, kind, len, byte_size(rest)}
<<"pay", tail::binary>> = rest
IO.inspect tail
IO.inspect <<1, 2>> <> <<3>>
IO.inspect <<-1::signed-16>>
<<x::signed-16>> = <<255, 254>>
IO.inspect x
IO.inspect <<1.5::float-32>>
<<f::float-64>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect f
IO.inspect <<0x1234::little-16>>
IO.inspect <<0xE9::utf8, 0x263A::utf8>>
<<cp::utf8, _::binary>> = "√x"
IO.inspect cp
IO.inspect byte_size(<<1::1, 0::7, 5>>)
IO.inspect bit_size(<<5::3>>)
IO.inspect <<5::3>>
IO.inspect is_bitstring(<<1::1>>) and not is_binary(<<1::1>>)
IO.inspect for <<b::1 <- <<0b10110000>> >>, do: b
IO.inspect :binary.bin_to_list(<<1, 2, 3>>)
IO.inspect Base.encode16(<<171, 205>>)
IO.inspect Base.decode16!("abcd", case: :lower)
IO.inspect Base.encode64("hello world")
IO.inspect Base.url_encode64(<<251, 255>>, padding: false)
IO.inspect Base.decode64("aGk=")
IO.inspect Base.encode32("ab")
IO.inspect :crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower)
IO.inspect :erlang.md5("abc") |> Base.encode16(case: :lower)
IO.inspect :erlang.crc32("hello")
IO.inspect String.pad_leading(Integer.to_string(0b1011, 2), 8, "0")
size = 3
<<a::size(size)-binary, b::binary>> = "abcdef"
IO.inspect {a, b}
IO.inspect <<1, 2, 3, 4>> |> :binary.part(1, 2)
