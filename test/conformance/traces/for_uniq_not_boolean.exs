# :uniq takes a literal boolean: anything else is a CompileError showing the option as Elixir
# expanded it (`"-l" in opts` is Enum.member?/2), with no frames at a script's top level
opts = ["-l", "-a"]
files = ["b", "a", "b"]

listed = for f <- files, uniq: "-l" in opts, do: String.upcase(f)
IO.inspect(listed)
