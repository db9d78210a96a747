defmodule CLI do
  @switches [verbose: :boolean, count: :integer, name: :string, ratio: :float, tag: :keep]
  @aliases [v: :verbose, c: :count, n: :name]

  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, args, []} -> {:ok, opts, args}
      {_, _, invalid} -> {:error, invalid}
    end
  end
end

defmodule Main do
  def run do
    IO.inspect(CLI.main(~w(-v --count 3 --name ann file1 file2)))
    IO.inspect(CLI.main(~w(--count x --bogus)))
    IO.inspect(CLI.main(~w(--tag a --tag b --ratio 0.5 -- --not-a-flag)))
    IO.inspect(OptionParser.parse(~w(--no-verbose --limit 5), switches: [verbose: :boolean]))
    IO.inspect(OptionParser.parse(~w(--limit 5 --debug), []) )
    IO.inspect(OptionParser.split(~s(foo "bar baz" --x='q w')))
    IO.inspect(OptionParser.to_argv(verbose: true, count: 3, name: "a b"))
    IO.inspect(OptionParser.parse_head(~w(--a 1 cmd --b 2), strict: [a: :integer, b: :integer]))
    try do
      OptionParser.parse!(~w(--count nope), strict: [count: :integer])
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.puts(IO.ANSI.format([:red, "error", :reset, " plain"], true) |> IO.iodata_to_binary() |> inspect())
    IO.puts(IO.ANSI.format([:bright, :green, "ok"], false) |> IO.iodata_to_binary())
    IO.inspect(IO.ANSI.red() <> "x" <> IO.ANSI.reset())
    IO.inspect(IO.ANSI.cursor(2, 3))
    IO.inspect(IO.ANSI.color(1, 2, 3))
    IO.inspect(Base.encode64("hello world!?"))
    IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
    IO.inspect(Base.decode64("aGVsbG8"))
    IO.inspect(Base.decode64("aGVsbG8", padding: false))
    IO.inspect(Base.encode16("hi", case: :lower))
    IO.inspect(Base.decode16!("6869"))
    IO.inspect(Base.encode32("hello"))
    IO.inspect(Base.hex_decode32("D1IMOR3F"))
    IO.inspect(Path.join(["/usr", "local/", "bin"]))
    IO.inspect(Path.expand("a/../b/./c", "/root"))
    IO.inspect(Path.basename("/x/y/file.tar.gz", ".gz"))
    IO.inspect(Path.extname("archive.tar.gz"))
    IO.inspect(Path.rootname("/a/b.txt"))
    IO.inspect(Path.split("/a/b/c"))
    IO.inspect(Path.dirname("a/b/c.ex"))
    IO.inspect(Path.relative_to("/a/b/c", "/a"))
    IO.inspect(Path.type("~/x"))
    IO.inspect(Path.wildcard("/nonexistent_dir_xyz/*"))
    u = URI.parse("http://user:pw@Example.com/a%20b/c?x=1&y=two+words#frag")
    IO.inspect({u.scheme, u.host, u.port, u.path, u.query, u.userinfo, u.fragment})
    IO.inspect(URI.decode_query(u.query))
    IO.inspect(URI.encode_query(%{"q" => "a b&c", "n" => 1}))
    IO.inspect(URI.encode_www_form("a b/é"))
    IO.inspect(URI.decode("a%20b%zz"))
    IO.inspect(URI.to_string(%URI{scheme: "https", host: "x.io", path: "/p", query: "a=1"}))
    IO.inspect(URI.merge("http://a/b/c/d;p?q", "../g") |> to_string())
    IO.inspect(URI.new("http://[::1]:80/"))
    IO.inspect(Version.compare("1.10.0", "1.9.9"))
    IO.inspect(Version.match?("1.4.2", "~> 1.4"))
    IO.inspect(Version.parse("1.2"))
    IO.inspect(System.version() |> is_binary())
    IO.inspect(System.get_env("BEAMLET_SURELY_UNSET_VAR", "fallback"))
    IO.inspect(System.argv())
    IO.inspect(Bitwise.band(0b1100, 0b1010))
    import Bitwise
    IO.inspect({5 &&& 3, 5 ||| 3, bxor(5, 3), 1 <<< 10, 1024 >>> 3, bnot(5)})
  end
end

Main.run()
