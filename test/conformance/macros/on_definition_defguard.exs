# @on_definition sees a defguard as the defmacro Elixir defines for it, with its generated body
defmodule Tracker do
  def on_def(_env, kind, name, args, guards, body) do
    IO.inspect {kind, name, args, guards}
    IO.inspect body
  end
end
defmodule Watched do
  @on_definition {Tracker, :on_def}
  defguard is_small(x) when x < 10
  defguardp is_big(x) when x > 10 and is_integer(x)
end
