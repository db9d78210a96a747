# Code.compile_string of modules and top-level code: the checker's warnings (undefined remote
# calls) come once the code has run, the compiler's (unused variables) as each module is defined
Code.compile_string("""
defmodule Checked do
  def f(unused), do: Nope.z()
end
IO.puts(:stderr, "the file's code ran")
""", "checked.ex")

# a compiled file that raises: no checker warnings
try do
  Code.compile_string("""
  defmodule Raised do
    def g, do: Nope.y()
  end
  raise "stop"
  """, "raised.ex")
rescue
  e -> IO.puts(:stderr, Exception.message(e))
end
IO.puts(:stderr, "done")
