# __ENV__.context_modules: the modules defined so far where the code is written (scoped as aliases), a body seeing its own module first
IO.inspect __ENV__.context_modules, label: "top0"
defmodule A do
  IO.inspect __ENV__.context_modules, label: "A body"
  defmodule B do
    IO.inspect __ENV__.context_modules, label: "B body"
  end
  IO.inspect __ENV__.context_modules, label: "A after B"
  def f, do: __ENV__.context_modules
end
IO.inspect __ENV__.context_modules, label: "top1"
defmodule C do
  IO.inspect __ENV__.context_modules, label: "C body"
  def f, do: __ENV__.context_modules
end
IO.inspect {A.f(), C.f()}
if true do
  defmodule D do
    IO.inspect __ENV__.context_modules, label: "D body"
  end
end
IO.inspect __ENV__.context_modules, label: "top2"
Code.eval_string("defmodule E do\nIO.inspect __ENV__.context_modules, label: \"E body\"\nend")
