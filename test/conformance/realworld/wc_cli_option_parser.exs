defmodule WC.CLI do
  @switches [lines: :boolean, words: :boolean, top: :integer, sep: :string, verbose: :count]
  @aliases [l: :lines, w: :words, t: :top, v: :verbose]
  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, files, []} -> run(opts, files)
      {_, _, invalid} -> IO.puts(:stderr, "invalid: #{inspect(invalid)}"); {:error, invalid}
    end
  end
  defp run(opts, files) do
    IO.inspect(opts, label: "opts")
    text = if files == [], do: IO.read(:stdio, :eof), else: Enum.map_join(files, "\n", &File.read!/1)
    text = if text == :eof, do: "", else: text
    lines = String.split(text, "\n", trim: true)
    words = String.split(text)
    if opts[:lines], do: IO.puts("lines: #{length(lines)}")
    if opts[:words], do: IO.puts("words: #{length(words)}")
    top = Keyword.get(opts, :top, 3)
    words
    |> Enum.map(&String.downcase(String.trim(&1, ".,!?")))
    |> Enum.frequencies()
    |> Enum.sort_by(fn {w, c} -> {-c, w} end)
    |> Enum.take(top)
    |> Enum.with_index(1)
    |> Enum.each(fn {{w, c}, i} -> IO.puts("#{i}. #{String.pad_trailing(w, 8)}#{c}") end)
    :ok
  end
end
IO.inspect(System.argv())
IO.inspect(OptionParser.parse(["--lines", "-w", "--top", "2", "-vv", "a.txt"], strict: [lines: :boolean, words: :boolean, top: :integer, verbose: :count], aliases: [w: :words, v: :verbose]))
IO.inspect(OptionParser.parse(["--top", "x", "--nope"], strict: [top: :integer]))
IO.inspect(OptionParser.parse(["--no-color", "--name=joe", "rest", "--", "--x"], switches: [color: :boolean, name: :string]))
IO.inspect(OptionParser.parse!(["--n", "3"], strict: [n: :integer]))
IO.inspect(OptionParser.split(~s(foo "bar baz" 'q x' a\\ b)))
IO.inspect(OptionParser.to_argv([foo: 1, bar: true, baz: false]))
IO.inspect(OptionParser.next(["--a", "1"], switches: [a: :integer]))
try do
  OptionParser.parse!(["--n", "x"], strict: [n: :integer])
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  OptionParser.parse!(["--zz"], strict: [n: :integer])
rescue
  e -> IO.inspect(e)
end
IO.inspect(OptionParser.parse(["-abc"], aliases: [a: :all], switches: [all: :boolean]))
IO.inspect(OptionParser.parse(["--n", "1", "--n", "2"], strict: [n: [:integer, :keep]]))
IO.inspect(OptionParser.parse(["--ratio", "1.5", "--fl", "3"], strict: [ratio: :float, fl: :float]))
WC.CLI.main(["-l", "-w", "--top", "2"])
WC.CLI.main(["--bogus"])
