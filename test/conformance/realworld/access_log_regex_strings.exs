defmodule Log do
  @re ~r/^(?<ip>\d+\.\d+\.\d+\.\d+) - - \[(?<ts>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) HTTP\/1\.[01]" (?<status>\d{3}) (?<bytes>\d+|-)$/
  def parse(line) do
    case Regex.named_captures(@re, line) do
      nil -> {:error, line}
      m -> {:ok, %{m | "status" => String.to_integer(m["status"]), "bytes" => (if m["bytes"] == "-", do: 0, else: String.to_integer(m["bytes"]))}}
    end
  end
end
lines = [
  ~s(10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326),
  ~s(10.0.0.2 - - [10/Oct/2023:13:55:37 +0000] "POST /api/login HTTP/1.1" 401 -),
  ~s(garbage line),
  ~s(10.0.0.1 - - [10/Oct/2023:13:56:00 +0000] "GET /about HTTP/1.0" 404 120)
]
{ok, bad} = lines |> Enum.map(&Log.parse/1) |> Enum.split_with(&match?({:ok, _}, &1))
IO.inspect(length(bad), label: "bad")
for {:ok, m} <- ok, do: IO.puts("#{m["method"]} #{m["path"]} -> #{m["status"]} (#{m["bytes"]}b)")
IO.inspect(ok |> Enum.map(&elem(&1, 1)) |> Enum.group_by(& &1["ip"], & &1["status"]))
IO.inspect(Regex.scan(~r/\d+/, "a1b22c333"))
IO.inspect(Regex.scan(~r/(\w)(\d)/, "a1 b2", capture: :all_but_first))
IO.inspect(Regex.split(~r/[,;]\s*/, "a, b;c,d", parts: 3))
IO.inspect(Regex.replace(~r/(\w+)@(\w+)/, "joe@ex and ann@ey", "\\2:\\1"))
IO.inspect(Regex.replace(~r/\d/, "a1b2", fn d -> "<#{d}>" end))
IO.inspect(Regex.run(~r/(?<y>\d{4})-(?<m>\d\d)/, "on 2023-10-01", return: :index))
IO.inspect(String.replace("hello world", ~r/o/u, "0", global: false))
IO.inspect(Regex.match?(~r/^\p{Lu}/u, "Ébc"))
IO.inspect(~r/a.b/s |> Regex.source())
IO.inspect(~r/a.b/ims)
IO.inspect(Regex.escape("a.b*c"))
IO.inspect(Regex.compile("("))
IO.inspect(Regex.names(~r/(?<a>x)(?<b>y)/))
IO.inspect(String.split("a-b_c d", ["-", "_", " "]))
IO.inspect(String.splitter("a,b,c", ",") |> Enum.take(2))
IO.inspect(String.myers_difference("abcd", "abxd"))
IO.inspect(String.jaro_distance("martha", "marhta"))
IO.inspect(String.bag_distance("abc", "abd"))
IO.inspect(String.capitalize("élan vital"))
IO.inspect(String.upcase("straße"))
IO.inspect(String.reverse("héllo 👍🏽"))
IO.inspect(String.length("👍🏽é"))
IO.inspect(byte_size("👍🏽é"))
IO.inspect(String.codepoints("e\u0301"))
IO.inspect(String.normalize("e\u0301", :nfc))
IO.inspect(String.slice("hello", -3..-1))
IO.inspect(String.slice("hello", 1..-2//1))
IO.inspect(String.at("héllo", 1))
IO.inspect(String.duplicate("ab", 3))
IO.inspect(String.trim_leading("xxhixx", "x"))
IO.inspect(String.starts_with?("elixir", ["ex", "el"]))
IO.inspect(String.to_charlist("héllo"))
IO.inspect(String.printable?("a\x00"))
IO.inspect(String.valid?(<<0xFF>>))
IO.inspect(String.chunk("abc12de", :printable))
IO.inspect("a\tb\n" |> inspect())
IO.inspect(<<0xFF, ?a>>)
IO.inspect("héllo", binaries: :as_binaries)
IO.inspect('abc', charlists: :as_lists)
IO.inspect([?a, 200, 300])
IO.inspect(String.graphemes("🇫🇷👨‍👩‍👧"))
IO.inspect(?é)
IO.inspect(String.to_atom("hello world"))
IO.inspect(:"foo-bar")
IO.inspect([{:"a b", 1}, {:ok, 2}])
IO.inspect(%{"a b" => 1, :"c d" => 2})
