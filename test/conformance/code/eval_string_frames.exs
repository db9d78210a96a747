# Code evaluated by Code.eval_string/eval_quoted runs in erl_eval: its stack frames are erl_eval's
# (do_apply/7, exprs/6 while later expressions remain, expr/6 for a failed match), then
# :elixir.eval_forms/3, Module.ParallelChecker.verify/1 and the Code function that ran it
defmodule Caller do
  def run(f) do
    f.()
    :ok
  end

  def fail(x), do: x + 1
end

show = fn f ->
  try do
    Caller.run(f)
  catch
    kind, reason -> IO.inspect({kind, reason, __STACKTRACE__})
  end
end

show.(fn -> Code.eval_string("throw :t") end)
show.(fn -> Code.eval_string("x = 1\nthrow x\nx") end)
show.(fn -> Code.eval_string("a + 1", a: :x) end)
show.(fn -> Code.eval_string("{:ok, y} = {:error, 1}\ny") end)
show.(fn -> Code.eval_string("Caller.fail(:a)\n:ok") end)
show.(fn -> Code.eval_string("if true do Caller.fail(:b); 1 end") end)
show.(fn -> Code.eval_quoted(quote do: throw(:q)) end)
show.(fn -> Code.eval_quoted(quote(do: exit(:e)), []) end)
show.(fn -> Code.eval_string("Caller.run(fn -> 1 / 0 end)") end)
show.(fn -> Code.eval_string("Caller.run(fn -> :erlang.error(:z) end)") end)
show.(fn -> Code.eval_string("Caller.run(fn -> y = :erlang.error(:z); y end)") end)
