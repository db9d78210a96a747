defmodule Impl do
  def add(a, b), do: a + b
  def greet(name, greeting \\ "Hello"), do: "#{greeting}, #{name}!"
  def sum(list), do: Enum.sum(list)
end

defmodule Facade do
  defdelegate add(a, b), to: Impl
  defdelegate greet(name, greeting \\ "Hi"), to: Impl
  defdelegate total(list), to: Impl, as: :sum
  defdelegate [upcase(s), downcase(s)], to: String
end

defmodule Gen do
  @ops [plus: :+, minus: :-, times: :*]
  for {name, op} <- @ops do
    def unquote(name)(a, b), do: unquote(op)(a, b)
  end

  for n <- 1..4 do
    args = Macro.generate_arguments(n, __MODULE__)
    def unquote(:"tuple#{n}")(unquote_splicing(args)), do: {unquote_splicing(args)}
  end

  defmacro defgetter(name, value) do
    quote do
      def unquote(name)(), do: unquote(value)
      def unquote(:"#{name}!")() do
        case unquote(name)() do
          nil -> raise "#{unquote(name)} is nil"
          v -> v
        end
      end
    end
  end
end

defmodule AppConfig do
  require Gen
  Gen.defgetter(:host, "localhost")
  Gen.defgetter(:port, 4000)
  Gen.defgetter(:secret, nil)
end

IO.inspect(Facade.add(1, 2))
IO.inspect(Facade.greet("Ann"))
IO.inspect(Facade.greet("Ann", "Yo"))
IO.inspect(Facade.total([1, 2, 3]))
IO.inspect(Facade.upcase("abc"))
IO.inspect(Facade.downcase("ABC"))
IO.inspect(Facade.__info__(:functions))
IO.inspect({Gen.plus(2, 3), Gen.minus(2, 3), Gen.times(2, 3)})
IO.inspect({Gen.tuple1(:a), Gen.tuple3(1, 2, 3), Gen.tuple4(1, 2, 3, 4)})
IO.inspect(Gen.__info__(:functions))
IO.inspect({AppConfig.host(), AppConfig.port!(), AppConfig.secret()})
try do
  AppConfig.secret!()
rescue
  e -> IO.inspect(e)
end
IO.inspect(Macro.generate_arguments(3, nil))
