# A fun whose arity OTP's compiler knows (a fn written out, a capture, a variable bound to one,
# through another variable, a tuple destructured on the spot, or a fn capturing it) called with
# another number of arguments: OTP compiles the call to error({:badarity, {fun, args}}) raised
# in the caller, so its frame shows once. A fun reaching the call through a function's argument,
# or at a script's top level (not optimised), is called: the caller shows twice.
defmodule KnownArity do
  def helper(a), do: a

  def literal do
    f = fn a -> a end
    x = f.(1, 2)
    {x}
  end

  def remote_capture do
    f = &Integer.to_string/1
    x = f.(1, 2)
    {x}
  end

  def local_capture do
    f = &helper/1
    x = f.(1, 2)
    {x}
  end

  def remote_local_capture do
    x = (&KnownArity.helper/1).(1, 2)
    {x}
  end

  def capture_expression do
    f = &(&1 + 1)
    x = f.(1, 2)
    {x}
  end

  def through_another_variable do
    f = fn a -> a end
    g = f
    _ = f.(3)
    x = g.(1, 2)
    {x}
  end

  def destructured do
    {f, _} = {fn a -> a end, 1}
    x = f.(1, 2)
    {x}
  end

  def multi_clause do
    f = fn
      1 -> :one
      a -> a
    end
    x = f.(1, 2)
    {x}
  end

  def too_few do
    f = fn a, b -> a + b end
    x = f.(1)
    {x}
  end

  def on_the_spot do
    x = (fn a -> a end).(1, 2)
    {x}
  end

  def used_again do
    f = fn a -> a end
    x = f.(1, 2)
    f.(3)
    {x}
  end

  def last_call do
    f = fn a -> a end
    f.(1, 2)
  end

  def in_a_fn do
    f = fn a -> a end
    g = fn y -> if y > 2, do: {f.(1, y)}, else: y end
    {g.(2), g.(3)}
  end

  def argument(f) do
    x = f.(1, 2)
    {x}
  end

  def run do
    cases = [
      literal: &literal/0,
      remote_capture: &remote_capture/0,
      local_capture: &local_capture/0,
      remote_local_capture: &remote_local_capture/0,
      capture_expression: &capture_expression/0,
      through_another_variable: &through_another_variable/0,
      destructured: &destructured/0,
      multi_clause: &multi_clause/0,
      too_few: &too_few/0,
      on_the_spot: &on_the_spot/0,
      used_again: &used_again/0,
      last_call: &last_call/0,
      in_a_fn: &in_a_fn/0,
      argument: fn -> argument(fn a -> a end) end
    ]

    for {name, f} <- cases do
      try do
        f.()
      rescue
        e ->
          IO.inspect({name, e.__struct__, Exception.message(e)})
          IO.inspect(Enum.take(__STACKTRACE__, 2))
      end
    end
  end
end

KnownArity.run()

f = fn a -> a end

try do
  x = f.(1, 2)
  {x}
rescue
  e ->
    IO.inspect({:top_level, Exception.message(e)})
    IO.inspect(Enum.take(__STACKTRACE__, 2))
end
