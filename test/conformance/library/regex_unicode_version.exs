# OTP 25's PCRE has older Unicode tables than the host: a character assigned since (Adlam 𞤀,
# Osage, Hatran, Ꟁ) is unassigned there, so \p{L}, \w and [[:alpha:]] do not match it, \p{Cn}
# does; older characters match as before
for c <- [0x1E900, 0x104B0, 0x108E0, 0x11A00, 0x10F30, 0x10570, 0xA7C0, 0x1F600, 0x10350, 0x10900, 0x10000, 0x4E00, 0x0840, 0x0860, 0x00E9, 0x03B1, 0x1D7C] do
  s = <<c::utf8>>
  IO.inspect({Integer.to_string(c, 16), Regex.match?(~r/\p{L}/u, s), Regex.match?(~r/\w/u, s), Regex.match?(~r/[[:alpha:]]/u, s),
    Regex.match?(~r/\p{Cn}/u, s), Regex.match?(~r/\P{L}/u, s), Regex.match?(~r/\p{Greek}/u, s)})
end
IO.inspect Regex.scan(~r/\p{L}+/u, "héllo wörld 𞤀𞤁 日本")
IO.inspect String.split("a𞤀b c", ~r/\W/u)
