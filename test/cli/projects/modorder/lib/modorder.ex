defmodule Modorder do
  # the tests' order, as they ran
  def ran(module, test), do: Agent.update(__MODULE__, &[{module, test} | &1])
end
