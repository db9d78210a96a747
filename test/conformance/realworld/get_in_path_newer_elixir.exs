# get_in/1 with a path (get_in(struct.field.key)) came in Elixir 1.17; code written for a newer
# Elixir fails to compile on 1.14
defmodule Settings do
  def theme(config), do: get_in(config.ui.theme)
end

IO.inspect(Settings.theme(%{ui: %{theme: :dark}}))
