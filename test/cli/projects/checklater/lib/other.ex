defmodule Checklater.Other do
  alias Checklater.Unused
  def g, do: :g
end
