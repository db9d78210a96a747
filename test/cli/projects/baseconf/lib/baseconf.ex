defmodule Baseconf do
  def settings, do: {Application.get_env(:kernel, :baseconf_key), Application.get_env(:stdlib, :baseconf_key)}
end
