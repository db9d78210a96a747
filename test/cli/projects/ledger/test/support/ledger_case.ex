defmodule Ledger.Case do
  use ExUnit.CaseTemplate

  using opts do
    quote do
      import Ledger.Case
      alias Ledger.Entry
      @moduletag unquote(Keyword.get(opts, :moduletag, :ledger))
    end
  end

  setup tags do
    ledger =
      if tags[:funded] do
        Ledger.post!(Ledger.new(), :equity, :cash, 1000) |> then(fn l -> l end)
      else
        Ledger.new()
      end
    %{ledger: ledger}
  end

  defmacro assert_balance(ledger, account, expected) do
    quote do
      actual = Ledger.balance(unquote(ledger), unquote(account))
      assert actual == unquote(expected),
             "expected #{inspect(unquote(account))} to have balance #{unquote(expected)}, got: #{actual}"
    end
  end
end
