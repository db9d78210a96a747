# Macro.Env's tracers: code compiled with a lexical tracker has Elixir's own tracer,
# :elixir_lexical; __ENV__ in a function (escaped) and evaluated code have none
defmodule Caller do
  defmacro tracers, do: Macro.escape(__CALLER__.tracers)
  defmacro tracker?, do: is_pid(__CALLER__.lexical_tracker)
end

defmodule UsesCaller do
  require Caller
  IO.inspect({:body, __ENV__.tracers, Caller.tracers()})
  def in_fun, do: {__ENV__.tracers, Caller.tracers(), Caller.tracker?()}
end

IO.inspect({:top, __ENV__.tracers, is_pid(__ENV__.lexical_tracker)})
IO.inspect(UsesCaller.in_fun())
IO.inspect(Macro.Env.prepend_tracer(__ENV__, MyTracer).tracers)
IO.inspect(Code.eval_string("__ENV__.tracers") |> elem(0))
IO.inspect(Code.eval_quoted(quote(do: __ENV__.tracers)) |> elem(0))
IO.inspect(Code.eval_string("__ENV__.tracers", [], __ENV__) |> elem(0))
IO.inspect(Code.eval_string("is_pid(__ENV__.lexical_tracker)", [], __ENV__) |> elem(0))
IO.inspect(Code.eval_quoted(quote(do: __ENV__.tracers), [], __ENV__) |> elem(0))
IO.inspect(Code.eval_string("__ENV__.tracers", [], file: "x.exs") |> elem(0))
IO.inspect(Code.eval_string("__ENV__.tracers", [], Macro.Env.prepend_tracer(__ENV__, Foo)) |> elem(0))
defmodule M do
  def f, do: Code.eval_string("__ENV__.tracers", [], __ENV__) |> elem(0)
end
IO.inspect(M.f())
