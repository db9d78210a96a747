# PCRE 8.45 (OTP 25's re) corners the regex engine must take as PCRE does, never silently
# differently: [[:<:]] and [[:>:]] word boundaries; an escaped character with no meaning is itself
# (\_ \y \M \é), but \L \l \U \u are refused; \8 and \9 are back references only with that many
# groups, else literal digits (in a class always); POSIX class syntax up to the first ":]", with
# unknown names refused at the name; a range may not end in a class ([a-\d], [a-[:digit:]]) and
# may end in quoted text ([a-\Qz\E])
patterns = [
  "[[:<:]]", "[[:>:]]", "[[:<:]]\\w+[[:>:]]", "x[[:<:]]", "[[:<:]]+", "\\_", "\\y", "[\\y]", "\\M", "\\é", "[\\é]",
  "\\L", "\\l", "\\U", "\\u", "[\\u]", "\\8", "\\9", "\\81", "[\\8]", "[\\18]", "(a)(b)(c)(d)(e)(f)(g)(h)\\8",
  "[[:foo:]]", "[[:^foo:]]", "[[:fo o:]]", "[[:a]b:]]", "[[:<:]a]", "[[=a=]]", "[[.a.]]",
  "[a-\\d]", "[a-\\w]", "[a-\\p{L}]", "[a-\\R]", "[a-[:digit:]]", "[a-[:digit:]x]", "[\\d-z]", "[\\d-[:alpha:]]",
  "[[:alpha:]-z]", "[a-\\Qz\\E]+", "[a-\\Qcxy\\E]+", "[%--]+", "[a-\\x{7a}]+", "[a-\\b]"
]

subjects = ["a8 z-%x_~ ab9 \b", "yijqLlUuM", "xy ab ba é8 \x081\x01", "abcdefghh 9", "word, two"]

for p <- patterns do
  result =
    case Regex.compile(p) do
      {:ok, re} -> Enum.map(subjects, &Regex.scan(re, &1, return: :index))
      error -> error
    end

  IO.puts("#{inspect(p)} #{inspect(result)}")
end

IO.inspect(Regex.replace(~r/[[:<:]]/, "one two-three", "^"))
IO.inspect(String.split("one two", ~r/[[:>:]]/))
