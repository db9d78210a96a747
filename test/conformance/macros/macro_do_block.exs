# macros taking do/else blocks, like Kernel's own control flow
defmodule Flow do
  defmacro my_unless(condition, do: a, else: b) do
    quote do
      if unquote(condition), do: unquote(b), else: unquote(a)
    end
  end

  defmacro my_unless(condition, do: a) do
    quote do
      if unquote(condition), do: nil, else: unquote(a)
    end
  end

  defmacro times(n, do: body) do
    quote do
      Enum.map(1..unquote(n), fn _ -> unquote(body) end)
    end
  end

  defmacro with_log(label, do: block) do
    quote do
      IO.puts("before " <> unquote(label))
      result = unquote(block)
      IO.puts("after " <> unquote(label))
      result
    end
  end
end

defmodule User do
  require Flow

  def run do
    IO.inspect(Flow.my_unless(1 > 2, do: :yes, else: :no))
    IO.inspect(Flow.my_unless(true, do: :never))
    IO.inspect(Flow.times(3, do: :hi))
    r =
      Flow.with_log "work" do
        a = 20
        a + 22
      end

    IO.inspect(r)
  end
end

User.run()
