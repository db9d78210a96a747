defmodule Bank do
  defmodule Account do
    defstruct [:id, balance: 0]
  end
end
alias Bank.Account
acc = %Account{id: 1, balance: 100}
IO.inspect acc
