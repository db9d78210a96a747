# A call with one argument before its keywords, f(a,\n  k: v\n), keeps `f(a,` on its first line
# only when that fits the width: else every argument goes on a line of its own (a tuple there
# filling its lines, a call one argument a line), as Elixir 1.14's formatter does. An atom
# written as :name has its line as any literal does, so `f(:ok,\n  k: v)` keeps its break.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("IO.inspect(\n  {:inet.parse_address(text), :inet.parse_strict_address(text), :inet.parse_ipv4_address(text), :inet.parse_ipv6_address(text)},\n  label: inspect(text)\n)")
t.("IO.inspect({:inet.parse_address(text), :inet.parse_strict_address(text), :inet.parse_ipv4_address(text), :inet.parse_ipv6_address(text)},\n  label: inspect(text)\n)")
t.("IO.inspect(foo(:inet.parse_address(text), :inet.parse_strict_address(text), :inet.parse_ipv4_address(text), :inet.parse_ipv6_address(text)),\n  label: inspect(text)\n)")
t.("IO.inspect(1,\n  label: inspect(text)\n)")
t.("IO.inspect(x,\n  label: inspect(text))")
t.("IO.inspect(:ok,\n  label: inspect(text)\n)")
t.("IO.inspect(:ok, :ok,\n  label: inspect(text))")
t.("IO.inspect(:ok,\n :ok)")
t.("foo :ok,\n  label: inspect(text)")
t.(":a.b\n:a.b()\nx = :a.b.c\n&:erlang.foo/1")
t.("x = %{:a => 1, :b => :c}\ny = [{:a, 1}, {:b, :c}]\ncase x do\n  :a -> :b\n  {:ok, :c} when x == :d -> :e\nend")
t.("@spec f(:a | :b) :: :ok | :error\nimport Kernel, only: :macros\nx = :a in [:a, :b]\n:a |> f()\nx = :\"foo bar\"\ny = :\"foo\"\nz = [:true, :nil, :\"<|>\"]")
