defmodule LogParser do
  @line ~r/^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?<user>\S+) \[(?<ts>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) HTTP\/(?<ver>[\d.]+)" (?<status>\d{3}) (?<bytes>\d+|-)$/

  def parse(line) do
    case Regex.named_captures(@line, line) do
      nil -> {:error, line}
      caps -> {:ok, Map.update!(caps, "status", &String.to_integer/1)}
    end
  end
end

lines = [
  ~s(127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326),
  ~s(10.0.0.7 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -),
  ~s(garbage line),
  ~s(192.168.1.20 - bob [11/Oct/2000:09:00:00 +0000] "DELETE /items/42 HTTP/2" 404 0)
]

for l <- lines, do: IO.inspect(LogParser.parse(l))

IO.inspect(Regex.scan(~r/\b(\w)(\w*)\b/, "hello big world", capture: :all_but_first))
IO.inspect(Regex.replace(~r/(\w+)@(\w+)\.com/, "mail ann@foo.com or bob@bar.com", "\\2:\\1"))
IO.inspect(Regex.replace(~r/\d+/, "a1b22c333", fn m -> String.duplicate("#", String.length(m)) end))
IO.inspect(Regex.replace(~r/(?<word>o+)/, "foo boo", "[\\g{1}]", global: false))
IO.inspect(Regex.split(~r/\s*[,;]\s*/, "a , b;c ;; d", trim: true))
IO.inspect(Regex.split(~r/(-)/, "a-b-c", include_captures: true, parts: 2))
IO.inspect(Regex.run(~r/(a)(b)?/, "ac", return: :index))
IO.inspect(Regex.run(~r/x/, "abc"))
IO.inspect(Regex.match?(~r/^\p{Lu}\p{Ll}+$/u, "Élan"))
IO.inspect(Regex.scan(~r/(?i)straße/u, "STRASSE Straße straße"))
IO.inspect(String.replace("aaa", ~r/a*?/, "-"))
IO.inspect(Regex.scan(~r/^\w+$/m, "one\ntwo\nthree four"))
IO.inspect(Regex.run(~r/a.c/s, "a\nc"))
IO.inspect(Regex.run(~r/ a b c /x, "abc"))
IO.inspect(Regex.run(~r/a+/U, "aaa"))
IO.inspect(Regex.names(~r/(?<year>\d+)-(?<mon>\d+)/))
IO.inspect(Regex.source(~r/[a-z]+/i))
IO.inspect(Regex.opts(~r/[a-z]+/iu))
IO.inspect(~r/[a-z]+/i)
IO.inspect(~r{/path/(\d+)})
IO.inspect(Regex.escape("1.5*[x]"))
IO.inspect(Regex.compile("(unclosed"))
IO.inspect(Regex.compile("a+", "i"))
IO.inspect("2024-03-10" =~ ~r/^\d{4}-\d{2}-\d{2}$/)
IO.inspect(String.match?("ABC", ~r/abc/i))
IO.inspect(Regex.scan(~r/\d+(?=px)/, "10px 20em 30px"))
IO.inspect(Regex.scan(~r/(?<=\$)\d+/, "$5 and $10"))
IO.inspect(Regex.run(~r/(\d+)\1/, "1212 3434"))
IO.inspect(Regex.replace(~r/^/m, "a\nb", "> "))
IO.inspect(Regex.run(~r/\Aab\z/, "ab"))
IO.inspect(Regex.run(~r/c$/, "abc\n"))
IO.inspect(Regex.scan(~r/[[:alpha:]]+/, "ab12cd"))
IO.inspect(Regex.named_captures(~r/(?<a>x)|(?<b>y)/, "y"))
IO.inspect(String.split("a1b2c3", ~r/\d/, parts: 2))
IO.inspect(Regex.run(~r/(?<n>\d)/, "a5", capture: ["n"]))
IO.inspect(Regex.scan(~r/./u, "añ😀"))
IO.inspect(Regex.replace(~r/\s+/, "  a   b  ", " ") |> String.trim())
IO.inspect(Regex.run(~r/\h+/, "a \t b"))
IO.inspect(Regex.scan(~r/(?:ab)++c/, "ababc abc"))
