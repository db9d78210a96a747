# Version.match?/3 and compile_requirement/1 fail where Elixir 1.14's do: a version that is no
# string in Version.Parser.parse_version/2 (called through to_matchable/2), a requirement that is
# no Version.Requirement in Version.Requirement.match?/2 or compile_requirement/1
bad = [
  {"match?(1, 2)", fn -> Version.match?(1, 2) end},
  {"match?(1, \"~> 1.0\")", fn -> Version.match?(1, "~> 1.0") end},
  {"match?(\"1.0.0\", 2)", fn -> Version.match?("1.0.0", 2) end},
  {"match?(\"1.0.0\", :a, allow_pre: false)", fn -> Version.match?("1.0.0", :a, allow_pre: false) end},
  {"match?(\"x\", \"~> 1.0\")", fn -> Version.match?("x", "~> 1.0") end},
  {"compile_requirement(1)", fn -> Version.compile_requirement(1) end},
  {"compare(1, \"1.0.0\")", fn -> Version.compare(1, "1.0.0") end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end

req = Version.parse_requirement!(">= 1.0.0-rc and < 2.0.0")
IO.inspect(Version.compile_requirement(req) == req)
IO.inspect({Version.match?("1.5.0", req), Version.match?("1.1.0-dev", req, allow_pre: false), Version.match?(Version.parse!("2.0.0"), req)})
Version.match?(:not_a_version, "~> 1.0")
