# Code.eval_quoted / eval_string given a Macro.Env run as in its module and function
defmodule InMod do
  def ev, do: Code.eval_quoted(quote(do: {__MODULE__, __ENV__.function}), [], __ENV__) |> elem(0)
  def ev_string(x), do: Code.eval_string("{__MODULE__, __ENV__.function, __ENV__.module, x}", [x: x], __ENV__) |> elem(0)
  def ev_fn, do: Code.eval_quoted(quote(do: (fn -> {__MODULE__, __ENV__.function} end).()), [], __ENV__) |> elem(0)
end
IO.inspect InMod.ev()
IO.inspect InMod.ev_string(5)
IO.inspect InMod.ev_fn()
IO.inspect Code.eval_quoted(quote(do: {__MODULE__, __ENV__.function}), [], __ENV__) |> elem(0)
IO.inspect Code.eval_quoted(quote(do: {__MODULE__, __ENV__.function}), [], file: "x.exs") |> elem(0)
defmodule InMod.Sub do
  def hi, do: :sub_hi
end
defmodule InMod2 do
  def ev, do: Code.eval_string("__MODULE__.Sub", [], __ENV__) |> elem(0)
end
IO.inspect InMod2.ev()
defmodule InMod3 do
  def ev, do: Code.eval_string("{__MODULE__.Sub, __ENV__.module}", [], %{__ENV__ | module: InMod}) |> elem(0)
end
IO.inspect InMod3.ev()
