# String.trim/1, trim_leading/1, trim_trailing/1 take the non-breaking spaces too; split/1 does not
for c <- [0xA0, 0x2007, 0x202F, 0x1680, 0x180E, 0x200B, 0x3000, 0x85, 0xFEFF] do
  s = <<c::utf8>> <> "x" <> <<c::utf8>>
  IO.inspect({Integer.to_string(c, 16), String.trim(s) |> byte_size(), String.trim_leading(s) |> byte_size(), String.trim_trailing(s) |> byte_size(), String.split("a" <> <<c::utf8>> <> "b") |> length()})
end
