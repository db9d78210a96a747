# a bare name in a macro's body that is no variable: the warning names the macro as defmacro
# wrote it (M.m/1, its __ENV__.function), not its compiled function "MACRO-m"/2
defmodule M do
  defmacro m(x) do
    quote do
      {unquote(x), unquote(name)}
    end
  end
end
