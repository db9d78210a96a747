defmodule Kvstore do
  @moduledoc """
  A tiny key-value store.
  """

  @doc """
  Parses a command line.

  ## Examples

      iex> Kvstore.parse("CREATE shopping")
      {:ok, {:create, "shopping"}}

      iex> Kvstore.parse("PUT shopping milk 1")
      {:ok, {:put, "shopping", "milk", "1"}}

      iex> Kvstore.parse("GET shopping")
      {:error, :unknown_command}

  """
  def parse(line) do
    case String.split(line) do
      ["CREATE", bucket] -> {:ok, {:create, bucket}}
      ["GET", bucket, key] -> {:ok, {:get, bucket, key}}
      ["PUT", bucket, key, value] -> {:ok, {:put, bucket, key, value}}
      ["DELETE", bucket, key] -> {:ok, {:delete, bucket, key}}
      _ -> {:error, :unknown_command}
    end
  end

  @doc """
  Runs a parsed command against the registry.

      iex> {:ok, cmd} = Kvstore.parse("CREATE doc_bucket")
      iex> Kvstore.run(cmd)
      {:ok, "OK\\r\\n"}
  """
  def run(command, registry \\ Kvstore.Registry)

  def run({:create, bucket}, registry) do
    Kvstore.Registry.create(registry, bucket)
    {:ok, "OK\r\n"}
  end

  def run({:get, bucket, key}, registry) do
    lookup(registry, bucket, fn pid ->
      value = Kvstore.Bucket.get(pid, key)
      {:ok, "#{value}\r\nOK\r\n"}
    end)
  end

  def run({:put, bucket, key, value}, registry) do
    lookup(registry, bucket, fn pid ->
      Kvstore.Bucket.put(pid, key, value)
      {:ok, "OK\r\n"}
    end)
  end

  def run({:delete, bucket, key}, registry) do
    lookup(registry, bucket, fn pid ->
      Kvstore.Bucket.delete(pid, key)
      {:ok, "OK\r\n"}
    end)
  end

  defp lookup(registry, bucket, callback) do
    case Kvstore.Registry.lookup(registry, bucket) do
      {:ok, pid} -> callback.(pid)
      :error -> {:error, :not_found}
    end
  end
end
