# Code.compiler_options(ignore_module_conflict: true) silences "redefining module" for a script's
# defmodule and for modules compiled at run time, until it is set back.
defmodule A do def f, do: 1 end
defmodule M do defmacro m, do: 1 end
Code.compiler_options(ignore_module_conflict: true)
defmodule A do def f, do: 2 end
defmodule M do defmacro m, do: 2 end
Code.eval_string("defmodule A do def f, do: 3 end")
Code.compile_string("defmodule A do def f, do: 4 end")
IO.inspect(A.f())
Code.compiler_options(ignore_module_conflict: false)
defmodule A do def f, do: 5 end
IO.inspect(A.f())
