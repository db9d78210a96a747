# an undefined function called by the module body itself stops the module's expansion there: no
# locals check runs after it, so the unused private function is never reported
defmodule AppSettings do
  defp unused_helper, do: 1
  def value, do: 2
  register(:config, value: 2)
end
