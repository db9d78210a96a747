# a literal <<>> operand of <> that is not whole bytes: elixir_bitstring's CompileError, raised
# while Kernel.<>/2 expands, so its trace shows that expansion and where the code is
sources = [
  ~S[x = <<1::1>> <> "a"],
  ~S[x = "a" <> <<1::1>> <> "b"],
  ~S["a" <> <<1::1>> = "b"],
  ~S[case "b" do <<1::3>> <> y -> y end],
  ~S[defmodule M1 do def f(x), do: <<1::1>> <> x end],
  ~S[defmodule M2 do def f(<<1::1>> <> x), do: x end],
  ~S[defmodule M3 do def f(x), do: fn -> "a" <> <<1::1>> end end],
  ~S[defmodule M4 do x = <<1::1>> <> "a" end]
]
for src <- sources do
  IO.puts(src)
  try do
    Code.eval_string(src)
  rescue
    e ->
      IO.inspect(e)
      IO.inspect(Enum.take(__STACKTRACE__, 4))
  end
end
