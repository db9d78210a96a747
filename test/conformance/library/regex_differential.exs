# Differential test of the regex engine: every pattern x subject below is run through
# Regex.compile/run/scan and the results printed; the golden comes from real Elixir (PCRE).
defmodule Diff do
  def subjects do
    [
      "", "a", "aaa", "abcabc", "ab\nab\n", "a\r\nb\r\n", "foo bar  baz", "A1_b2-c3",
      "héllo wörld", "日本語 text", "x\ty\u00a0z", "aAbB", "(1+2)*3", "abba", "mississippi",
      "2024-01-31", "key=value; k2=v2", "\n", "a.b.c", "ĀāǅǆΣσς", "KkK", "ss ſ S"
    ]
  end

  def atoms do
    ["a", ".", "\\w", "\\d", "\\s", "\\W", "[a-c]", "[^a]", "(a|b)", "(?:ab)", "(a)", "[[:alpha:]]",
     "\\h", "\\v", "\\p{L}", "\\p{Lu}", "\\S", "[\\w.]", "é", "\\x{e9}", "[\\d-z]", "\\N", "\\R"]
  end

  def quantifiers, do: ["", "*", "+", "?", "{2}", "{1,2}", "{2,}", "*?", "+?", "??", "*+", "++", "?+", "{1,3}?"]

  def patterns do
    hand = [
      {"^a", ""}, {"a$", ""}, {"^", "m"}, {"$", "m"}, {"$", ""}, {"\\Aab", ""}, {"b\\z", ""}, {"b\\Z", ""},
      {"^ab$", "m"}, {".", "s"}, {".+", ""}, {".+", "s"}, {"a.c", "s"}, {"AB", "i"}, {"ab", "i"},
      {"(?i)ab", ""}, {"a(?i)b", ""}, {"a(?i:b)c", ""}, {"(?-i)a", "i"}, {"(?s).", ""}, {"(?m)^b", ""},
      {"(?x) a b # comment", ""}, {"a b", "x"}, {"[ ]", "x"}, {"\\bab\\b", ""}, {"\\Bb", ""}, {"\\b\\w+\\b", "u"},
      {"(a)(b)?", ""}, {"(a)|(b)", ""}, {"(?<first>\\w)(?<second>\\w)", ""}, {"(?P<x>a)(?P=x)", ""},
      {"(\\w)\\1", ""}, {"(\\w)\\g{1}", ""}, {"(\\w)\\g{-1}", ""}, {"(?<c>.)\\k<c>", ""}, {"(a)?\\1", ""},
      {"(?=a)", ""}, {"a(?!b)", ""}, {"(?<=a)b", ""}, {"(?<!a)b", ""}, {"(?<=ab|c)\\w", ""}, {"(?>a+)b", ""},
      {"a++b", ""}, {"(a|ab)(c|bcd)(d*)", ""}, {"(a+|b+)*c", ""}, {"(?:(a)|b)+", ""}, {"(a?)*", ""},
      {"(a*)+", ""}, {"(a*)*b", ""}, {"x*", ""}, {"", ""}, {"a|", ""}, {"|a", ""}, {"a{0}", ""},
      {"a{,2}", ""}, {"a{x}", ""}, {"\\Qa.b\\E", ""}, {"[\\Q]\\E]", ""}, {"a\\Kb", ""}, {"(?|(a)|(b))", ""},
      {"(a)?(?(1)b|c)", ""}, {"(?(?=a)ab|cd)", ""}, {"\\d+", "u"}, {"\\w+", "u"}, {"\\s+", "u"}, {"[[:alpha:]]+", "u"},
      {"[[:punct:]]", ""}, {"[[:^digit:]]+", ""}, {"\\p{Greek}", "u"}, {"\\p{Han}+", "u"}, {"\\P{L}+", "u"},
      {"\\pL", "u"}, {"\\p{L&}", "u"}, {"\\p{Xan}+", "u"}, {"é", "i"}, {"É", "iu"}, {"σ", "iu"}, {"ς", "iu"},
      {"k", "iu"}, {"s", "iu"}, {"ǆ", "iu"}, {"[a-z]+", "i"}, {"[^a-z]", "i"}, {"[\\x{100}-\\x{200}]", "u"},
      {"\\x41", ""}, {"\\101", ""}, {"\\o{101}", ""}, {"\\cA", ""}, {"\\e\\f\\n\\r\\t", ""}, {"[\\b]", ""},
      {"a*?", "U"}, {"a*", "U"}, {"a+?b", "U"}, {"b", "f"}, {"a", "f"}, {"\\r\\n", ""}, {"$", "s"},
      {"^", "ms"}, {"b$", "s"}, {"\\G\\w", ""}, {".{2}", "u"}, {".", ""}, {"...", ""}, {"[é]", ""}, {"[é]", "u"},
      {"(*UTF8)é", ""}, {"(*UCP)\\w+", "u"}, {"(*CRLF)a$", ""}, {"a(*FAIL)|b", ""}, {"(?#note)a", ""},
      {"(?J)(?<n>a)|(?<n>b)", ""}, {"[a-]", ""}, {"[-a]", ""}, {"[]a]", ""}, {"[^]a]", ""}, {"[a\\]]", ""},
      {"(?i)[^k]", "u"}, {"\\h+", "u"}, {"\\v", "u"}, {"\\H", ""}, {"\\V+", ""}, {"x|y|", ""},
      {"(a)(?:b)(c)?", ""}, {"(?<y>a)|(?<x>b)", ""}, {"(a(b(c)))", ""}, {"a{2,3}+a", ""}, {"(?U)a+", ""},
      {"[\\s\\S]", ""}, {"\\d{4}-\\d{2}-\\d{2}", ""}, {"(\\w+)=(\\w+)", ""}, {"\\$", ""}, {"\\.", ""},
      {"\\^", ""}, {"[.]", ""}, {"a\\/b", ""}, {"\\\\", ""}, {"(?=(a+))a*b\\1", ""}, {"(?!)", ""},
      # errors
      {"a(", ""}, {"a)", ""}, {"[a", ""}, {"*a", ""}, {"a**", ""}, {"\\", ""}, {"(?<=a+)b", ""},
      {"\\2(a)", ""}, {"[z-a]", ""}, {"a{3,2}", ""}, {"(?z)", ""}, {"(?<n>a)(?<n>b)", ""}, {"\\p{Foo}", "u"},
      {"x{70000}", ""}, {"(?<=a|bc)x", ""}, {"(?<=ab(c|de))x", ""}, {"a", "z"}, {"\\k<nope>", ""}, {"(?P<1a>x)", ""}
    ]

    generated = for a <- atoms(), q <- quantifiers(), mods <- ["", "u"], do: {a <> q, mods}
    hand ++ generated
  end

  def run_one({pattern, mods}) do
    case Regex.compile(pattern, mods) do
      {:error, e} ->
        IO.puts(inspect({pattern, mods, :error, e}))

      {:ok, re} ->
        results =
          for s <- subjects(), String.valid?(s) do
            try do
              {Regex.run(re, s, return: :index), Regex.scan(re, s, return: :index)}
            rescue
              e -> {:raised, e.__struct__}
            end
          end

        IO.puts(inspect({pattern, mods, results}, limit: :infinity))
    end
  end
end

Enum.each(Diff.patterns(), &Diff.run_one/1)
IO.puts("patterns: #{length(Diff.patterns())}, subjects: #{length(Diff.subjects())}")
