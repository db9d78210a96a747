ExUnit.start(seed: 0)

defmodule TagsContextTest do
  use ExUnit.Case

  @moduletag :integration

  @tag role: :admin
  @tag :fast
  test "tags are in the context", context do
    assert context.role == :admin
    assert context.fast == true
    assert context.integration == true
  end

  test "tags do not leak to the next test", context do
    refute Map.has_key?(context, :role)
    assert context.integration
  end

  describe "group" do
    @describetag area: :billing

    test "describetag", context do
      assert context.area == :billing
    end
  end

  test "describetag does not leak", context do
    refute Map.has_key?(context, :area)
  end
end
