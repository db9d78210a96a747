defmodule Libbody do
  @moduledoc false
  def hello, do: :world

  defmodule Config do
    @limits [1, 2]
    @third Enum.fetch!(@limits, 2)
    def third, do: @third
  end
end
