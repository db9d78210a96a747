# the undefined locals of a module compiled by Code.compile_string: the others are warnings
# printed before the CompileError is raised, and one nested module's are told before its error
try do
  Code.compile_string("""
  defmodule Q do
    def a, do: foo(1)
    def b, do: bar(2)
  end
  """)
rescue
  e -> IO.inspect(e)
end
defmodule O do
  def a, do: zz()
  defmodule I do
    def a, do: foo(1)
    def b, do: bar(2)
  end
end
