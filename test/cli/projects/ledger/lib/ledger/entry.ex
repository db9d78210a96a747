defmodule Ledger.Entry do
  @enforce_keys [:from, :to, :amount]
  defstruct [:from, :to, :amount, memo: nil]
end
