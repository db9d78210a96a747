# Code.format_string!/2: maps and fns written over lines stay so, comprehensions, cond, receive,
# with, sigils, operator chains too long for their line
sources = [
  ~S'''
defmodule Shop.Cart do
  @moduledoc false
  alias Shop.{Item, Price}

  @default_opts [currency: :usd, round: true]
  @type t :: %__MODULE__{items: [Item.t()], total: number}
  defstruct items: [], total: 0

  @spec add(t, Item.t()) :: t
  def add(%__MODULE__{items: items} = cart, item) do
    %{cart | items: [item | items], total: cart.total + item.price}
  end

  def summary(cart, opts \\ []) do
    opts = Keyword.merge(@default_opts, opts)
    lines =
      for %Item{name: name, price: price} <- cart.items, price > 0 do
        "#{name}: #{Price.format(price, opts[:currency])}"
      end
    cond do
      lines == [] -> "empty"
      length(lines) > 10 -> "many items"
      true -> Enum.join(lines, "\n")
    end
  end

  def wait_for_payment(timeout \\ 5_000) do
    receive do
      {:paid, amount} when amount > 0 ->
        {:ok, amount}
      :cancel ->
        {:error, :cancelled}
    after
      timeout -> {:error, :timeout}
    end
  end

  def checkout(cart, user) do
    with {:ok, user} <- validate(user),
         {:ok, charge} <- charge(user, cart.total) do
      {:ok, %{user: user, charge: charge}}
    end
  end

  defp validate(%{email: email} = user) when is_binary(email), do: {:ok, user}
  defp validate(_), do: {:error, :invalid}

  defp charge(_user, total) do
    Enum.reduce(1..3, total, fn i, acc ->
      acc * i
    end)
  end

  def config do
    %{
      name: "shop",
      regex: ~r/^\d+$/,
      words: ~w(a b c)a,
      nested: %{a: 1, b: [1, 2, 3]}
    }
  end
end
''',
  ~S'''
defmodule A do
  def f(x) do
    "an exception was raised:" <>
      joiner <> banner <> joiner <> indent(trim_trailing_newline(trace), joiner) <> indent(trim_trailing_newline(trace), joiner)
  end
  def g do
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa and bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb and cccccccccccccccccccccccccccccccccc
  end
  def h do
    x = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb + cccccccccccccccccccccccccccccccccc
  end
  def i do
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ++
      bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb ++ cccccccccccccccccccccccccccccccccc ++ ddddddddddd
  end
end
''',
  "f = fn x ->\n  x\nend\ng = fn x -> x end\nh = %{\n  a: 1\n}\ni = %URI{\n  host: \"a\"\n}\nj = %{a: 1}",
]
for s <- sources, do: IO.puts(Code.format_string!(s))
