defmodule Kvstore.Bucket do
  @moduledoc """
  A bucket of key/values, kept in an Agent.
  """
  use Agent, restart: :temporary

  @doc "Starts a new bucket."
  def start_link(_opts) do
    Agent.start_link(fn -> %{} end)
  end

  @doc """
  Gets a value from the `bucket` by `key`.
  """
  def get(bucket, key) do
    Agent.get(bucket, &Map.get(&1, key))
  end

  @doc """
  Puts the `value` for the given `key` in the `bucket`.
  """
  def put(bucket, key, value) do
    Agent.update(bucket, &Map.put(&1, key, value))
  end

  @doc """
  Deletes `key` from `bucket`, returning its value if it existed.
  """
  def delete(bucket, key) do
    Agent.get_and_update(bucket, &Map.pop(&1, key))
  end

  def keys(bucket), do: Agent.get(bucket, &(&1 |> Map.keys() |> Enum.sort()))
end
