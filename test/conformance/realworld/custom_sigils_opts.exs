defmodule Sigils do
  def sigil_i(str, []), do: String.to_integer(str)
  def sigil_i(str, [?n]), do: -String.to_integer(str)

  def sigil_u(str, mods) do
    s = String.upcase(str)
    if ?r in mods, do: String.reverse(s), else: s
  end

  defmacro sigil_j(term, _mods) do
    {:<<>>, _, [s]} = term
    s |> String.split(",") |> Enum.map(&String.trim/1)
  end
end

defmodule Main do
  import Sigils

  def run do
    IO.inspect(~i(42))
    IO.inspect(~i(42)n)
    IO.inspect(~u(hello))
    IO.inspect(~u[hello]r)
    IO.inspect(~j(a, b , c))
    x = "world"
    IO.inspect(~s(hello #{x}))
    IO.inspect(~S(hello #{x}))
    IO.inspect(~c(abc #{x}))
    IO.inspect(~C(abc #{x}))
    IO.inspect(~w(a b c)a)
    IO.inspect(~w(a b c)c)
    IO.inspect(~W(a#{x} b))
    IO.inspect(~s"""
    heredoc sigil
      indented #{x}
    """)
    IO.inspect(~r/#{x}+/i)
    IO.inspect(~R/#{x}/)
    IO.inspect(~D[2020-02-02] |> Date.add(1))
    IO.inspect(~N[2020-02-02 10:00:00.123])
    IO.inspect(~U[2020-02-02 10:00:00.5Z])
    IO.inspect(~T[10:00:00])
  end
end

Main.run()

{opts, args, invalid} = OptionParser.parse(["--verbose", "-n", "3", "file.txt", "--name=bob", "--no-color", "--bad"], strict: [verbose: :boolean, n: :integer, name: :string, color: :boolean], aliases: [n: :n])
IO.inspect({opts, args, invalid})
IO.inspect(OptionParser.parse(["--count", "2", "--tag", "a", "--tag", "b", "rest"], switches: [count: :integer, tag: :keep]))
IO.inspect(OptionParser.parse(["-v", "--level", "x"], aliases: [v: :verbose], switches: [verbose: :count, level: :integer]))
IO.inspect(OptionParser.parse_head(["--a", "1", "cmd", "--b"], switches: [a: :integer, b: :boolean]))
IO.inspect(OptionParser.split(~s(foo "bar baz" --opt='x y')))
IO.inspect(OptionParser.to_argv(foo: 1, bar_baz: true, qux: false))
IO.inspect(OptionParser.parse(["--unknown", "val"], switches: []))
IO.inspect(OptionParser.parse(["--float", "1.5", "--", "--x"], switches: [float: :float]))
try do
  OptionParser.parse!(["--n", "abc"], strict: [n: :integer])
rescue
  e -> IO.puts(Exception.message(e))
end

uri = URI.parse("https://user:pw@example.com:8443/path/to?q=1&b=two%20words#frag")
IO.inspect(uri)
IO.inspect(URI.decode_query(uri.query))
IO.inspect(URI.encode_query(%{"a" => "1 2", "b" => "&"}))
IO.inspect(URI.encode_query([a: "x y"], :rfc3986))
IO.inspect(URI.encode("a b/c?d"))
IO.inspect(URI.encode_www_form("a b&c"))
IO.inspect(URI.decode("a%20b"))
IO.inspect(URI.decode_www_form("a+b%26"))
IO.inspect(URI.to_string(%URI{scheme: "http", host: "h", path: "/p", query: "x=1"}))
IO.inspect(URI.merge("http://a.com/b/c", "../d") |> to_string())
IO.inspect(URI.parse("mailto:me@x.org"))
IO.inspect(URI.default_port("ftp"))
IO.inspect(URI.query_decoder("a=1&b") |> Enum.to_list())
IO.puts(uri)
IO.inspect(URI.new("http://[::1]:80/x"))
IO.inspect(URI.new("ht tp://x"))
IO.inspect(URI.char_unreserved?(?~))
IO.inspect(IO.ANSI.red() <> "red" <> IO.ANSI.reset())
IO.inspect(IO.ANSI.format([:bright, :blue, "hi"], true) |> IO.iodata_to_binary())
IO.inspect(IO.ANSI.format([:bright, :blue, "hi"], false) |> IO.iodata_to_binary())
IO.inspect(IO.ANSI.color(1, 2, 3))
IO.inspect(IO.ANSI.cursor(2, 3))
IO.inspect(IO.ANSI.enabled?())
