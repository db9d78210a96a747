defmodule Outer do
  defmodule Inner do
    unquote_splicing([1])
  end
end
