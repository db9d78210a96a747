# Modules loaded while their file still compiles (one defining macros, one nested in a module whose
# body calls it) are warned of when redefined, as any other: the warning names the version they
# replaced when they were loaded early.
defmodule Mac do
  defmacro m, do: 1
end

defmodule Mac do
  defmacro m, do: 2
end

defmodule Outer do
  defmodule Inner do
    def x, do: 1
  end

  @x Inner.x()
  def x, do: @x
end

defmodule Outer do
  defmodule Inner do
    def x, do: 2
  end

  @x Inner.x()
  def x, do: @x
end

Code.compile_string("defmodule Mac do\n  defmacro m, do: 3\nend", "again.ex")
IO.inspect({Outer.x(), :erlang.check_old_code(Mac), :erlang.check_old_code(Outer.Inner)})
