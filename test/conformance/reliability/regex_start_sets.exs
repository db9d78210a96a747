# Regex searches that skip the places no match can start at (vm/regex/match.ts firstTest: PCRE's
# start bitmap), over patterns whose first unit is a class, a caseless letter, an alternation, a
# repetition or comes after zero-width items, on ASCII, Latin-1 and UTF-8 subjects, with every
# run option that moves where a search starts. Each result prints as Elixir's.
patterns = [
  ~r/\d+/, ~r/[a-c]x?/, ~r/[^a-z ]+/, ~r/(?i)é/u, ~r/(?i)b/, ~r/(?i)ǅ/u, ~r/ab|cd|\d/, ~r/(x|y)+z?/,
  ~r/\bw\w*/, ~r/(?=a)\w/, ~r/(?<=b)c/, ~r/\Kc/, ~r/^\w/m, ~r/\w+$/m, ~r/(?:ab)+/, ~r/(a)?b/,
  ~r/[é日]+/u, ~r/\p{Lu}/u, ~r/\s+/u, ~r/\W/, ~r/[\x{100}-\x{10FFFF}]/u, ~r/(?>a+)b/, ~r/a{2,}/,
  ~r/x*/, ~r/(?:a|)b/, ~r/\R/, ~r/(?|(a)|(b))c?/, ~r/(?<n>\d)(?<m>\w)?/, ~r/[[:upper:]][[:lower:]]*/
]

subjects = [
  "", "a", "abcabc", "ab cd 12 x9z AB é É ǅ ǆ", "bcbc aacc\nab\r\nw1 w2", "日本é語 Aé\u00A0x",
  <<0xE9, 0x61, 0xFF, 0x62, 0x31>>, "xyzxyyz yx", "aaab aab ab b", String.duplicate("ab1 ", 50)
]

for p <- patterns, s <- subjects do
  unicode = Regex.opts(p) |> to_string() |> String.contains?("u")
  if not unicode or String.valid?(s) do
    # (offsets on character boundaries)
    one = if s != "" and String.valid?(s), do: byte_size(String.first(s)), else: min(1, byte_size(s))
    three = if String.valid?(s), do: byte_size(String.slice(s, 0, 3)), else: min(3, byte_size(s))
    r = [
      Regex.scan(p, s, return: :index),
      Regex.run(p, s, offset: three),
      Regex.split(p, s, include_captures: true),
      Regex.replace(p, s, "<\\0>"),
      :re.run(s, p.re_pattern, [:global, :notempty, {:capture, :all, :binary}]),
      :re.run(s, p.re_pattern, [:global, :notempty_atstart, :notbol, {:capture, :first, :list}]),
      :re.run(s, p.re_pattern, [:anchored, {:offset, one}]),
      :re.split(s, p.re_pattern, [{:return, :list}, :trim])
    ]
    IO.puts("#{inspect(p.source)} #{inspect(s)} #{inspect(r, limit: :infinity)}")
  end
end
