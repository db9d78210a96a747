# used by quote_keep_lines.exs: macros whose code is quoted with location: :keep
defmodule KeepLines.Macros do
  defmacro expr do
    quote location: :keep do
      {:current_stacktrace, [_, {_, _, _, here} | _]} = Process.info(self(), :current_stacktrace)
      {__ENV__.line, Path.basename(__ENV__.file), here}
    end
  end

  defmacro raising do
    quote location: :keep do
      x = :erlang.phash2(:x)
      raise "raised at #{__ENV__.line} (#{x > 0})"
    end
  end

  defmacro show(x) do
    IO.inspect(x)
    :ok
  end

  defmacro who do
    quote do: {unquote(Path.basename(__CALLER__.file)), unquote(__CALLER__.line)}
  end

  defmacro __using__(_) do
    quote location: :keep do
      def only(:a) do
        :ok
      end

      def where(y) when is_integer(y) do
        KeepLines.Macros.show(foo(:z, 1))
        {__ENV__.line, Path.basename(__ENV__.file), Path.basename(__DIR__), KeepLines.Macros.who()}
      end

      def later, do: fn -> __ENV__.line end
    end
  end
end
