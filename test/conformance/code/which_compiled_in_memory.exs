# :code.which/1 of modules compiled in memory (a script's defmodule, Code.compile_string, a
# module defined while the script runs) is [], as the BEAM loaded them from no file
defmodule InScript do
  def hi, do: :hi
end

IO.inspect(:code.which(InScript))
[{FromString, _}] = Code.compile_string("defmodule FromString do end")
IO.inspect(:code.which(FromString))
IO.inspect(:code.is_loaded(FromString))
{:module, AtRunTime, _, _} = defmodule(AtRunTime, do: def(x, do: 1))
IO.inspect(:code.which(AtRunTime))
IO.inspect(:code.which(Enum) |> is_list())
IO.inspect(:code.which(NoSuchModule))
