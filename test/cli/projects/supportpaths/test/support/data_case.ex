defmodule Sp.DataCase do
  use ExUnit.CaseTemplate

  using do
    quote do
      import Sp.DataCase
      alias Sp.Factory
    end
  end

  setup tags do
    {:ok, db: Map.get(tags, :db, :memory)}
  end

  def errors_on(map), do: Map.keys(map)
end
