# A deploy CLI's argument handling: parsing, validation, and the messages users see for typos
# ("Did you mean --environment?"), ending with parse!/2 raising on a mistyped switch.
defmodule DeployCLI do
  @switches [environment: :string, replicas: :integer, dry_run: :boolean, verbose: :count, tag: :keep, version: :boolean, timeout: :float]
  @aliases [e: :environment, n: :dry_run, v: :verbose, t: :tag]

  def parse(argv) do
    case OptionParser.parse(argv, strict: @switches, aliases: @aliases) do
      {opts, [command | rest], []} -> {:ok, command, rest, opts}
      {_opts, [], []} -> {:error, "no command given"}
      {_, _, invalid} -> {:error, Enum.map_join(invalid, "; ", &describe/1)}
    end
  end

  defp describe({switch, nil}), do: "#{switch} needs a value or is unknown"
  defp describe({switch, value}), do: "#{switch} got bad value #{inspect(value)}"

  def parse!(argv) do
    {opts, args} = OptionParser.parse!(argv, strict: @switches, aliases: @aliases)
    {opts, args}
  end
end

runs = [
  ~w(deploy --environment prod --replicas 3 -vv -t a -t b api),
  ~w(deploy -e staging -n --timeout 1.5 web),
  ~w(--replicas three deploy),
  ~w(--dry-run),
  ~w(deploy --enviroment prod),
  ~w(rollback --replica 2 --verbos),
  ~w(status --timeout=abc --no-dry-run),
  ~w(status -- --not-parsed)
]

for argv <- runs do
  IO.puts(String.pad_trailing(Enum.join(argv, " "), 50) <> " " <> inspect(DeployCLI.parse(argv)))
end

# what parse!/2 says about each mistake
attempts = [
  ~w(deploy --enviroment prod),
  ~w(deploy --replica 2),
  ~w(deploy --verbos --versin),
  ~w(deploy --dryrun),
  ~w(deploy --dry_run),
  ~w(deploy --tmeout 2),
  ~w(deploy --xyz),
  ~w(deploy -q),
  ~w(deploy --replicas),
  ~w(deploy --replicas x --timeout y),
  ~w(deploy --no-verbose)
]

for argv <- attempts do
  try do
    IO.inspect(DeployCLI.parse!(argv), label: Enum.join(argv, " "))
  rescue
    e in OptionParser.ParseError -> IO.puts("#{Enum.join(argv, " ")}\n  " <> String.replace(Exception.message(e), "\n", "\n  "))
  end
end

# equally close switches: the later one is suggested; aliases are not candidates
for {argv, strict, aliases} <- [
      {~w(--vers), [verbose: :boolean, version: :boolean], []},
      {~w(--vers), [version: :boolean, verbose: :boolean], []},
      {~w(--limitt), [other: :boolean], [limit: :other]},
      {~w(--abxd), [abcd: :boolean], []},
      {~w(--abcdefgxyz), [abcdefghij: :boolean], []},
      {~w(--lmt), [limit: :integer], []}
    ] do
  try do
    OptionParser.parse!(argv, strict: strict, aliases: aliases)
  rescue
    e -> IO.puts(Exception.message(e) |> String.split("\n") |> List.last())
  end
end

IO.inspect(OptionParser.to_argv(environment: "prod", dry_run: true, verbose: 2), label: "to_argv")
DeployCLI.parse!(~w(deploy --environmnt prod --replicas 2))
