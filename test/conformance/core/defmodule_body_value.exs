# defmodule returns {:module, name, binary, value}: value is what the body's last expression gave
show = fn {:module, m, bin, last} ->
  last = with {:module, inner, b, v} when is_binary(b) <- last, do: {:module, inner, :bin, v}
  IO.inspect({m, is_binary(bin), last})
end

defmodule Helper do
  defmacro __using__(_), do: quote(do: (def u, do: 1; @z 3))
  defmacro __before_compile__(_), do: quote(do: def(bc, do: 1))
end

show.(defmodule Empty do end)
show.(defmodule Def1 do def f(x), do: x end)
show.(defmodule Defp do defp f(x), do: x; def g, do: f(1) end)
show.(defmodule Macro1 do defmacro m(x), do: x end)
show.(defmodule MacroP do defmacrop mp(x), do: x; def g, do: mp(1) end)
show.(defmodule Defaults do def f(a, b \\ 1), do: {a, b} end)
show.(defmodule Header do def f; def f, do: 1 end)
show.(defmodule Guarded do def f(x) when x > 1, do: x; def f(x), do: x end)
show.(defmodule Guard do defguard is_one(x) when x == 1 end)
show.(defmodule Delegate do defdelegate up(s), to: String, as: :upcase end)
show.(defmodule AttrSet do @x 1; def f, do: @x end)
show.(defmodule AttrRead do @x %{a: [1]}; def f, do: @x; @x end)
show.(defmodule Moduledoc do @moduledoc "text" end)
show.(defmodule Struct1 do defstruct a: 1, b: [2] end)
show.(defmodule Struct2 do @enforce_keys [:a]; defstruct [:a] end)
show.(defmodule Exc do defexception message: "x" end)
show.(defmodule Agent1 do use Agent end)
show.(defmodule Using do use Helper; def f, do: @z end)
show.(defmodule BeforeCompile do @before_compile Helper; def f, do: 1 end)
show.(defmodule Imports do import Enum, only: [map: 2]; def f, do: map([], & &1); import List end)
show.(defmodule Aliases do alias String.{Chars, Break}; def f, do: {Chars, Break} end)
show.(defmodule AliasAs do def f, do: C; alias String.Chars, as: C end)
show.(defmodule Requires do require Logger end)
show.(defmodule Code1 do x = 5; x * 2 end)
show.(defmodule Code2 do if true, do: def(f, do: 1) end)
show.(defmodule Code3 do for n <- [:a, :b], do: def unquote(n)(), do: 1 end)
show.(defmodule Code4 do y = (@a 1); def f, do: @a; z = (def g, do: 2); {y, z} end)
show.(defmodule Overridable do def f, do: 1; defoverridable f: 0 end)
show.(defmodule Nested do defmodule Inner do def f, do: 1 end end)
show.(defmodule Literal do :done end)
show.(defprotocol Proto do def p(x) end)
show.(defimpl Proto, for: Integer do def p(x), do: x end)
IO.inspect(Code.eval_string("defmodule Evaluated do def f, do: 1 end") |> elem(0) |> elem(3))
