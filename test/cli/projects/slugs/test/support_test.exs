defmodule Slugs.Helpers do
  def sample(n), do: Enum.map(1..n, &"Title #{&1}")
end

defmodule SlugsBulkTest do
  use ExUnit.Case, async: false
  import Slugs.Helpers

  @moduletag :bulk

  test "bulk slugify" do
    assert Enum.map(sample(3), &TextUtils.slugify/1) == ["title-1", "title-2", "title-3"]
  end

  test "bulk slugify wrong" do
    assert Enum.map(sample(2), &TextUtils.slugify/1) == ["title-1", "title_2"]
  end

  @tag :slow
  test "many" do
    assert length(sample(1000)) == 1000
  end
end

defmodule FmtTest do
  use ExUnit.Case
  doctest Fmt, import: true
end
