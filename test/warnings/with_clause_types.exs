# A with clause `pattern <- value` is a case of its value: a value known in part whose type or size
# the pattern cannot match is 'cannot match because of different types/sizes'; a value known in full,
# or through variables earlier clauses bound to known values, is not reported
defmodule W1 do
  def a(x) do
    with {:ok, a} <- {:ok, x}, %{k: k} <- [k: a] do k end
  end
  def b(x) do
    with {:ok, a} <- {:ok, x},
      %{k: k} <- [k: a] do
      k
    else
      {:error, e} -> e
    end
  end
  def c(x) do
    with %{k: k} <- [k: x] do
      k
    else
      {:error, e} -> e
      _ -> 1
    end
  end
  def d(x) do
    case [k: x] do
      %{k: k} -> k
      _ -> 1
    end
  end
end
defmodule W2 do
  def e() do
    with {:ok, a} <- {:ok, 1}, %{k: k} <- [k: a] do k end
  end
  def f(x) do
    with %{k: k} <- [k: 1] do k end
  end
  def g(x) do
    with {:ok, k} when k > 1 <- [x] do k end
  end
  def h(x) do
    with {:ok, k} <- {:ok, x}, {:error, j} <- {:ok, k} do j end
  end
  def i(x) do
    with [k] <- [x, 1] do k else _ -> 2 end
  end
  def j(x) do
    y = {:a, x}
    with [k] <- y do k else _ -> 2 end
  end
  def k(x) do
    with %{k: k} <- [k: x], {:ok, j} <- 5 do k + j end
  end
end
