# @ where no module is being defined, and an attribute set inside a function or macro
cases = [
  "@foo 1",
  "IO.puts @foo",
  "f = fn -> @foo end",
  "Enum.each([1], fn _ -> @x 2 end)",
  "defmodule AttrScope1 do\n  def f, do: (@foo 1)\nend",
  "defmodule AttrScope2 do\n  defmacro m, do: (@foo 1)\nend",
  "defmodule AttrScope3 do\n  def f(x) do\n    fn -> @foo x end\n  end\nend"
]
for code <- cases do
  try do
    Code.eval_string(code)
  rescue
    e -> IO.inspect({e, __STACKTRACE__})
  end
end
