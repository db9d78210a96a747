# Evaluated code's own aliases and imports are never reported unused (config files evaluated with
# `import Config` and nothing else among them); those of a module it defines are, and the file's
# own are too.
import String
Code.eval_string("import Enum")
Code.eval_string("alias String.Chars")
Code.eval_string("import List, only: [first: 1]\n:ok")
Code.eval_string("""
defmodule EvalDefined do
  alias Enum.Unused
  def f, do: :ok
end
""")
IO.puts(EvalDefined.f())
