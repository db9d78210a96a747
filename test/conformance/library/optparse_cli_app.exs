# A small CLI: argument parsing with OptionParser, then formatted output
defmodule CLI do
  @switches [verbose: :count, output: :string, limit: :integer, dry_run: :boolean, tag: :keep]
  @aliases [v: :verbose, o: :output, n: :limit]
  def main(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, files, []} -> run(opts, files)
      {_, _, invalid} -> IO.puts("invalid: " <> Enum.map_join(invalid, ", ", fn {k, v} -> "#{k}=#{inspect(v)}" end))
    end
  end
  defp run(opts, files) do
    level = Keyword.get(opts, :verbose, 0)
    limit = Keyword.get(opts, :limit, 10)
    tags = Keyword.get_values(opts, :tag)
    IO.puts("verbosity #{level}, limit #{limit}, dry_run #{Keyword.get(opts, :dry_run, false)}")
    IO.puts("tags: #{inspect(tags)}; output: #{opts[:output] || "stdout"}")
    files |> Enum.take(limit) |> Enum.with_index(1) |> Enum.each(fn {f, i} -> IO.puts("  #{i}. #{f}") end)
  end
end
CLI.main(~w(-vv --limit 2 a.txt b.txt c.txt --tag x --tag y))
CLI.main(~w(--dry-run -o out.log --no-dry-run file))
CLI.main(~w(--limit many -x))
CLI.main(OptionParser.split(~s(--output "my file.txt" "first arg" second)))
IO.inspect OptionParser.to_argv([verbose: 2, output: "o"], switches: [verbose: :count])
