IO.puts("integration/test_helper.exs")

defmodule IntegrationHelper do
  def base, do: 10
end
