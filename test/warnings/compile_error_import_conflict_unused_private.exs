# A private function whose only call an import in force took (Kernel's length/1) is unused, and
# Elixir warns so before it refuses the module; a private function called by a conflicting
# public one (helper/1, from send/2) is used
defmodule Unused do
  def run, do: send(self(), :hi) + length([1])
  def send(to, _message), do: helper(to)
  defp helper(x), do: x
  defp length(list), do: list
end
