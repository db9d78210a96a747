# Code.eval_string/eval_quoted given a Macro.Env (__ENV__, a macro's __CALLER__) evaluate in it:
# its module, function, aliases, imports and requires; the keyword options (module:, function:,
# aliases:, functions:, requires:) give them too
defmodule Ctx do
  alias String, as: S
  import Enum, only: [sum: 1]
  require Integer

  def run do
    {a, _} = Code.eval_string("S.upcase(\"a\")", [], __ENV__)
    {b, _} = Code.eval_string("sum([1, 2])", [], __ENV__)
    {c, _} = Code.eval_quoted(quote(do: S.downcase("B")), [], __ENV__)
    {d, _} = Code.eval_string("__MODULE__", [], __ENV__)
    {e, _} = Code.eval_string("elem(__ENV__.function, 0)", [], __ENV__)
    {f, _} = Code.eval_string("Integer.is_even(4)", [], __ENV__)
    {a, b, c, d, e, f}
  end
end

IO.inspect(Ctx.run())

defmodule Opts do
  # a macro evaluating its options where it is called: their aliases are the caller's
  defmacro config(opts) do
    {value, _} = Code.eval_quoted(opts, [], __CALLER__)
    Macro.escape(value)
  end
end

defmodule UsesOpts do
  alias Very.Long.Name, as: Short
  require Opts
  def config, do: Opts.config(module: Short, size: 1 + 2)
end

IO.inspect(UsesOpts.config())
IO.inspect(Code.eval_string("__MODULE__", [], module: Foo) |> elem(0))
IO.inspect(Code.eval_string("__ENV__.module", [], module: Foo) |> elem(0))
IO.inspect(Code.eval_string("__ENV__.function", [], function: {:f, 1}) |> elem(0))
IO.inspect(Code.eval_string("S.upcase(\"a\")", [], aliases: [{S, String}]) |> elem(0))
IO.inspect(Code.eval_string("upcase(\"a\")", [], functions: [{String, [upcase: 1]}, {Kernel, [+: 2]}]) |> elem(0))
IO.inspect(Code.eval_string("Integer.is_odd(3)", [], requires: [Integer]) |> elem(0))
