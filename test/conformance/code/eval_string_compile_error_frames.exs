# The stack trace of what Elixir's compiler raises for Code.eval_string/3: a syntax error comes
# from Code.validated_eval_string/3's parse (lib/code.ex:421), an expansion error from
# :elixir.eval_forms/3 under it (line 422), both over the caller's frames (one entry short of
# the BEAM's eight); a last call to eval_string leaves its caller's frame out.
defmodule Caller do
  def last(code), do: Code.eval_string(code)

  def not_last(code) do
    Code.eval_string(code)
    :unreachable
  end
end

try do
  Code.eval_string("x +")
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__})
end

try do
  Code.eval_string("undefined_fun(1)")
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__})
end

try do
  Caller.last("1 +")
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__})
end

try do
  Caller.not_last("nope(2)")
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__})
end
