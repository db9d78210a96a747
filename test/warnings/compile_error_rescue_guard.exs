# a rescue clause with a guard: no part of Elixir's rescue forms, the head is read as an
# expression (each variable in it warned about as a call), inside a case clause's body
defmodule M do
  def f(x) do
    case x do
      :a ->
        try do
          raise "boom"
        rescue
          e in [RuntimeError] when is_map(e) -> e
        end

      _ ->
        :b
    end
  end
end
