# OptionParser's runtime deprecation warnings, with the frames Elixir 1.14 prints under them
OptionParser.parse(["--a"])
OptionParser.parse_head(["--a"])
OptionParser.next(["--a"])
OptionParser.parse!(["--a"])
OptionParser.parse_head!(["--a"])
OptionParser.parse(["-ab"], aliases: [ab: :foo], switches: [foo: :boolean])
OptionParser.parse_head(["-ab", "x"], aliases: [ab: :foo], strict: [foo: :string])
OptionParser.next(["-ab", "x"], aliases: [ab: :foo], strict: [foo: :string])

defmodule Cli do
  def main(argv), do: OptionParser.parse(argv)
end

Cli.main(["--verbose"])

for {f, args} <- [
      {&OptionParser.parse/2, [["--a"], [strict: [], switches: []]]},
      {&OptionParser.parse/2, [["--a", "x"], [switches: [a: :bogus]]]},
      {&OptionParser.parse_head/2, [["--a", "x"], [strict: [a: [:keep, :bogus]]]]},
      {&OptionParser.parse!/2, [["--a", "x"], [strict: [a: :integer]]]},
      {&OptionParser.parse_head!/2, [["--a", "x"], [strict: [a: :integer]]]}
    ] do
  try do
    apply(f, args)
  rescue
    e -> IO.warn(Exception.message(e), __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) == OptionParser)))
  end
end
