# A private @on_load function is called by the code server: never "unused" (beamlet warned that
# it was); a private function nothing calls still is.
defmodule OnLoadPrivate do
  @on_load :init
  defp init, do: :ok
  defp helper, do: :unused
end

defmodule OnLoadPrivateTuple do
  @on_load {:setup, 0}
  defp setup, do: :ok
end
