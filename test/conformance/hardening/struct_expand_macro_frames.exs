# A struct's expansion error inside a macro's argument: Elixir expands the macro's result inside
# the macro's dispatch, so the trace holds each macro around the struct (innermost first, the
# BEAM's 8 frames at most), a lambda's body in those it was written in
defmodule S do
  defstruct [:a]
end
defmodule Mac do
  defmacro wrap(x), do: quote(do: {:w, unquote(x)})
end
compile = fn code ->
  try do
    Code.compile_string(code)
  rescue e -> IO.inspect {e, __STACKTRACE__}
  end
end
compile.("defmodule U1 do\n def f(y), do: if(y, do: %S{b: 1})\nend")
compile.("defmodule U2 do\n def f, do: \"\#{%S{b: 1}}\"\nend")
compile.("defmodule U3 do\n def f, do: to_string(%S{b: 1})\nend")
compile.("defmodule U4 do\n require Mac\n def f(y) do\n if y do\n Mac.wrap(%S{b: 1})\n end\n end\nend")
compile.("defmodule U5 do\n def f(y), do: y |> then(fn z -> if(z, do: unless(z, do: %S{b: 1})) end)\nend")
compile.("defmodule U6 do\n x = 1\n if x, do: to_string(%S{b: 1})\nend")
compile.("defmodule U7 do\n def f(y), do: y |> Kernel.then(fn %S{c: 1} -> 1 end)\nend")
compile.("defmodule U8 do\n def f(y), do: %S{y | d: 1} && 1\nend")
compile.("defmodule U9 do\n def f, do: %S{e: 1}\nend")
compile.("defmodule U10 do\n def f(y) do\n if y do\n case y do\n 1 -> fn -> [%S{g: 1}] end\n end\n end\n end\nend")
