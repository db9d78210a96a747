# Version: parse/parse!, compare, match? with allow_pre, requirements (and/or, ~>, deprecated !=), inspect and to_string
IO.inspect(Version.parse("1.2.3"))
IO.inspect(Version.parse("1.2.3-rc.1+build.5"))
IO.inspect(Version.parse("1.2"))
IO.inspect(Version.parse("01.2.3"))
IO.inspect(Version.parse(" 1.2.3"))
IO.inspect(Version.parse("1.2.3-"))
IO.inspect(Version.parse("1.2.3-01"))
IO.inspect(Version.parse("1.2.3-alpha.01"))
IO.inspect(Version.parse("1.2.3+"))
IO.inspect(Version.parse("1.2.3-a-b.c--d"))
v = Version.parse!("2.0.1-alpha.2+x.y")
IO.inspect(v, structs: false)
IO.puts(v)
IO.puts(Version.to_string(v))
IO.inspect(Version.compare("1.0.0", "1.0.0-rc.1"))
IO.inspect(Version.compare("1.0.0-alpha.1", "1.0.0-alpha.beta"))
IO.inspect(Version.compare("1.0.0-alpha.2", "1.0.0-alpha.10"))
IO.inspect(Version.compare("1.0.0-alpha", "1.0.0-alpha.1"))
IO.inspect(Version.compare("1.0.0+a", "1.0.0+b"))
IO.inspect(Version.compare(v, "2.0.1"))
try do Version.parse!("x") rescue e -> IO.inspect(e); IO.puts(Exception.message(e)) end
try do Version.compare("x", "1.0.0") rescue e -> IO.inspect(e) end
{:ok, r} = Version.parse_requirement("~> 2.0")
IO.inspect(r)
IO.puts(r)
IO.inspect(Version.parse_requirement("~> 2"))
IO.inspect(Version.parse_requirement(">= 1.0.0 and < 2.0.0 or == 3.0.0"))
IO.inspect(Version.parse_requirement("1.0.0"))
IO.inspect(Version.parse_requirement("!= 1.0.0"))
IO.inspect(Version.parse_requirement(">=1.0.0"))
IO.inspect(Version.parse_requirement("> 1.0"))
IO.inspect(Version.parse_requirement("~> 1.0.0-rc"))
IO.inspect(Version.parse_requirement("and 1.0.0"))
try do Version.parse_requirement!("~>") rescue e -> IO.inspect(e); IO.puts(Exception.message(e)) end
for {ver, req} <- [{"2.1.0", "~> 2.0"}, {"3.0.0", "~> 2.0"}, {"2.0.5", "~> 2.0.1"}, {"2.1.0", "~> 2.0.1"},
                   {"2.1.0-dev", "~> 2.0"}, {"2.0.0-dev", "~> 2.0"}, {"2.0.0-dev", "~> 2.0-dev"}, {"2.1.0-dev", "~> 2.0.0-dev"},
                   {"1.5.0", ">= 1.0.0 and < 2.0.0"}, {"3.0.0", ">= 1.0.0 and < 2.0.0 or == 3.0.0"},
                   {"1.0.0-rc.1", ">= 0.9.0"}, {"1.0.0-rc.1", "< 1.0.0"}, {"1.0.0", "1.0.0"}, {"1.0.0+b", "== 1.0.0"},
                   {"1.0.1", "!= 1.0.0"}, {"1.0.0-rc.1", "> 1.0.0-beta"}, {"0.1.5", "~> 0.1"}, {"1.0.0-rc", "~> 1.0-rc"}] do
  IO.puts("#{ver} #{req}: #{Version.match?(ver, req)} #{Version.match?(ver, req, allow_pre: false)}")
end
try do Version.match?("1.0.0", "~>") rescue e -> IO.inspect(e) end
IO.inspect(Version.compile_requirement(r) == r)
IO.inspect(Version.match?(v, r))
IO.inspect(%Version{major: 1, minor: 2, patch: 3})
IO.inspect([Version.parse!("1.0.0"), Version.parse!("0.1.0")] |> Enum.sort(Version))
IO.inspect(Enum.max([Version.parse!("1.0.0"), Version.parse!("1.10.0"), Version.parse!("1.9.0")], Version))
IO.inspect(Version.parse!("1.2.3").major)
deps = [{"phoenix", "~> 1.6"}, {"ecto", ">= 3.0.0 and < 4.0.0"}, {"jason", "~> 1.2.2"}]
available = %{"phoenix" => ["1.5.9", "1.6.0-rc.0", "1.6.15", "1.7.0"], "ecto" => ["2.2.0", "3.9.4", "4.0.0-dev"], "jason" => ["1.2.1", "1.2.2", "1.2.9", "1.3.0"]}
for {name, req} <- deps do
  best = available[name] |> Enum.filter(&Version.match?(&1, req, allow_pre: false)) |> Enum.max_by(&Version.parse!/1, Version, fn -> nil end)
  IO.puts("#{name} #{req} -> #{inspect(best)}")
end
IO.puts("v#{Version.parse!("1.2.3-beta.1")}")
IO.inspect(%{Version.parse!("1.2.3") | pre: ["rc", 0]})
IO.inspect(Version.parse("1.2.3.4"))
IO.inspect(Version.parse("v1.2.3"))
IO.inspect(Version.compare(Version.parse!("1.0.0-10"), Version.parse!("1.0.0-2")))
