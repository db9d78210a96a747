# required by realworld/require_file_frames.exs (not a program of its own)
defmodule RequiredKeep.Plugin do
  defmacro __using__(_opts) do
    quote location: :keep do
      def handle(event) do
        raise ArgumentError, "unhandled event #{inspect(event)}"
      end

      defoverridable handle: 1
    end
  end

  defmacro plain do
    quote do
      def plain_fail, do: raise("plain")
    end
  end

  def direct(x), do: raise("direct #{inspect(x)}")
end
