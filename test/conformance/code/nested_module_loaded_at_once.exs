# A nested module is loaded as soon as its defmodule is compiled: the rest of the outer body may
# call it. A module loaded early (macros, nesting) is loaded once: no old version of itself, and a
# redefinition is still warned of.
defmodule Outer do
  defmodule Inner do
    def x, do: 41
  end
  @v Inner.x() + 1
  IO.puts(Inner.x())
  def v, do: @v
end
IO.puts(Outer.v())
IO.inspect({:erlang.check_old_code(Outer), :erlang.check_old_code(Outer.Inner)})

defmodule Mac do
  defmacro m, do: 1
end
IO.inspect(:erlang.check_old_code(Mac))

Code.compile_string("defmodule Mac2 do\n  defmacro m, do: 1\nend")
IO.inspect(:erlang.check_old_code(Mac2))

defmodule Mac do
  defmacro m, do: 2
end

defmodule O do
  defmodule I do
    def x, do: 1
  end
end

defmodule O do
  defmodule I do
    def x, do: 2
  end
end

IO.inspect({:erlang.check_old_code(Mac), :erlang.check_old_code(O.I), O.I.x()})

try do
  Code.compile_string("""
  defmodule O2 do
    defmodule I2 do
      def x, do: 1
    end
    @a I2.x()
    def f, do: nope()
  end
  """)
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect({Code.ensure_loaded?(O2.I2), Code.ensure_loaded?(O2)})

{:module, R, _, _} =
  defmodule R do
    defmodule S do
      def s, do: :s
    end

    IO.inspect(S.s())
  end

IO.inspect(:code.all_loaded() |> Enum.filter(fn {m, _} -> m in [R, R.S] end) |> Enum.sort())
