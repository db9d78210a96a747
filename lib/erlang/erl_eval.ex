defmodule :erl_eval do
  @moduledoc """
  OTP 25's erl_eval bindings: an orddict of variable names to values (new_bindings/0, bindings/1,
  binding/2, add_binding/3, del_binding/2). Evaluating Erlang abstract syntax (exprs/2, expr/2)
  is not here: beamlet has no Erlang parser (:erl_parse.parse_exprs/1).
  """

  def new_bindings, do: :orddict.new()

  def bindings(bindings) when is_list(bindings), do: :orddict.to_list(bindings)

  def binding(name, bindings) when is_list(bindings) do
    case :orddict.find(name, bindings) do
      {:ok, value} -> {:value, value}
      :error -> :unbound
    end
  end

  def add_binding(name, value, bindings) when is_list(bindings), do: :orddict.store(name, value, bindings)

  def del_binding(name, bindings) when is_list(bindings), do: :orddict.erase(name, bindings)
end
