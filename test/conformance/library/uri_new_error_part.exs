# URI.new/1 and :uri_string.parse/1 (binary and charlist) name the part they stop at as OTP 25
# does: IP literals (a bad character, the text of no IPv6 address, [] when empty, "" when not
# closed), a failure after a userinfo (the authority read again as a host: "@"), the authority
# before the path, query and fragment; then seeded random URIs from pieces (own LCG, so both VMs
# make the same strings)
cases = ["//[v1.x]", "//[1::2::3]", "//[abc]", "//[]", "//[::1", "//[::g]", "//[1.2.3.4]", "//[::1]x", "a//[v1]", "//u@[v1.x]", "//[vz]", "//[::1]:x", "http://[::1]:x", "//[12345::]", "//u@[::1]", "//u@[::g]", "//[::1]]", "//[[::1]", "//a[b", "//a]b", "http://[v1.x]/", "//[::1%25eth0]", "//u@h@x", "//[::1]:", "//h:8x", "//u:p@h", "//u@h:1x", "//u:p@h/<", "//u:1@h/<", "//u@?<", "//u@#<", "//[?]@", "//[::1/x", "http:/path", "HTTP://h", "//h:", "http://h:", ""]
for i <- cases do
  IO.puts("#{inspect(i)} #{inspect(URI.new(i))} #{inspect(:uri_string.parse(i))}")
end
seed = 4242
IO.puts("seed #{seed}")
pieces = ["http", "HTTPS", "a", "://", "//", ":", "/", "@", "[", "]", "::1", "v1.x", "1.2.3.4", "?", "#", "%", "%2F", "80", "x y", "é", "..", ".", "fe80::", "u:p", "+", "-", "~", "h", "0", "\\", "<", "g"]
n = length(pieces)
{_, inputs} =
  Enum.reduce(1..700, {seed, []}, fn _, {s, acc} ->
    s = rem(s * 1_103_515_245 + 12345, 2_147_483_648)
    len = rem(s, 7) + 1
    {s, parts} = Enum.reduce(1..len, {s, []}, fn _, {s, ps} ->
      s = rem(s * 1_103_515_245 + 12345, 2_147_483_648)
      {s, [Enum.at(pieces, rem(div(s, 7), n)) | ps]}
    end)
    {s, [Enum.join(parts) | acc]}
  end)
for i <- Enum.reverse(inputs) do
  IO.puts("#{inspect(i)} #{inspect(URI.new(i))} #{inspect(:uri_string.parse(i))} #{inspect(:uri_string.parse(String.to_charlist(i)))}")
end
