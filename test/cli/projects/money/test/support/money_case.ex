defmodule Money.Case do
  use ExUnit.CaseTemplate

  using opts do
    currency = Keyword.get(opts, :currency, :EUR)

    quote do
      import Money.Case
      @currency unquote(currency)
      defp m(amount), do: Money.new(amount, @currency)
    end
  end

  setup_all do
    {:ok, rates} = Money.Rates.start_link(%{{:EUR, :USD} => 1.1, {:USD, :EUR} => 0.9})
    %{rates: rates}
  end

  def assert_money(%Money{} = money, expected) do
    ExUnit.Assertions.assert(to_string(money) == expected)
  end
end
