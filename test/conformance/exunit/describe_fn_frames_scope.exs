# A describe block's body runs in a fn called by ExUnit.Callbacks.__describe__/4, as in Elixir
# 1.14: an error raised there shows the fn's and __describe__'s frames, and the variables the
# body binds stay in it (the module body's own are seen inside)
ExUnit.start(autorun: false)

show = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      # (the frames down to Elixir's module compiler; the N of :elixir_compiler_N is left out: a
      # second module defined inside a fn is numbered apart from this)
      __STACKTRACE__
      |> Enum.take_while(&(elem(&1, 0) != :elixir_compiler))
      |> Enum.map(fn {m, f, a, l} -> {String.replace(inspect(m), ~r/_\d+$/, "_N"), f, a, l} end)
      |> Enum.each(&IO.inspect/1)
  end
end

show.(fn ->
  defmodule SetupBadInDescribe do
    use ExUnit.Case

    describe "group" do
      setup {TestHelpers, :with_user}
    end
  end
end)

show.(fn ->
  defmodule RaiseInDescribe do
    use ExUnit.Case

    describe "group" do
      test "a", do: :ok
      String.to_integer("x")
    end
  end
end)

defmodule Scoping do
  use ExUnit.Case
  outer = 5

  describe "one" do
    inner = outer + 1
    IO.inspect({outer, inner}, label: "inside")
    test "t", do: :ok
  end

  IO.inspect(binding(), label: "after")

  describe "two" do
    IO.inspect(binding(), label: "second describe")
  end
end
