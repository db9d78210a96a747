defmodule Todo.CLI do
  @switches [verbose: :boolean, priority: :integer, tag: :keep, format: :string, help: :boolean]
  @aliases [v: :verbose, p: :priority, t: :tag, h: :help]

  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, cmd, []} -> run(cmd, opts)
      {_, _, invalid} ->
        IO.puts(:stderr, "invalid: #{inspect(invalid)}")
        {:error, invalid}
    end
  end

  defp run(["add" | words], opts) do
    item = %{title: Enum.join(words, " "), priority: Keyword.get(opts, :priority, 3), tags: Keyword.get_values(opts, :tag)}
    if opts[:verbose], do: IO.inspect(item, label: "adding")
    {:ok, item}
  end
  defp run(["list"], opts) do
    fmt = Keyword.get(opts, :format, "plain")
    {:ok, {:list, fmt}}
  end
  defp run([], help: true), do: {:ok, :help}
  defp run(other, _), do: {:error, {:unknown, other}}
end

args = [
  ~w(add buy milk -p 1 -t home -t food -v),
  ~w(list --format json),
  ~w(list --format),
  ~w(--help),
  ~w(add x --priority abc),
  ~w(add x --bogus),
  ~w(frob),
  ["add", "--", "-p", "literal"]
]
for a <- args, do: IO.inspect(Todo.CLI.main(a), label: Enum.join(a, " "))

IO.inspect(OptionParser.parse(["--no-color", "--size=10", "file"], switches: [color: :boolean, size: :integer]))
IO.inspect(OptionParser.parse(["-abc", "--x-y", "1"], switches: [x_y: :integer]))
IO.inspect(OptionParser.parse(["--ratio", "0.5", "--name", "n"], strict: [ratio: :float, name: :string]))
IO.inspect(OptionParser.parse!(["--count", "3"], strict: [count: :integer]))
IO.inspect(OptionParser.split(~s(foo "bar baz" 'qux quux' a\\ b)))
IO.inspect(OptionParser.to_argv([foo: 1, bar_baz: true, q: false, name: "x y"]))
IO.inspect(OptionParser.next(["--a", "1", "rest"], switches: [a: :integer]))
IO.inspect(System.argv(), label: "argv")
IO.inspect(OptionParser.parse(["--limit", "5", "-l", "6"], strict: [limit: :count], aliases: [l: :limit]))
IO.inspect(OptionParser.parse(["--limit", "-l"], strict: [limit: :count], aliases: [l: :limit]))
try do
  OptionParser.parse!(["--count", "x"], strict: [count: :integer])
rescue
  e -> IO.puts(Exception.format(:error, e))
end
OptionParser.parse!(["--unknown"], strict: [count: :integer])
