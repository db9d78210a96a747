defmodule Supervisor.Default do
  @moduledoc false
  # the callback module of Supervisor.start_link(children, options)
  def init(args), do: args
end
