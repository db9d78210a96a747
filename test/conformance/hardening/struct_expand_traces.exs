# The expander's frames are the whole stack trace of an error raised while expanding a struct
# or a macro in code compiled at run time (Code.compile_string, a script's defmodule)
defmodule A do
  defstruct [:x]
  defmacro m, do: raise "boom"
end
try do
  Code.compile_string("defmodule B do\n def f(v), do: %A{v | y: 2}\nend")
rescue e -> IO.inspect {e, __STACKTRACE__}
end
try do
  Code.compile_string("defmodule C do\n require A\n def f(v), do: A.m()\nend")
rescue e -> IO.inspect {e, __STACKTRACE__}
end
try do
  Code.compile_string("defmodule C2 do\n require A\n A.m()\nend")
rescue e -> IO.inspect {e, __STACKTRACE__}
end
try do
  Code.compile_string("defmodule D do\n def f(x) do\n fn -> %A{x | z: 1} end\n end\nend")
rescue e -> IO.inspect {e, __STACKTRACE__}
end
try do
  Code.compile_string("defmodule E do\n def f(%A{w: 1}), do: 1\nend")
rescue e -> IO.inspect {e, __STACKTRACE__}
end
