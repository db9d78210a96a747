# What setup and setup_all may return: :ok, {:ok, data}, keywords and maps merge into the context;
# reserved keys may be returned with their own value only; anything else (a struct too) fails the
# test, or every test of the module, naming the value as returned
ExUnit.start(seed: 0)

defmodule MergeTest do
  use ExUnit.Case

  setup do
    {:ok, extra: 1, module: Elsewhere}
  end

  setup context do
    %{seen: {context.extra, context.module}, file: context.file}
  end

  test "merged", context do
    assert {context.extra, context.module, context.seen} == {1, Elsewhere, {1, Elsewhere}}
  end
end

defmodule ReservedTest do
  use ExUnit.Case

  setup do
    [test: :renamed]
  end

  test "never runs", do: IO.puts("never")
end

defmodule StructReturnTest do
  use ExUnit.Case

  setup do
    {:ok, URI.parse("http://example.com")}
  end

  test "never runs", do: IO.puts("never")
end

defmodule SetupAllTupleTest do
  use ExUnit.Case

  setup_all do
    {:ok, 3}
  end

  test "never runs", do: IO.puts("never")
end

defmodule SetupAllSecondTest do
  use ExUnit.Case

  setup_all do
    [first: true]
  end

  setup_all do
    :wrong
  end

  setup_all do
    :ok
  end

  test "never runs", do: IO.puts("never")
end
