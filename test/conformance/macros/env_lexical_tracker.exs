# __ENV__.lexical_tracker: the file's lexical tracker (a live process) at the top level, in a module
# body and in each macro's __CALLER__; nil in __ENV__ inside a function
tracker = __ENV__.lexical_tracker
IO.inspect({is_pid(tracker), :erlang.pid_to_list(tracker), Process.alive?(tracker)})

defmodule Tracked do
  tracker_in_body = __ENV__.lexical_tracker
  IO.inspect(:erlang.pid_to_list(tracker_in_body))
  def in_function, do: __ENV__.lexical_tracker
  def env_in_function, do: __ENV__

  defmacro caller_tracker do
    tracker = __CALLER__.lexical_tracker
    {is_pid(tracker), :erlang.pid_to_list(tracker)}
  end
end

IO.inspect(Tracked.in_function())
IO.inspect({Tracked.env_in_function().lexical_tracker, Tracked.env_in_function().tracers})

defmodule UsesMacro do
  require Tracked
  def tracker_seen, do: Tracked.caller_tracker()
end

IO.inspect(UsesMacro.tracker_seen())
IO.inspect(Code.eval_string("__ENV__.lexical_tracker"))
