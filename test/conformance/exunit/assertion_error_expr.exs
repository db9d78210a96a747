# the quoted code an ExUnit.AssertionError carries in :expr (what a formatter of one's own shows):
# for a comparison, a match and match?, the assert (or refute) keeps the operator's line; for
# other expressions and the receive assertions, none
import ExUnit.Assertions

expr = fn assertion ->
  try do
    assertion.()
    :passed
  rescue
    e in ExUnit.AssertionError -> e.expr
  end
end

stock = %{apples: 3}
IO.inspect(expr.(fn -> assert stock.apples == 4 end))
IO.inspect(expr.(fn -> assert(stock.apples > 5) end))
IO.inspect(expr.(fn -> assert %{pears: _} = stock end))
IO.inspect(expr.(fn -> assert match?(%{pears: _}, stock) end))
IO.inspect(expr.(fn -> assert :pears in Map.keys(stock) end))
IO.inspect(expr.(fn -> assert Map.has_key?(stock, :pears) end))
IO.inspect(expr.(fn -> assert not Map.has_key?(stock, :apples) end))
IO.inspect(expr.(fn -> refute stock.apples === 3 end))
IO.inspect(expr.(fn -> refute match?(%{apples: _}, stock) end))
IO.inspect(expr.(fn -> refute Map.has_key?(stock, :apples) end))
IO.inspect(expr.(fn -> assert_received {:restocked, _} end))
