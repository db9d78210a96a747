defmodule CLI do
  @switches [verbose: :boolean, count: :integer, name: :string, tag: :keep, ratio: :float]
  @aliases [v: :verbose, c: :count, n: :name, t: :tag]

  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, args, []} -> {:ok, opts, args}
      {_, _, invalid} -> {:error, invalid}
    end
  end
end

IO.inspect(CLI.main(~w(-v --count 3 file1 file2 -t a -t b --ratio 0.5)))
IO.inspect(CLI.main(~w(--count x --bogus)))
IO.inspect(CLI.main(["--name", "Ann Lee", "--", "-v"]))
IO.inspect(OptionParser.parse(["--no-color", "--debug", "x"], switches: [color: :boolean]))
IO.inspect(OptionParser.parse!(["-abc"], aliases: [a: :all], switches: [all: :boolean]) |> then(fn _ -> :ok end) )
IO.inspect(OptionParser.split(~s(foo "bar baz" 'qu ux' a\\ b)))
IO.inspect(OptionParser.to_argv(verbose: true, count: 2, name: "x"))
try do
  OptionParser.parse!(["--count", "nope"], strict: [count: :integer])
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(OptionParser.next(["--a=1", "b"], switches: [a: :integer]))

uri = URI.parse("https://user:pw@example.com:8443/a/b%20c?x=1&y=two&x=3#frag")
IO.inspect(uri)
IO.inspect(URI.decode_query(uri.query))
IO.inspect(URI.query_decoder(uri.query) |> Enum.to_list())
IO.inspect(URI.encode_query(%{"q" => "elixir lang", "page" => 2}))
IO.inspect(URI.encode_query([a: "x y", b: "&"], :rfc3986))
IO.inspect(URI.encode("a b/ü?"))
IO.inspect(URI.encode_www_form("a b+c"))
IO.inspect(URI.decode("%E2%9C%93"))
IO.inspect(URI.merge("http://x.com/a/b", "../c?d=1") |> to_string())
IO.inspect(URI.to_string(%URI{scheme: "http", host: "h", path: "/p", query: "a=1"}))
IO.inspect(URI.parse("mailto:a@b.com"))
IO.inspect(URI.default_port("ftp"))
IO.inspect(URI.new("http://[::1]:80/x"))
IO.inspect(URI.new(":bad"))

Application.put_env(:myapp, :db, host: "localhost", pool: 5)
IO.inspect(Application.get_env(:myapp, :db))
IO.inspect(Application.fetch_env(:myapp, :missing))
IO.inspect(Application.get_env(:myapp, :missing, :dflt))
try do
  Application.fetch_env!(:myapp, :missing)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Path.join(["a", "b", "../c.txt"]))
IO.inspect(Path.expand("a/../b", "/root"))
IO.inspect(Path.extname("archive.tar.gz"))
IO.inspect(Path.rootname("archive.tar.gz", ".gz"))
IO.inspect(Path.split("/usr/local/bin"))
IO.inspect(Path.relative_to("/a/b/c", "/a"))
IO.inspect(Path.wildcard("/nonexistent/*.ex"))
IO.inspect(Path.basename("/x/y.exs", ".exs"))
IO.inspect(Path.dirname("/x/y/z"))
IO.inspect(Path.type("./rel"))
