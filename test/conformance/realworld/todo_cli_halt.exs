defmodule Todo.CLI do
  @switches [file: :string, verbose: :boolean, priority: :integer, tag: :keep]
  @aliases [f: :file, v: :verbose, p: :priority, t: :tag]

  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, ["add" | words], []} when words != [] -> add(Enum.join(words, " "), opts)
      {opts, ["list"], []} -> list(opts)
      {_, [], []} -> usage(1)
      {_, [cmd | _], []} -> IO.puts(:stderr, "unknown command #{cmd}"); usage(2)
      {_, _, invalid} -> IO.puts("invalid options: #{inspect(invalid)}"); 3
    end
  end

  defp add(text, opts) do
    item = %{text: text, priority: Keyword.get(opts, :priority, 3), tags: Keyword.get_values(opts, :tag)}
    if opts[:verbose], do: IO.inspect(item, label: "adding")
    IO.puts(IO.ANSI.format([:green, "added: ", :reset, text, " ", :faint, inspect(item.tags)], false) |> IO.iodata_to_binary())
    0
  end

  defp list(opts) do
    items = [{1, "buy milk"}, {3, "write report"}, {2, "call bob"}]
    items |> Enum.sort() |> Enum.each(fn {p, t} -> IO.puts("[#{p}] #{t}") end)
    if opts[:verbose], do: IO.puts("#{length(items)} items")
    0
  end

  defp usage(code) do
    IO.puts("usage: todo [add TEXT | list] [-v] [-p N] [-t TAG]...")
    code
  end
end

runs = [
  ~w(add buy more milk -p 1 -t home -t errands),
  ~w(list -v),
  ~w(add --verbose ship it --tag work),
  ~w(list --priority high),
  ~w(list --unknown),
  ~w(frobnicate),
  []
]

codes = for argv <- runs do
  IO.puts("$ todo " <> Enum.join(argv, " "))
  Todo.CLI.main(argv)
end
IO.inspect(codes, label: "exit codes")
IO.inspect(OptionParser.split(~s(add "quoted words" -t 'x y')), label: "split")
IO.inspect(OptionParser.to_argv(file: "a.txt", verbose: true, priority: 2), label: "to_argv")
IO.inspect(OptionParser.parse(["--no-verbose", "-vp", "5"], switches: [verbose: :boolean, priority: :integer], aliases: [v: :verbose, p: :priority]))
IO.inspect(OptionParser.parse_head(["--x", "1", "cmd", "--y"], strict: [x: :integer, y: :boolean]))
try do
  OptionParser.parse!(["--priority", "abc"], strict: [priority: :integer])
rescue
  e in OptionParser.ParseError -> IO.puts("ParseError: " <> Exception.message(e))
end
System.halt(Enum.max(codes))
