defmodule Kvstore.RegistryCase do
  use ExUnit.CaseTemplate

  using do
    quote do
      alias Kvstore.{Bucket, Registry}
      import Kvstore.RegistryCase
    end
  end

  setup context do
    registry = start_supervised!({Kvstore.Registry, name: context.test})
    %{registry: registry}
  end

  def bucket_with(registry, name, pairs) do
    bucket = Kvstore.Registry.create(registry, name)
    Enum.each(pairs, fn {k, v} -> Kvstore.Bucket.put(bucket, k, v) end)
    bucket
  end
end
