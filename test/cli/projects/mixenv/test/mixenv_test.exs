defmodule MixenvTest do
  use ExUnit.Case

  test "Mix.env/0 is :test under mix test, in the config, the code and the test" do
    assert Mix.env() == :test
    assert Mixenv.compiled_in() == :test
    assert Mixenv.now() == :test
    assert Application.get_env(:mixenv, :built_in) == :test
    assert Application.get_env(:mixenv, :runtime) == {:test, :test}
  end

  test "a failure shows the values" do
    assert Application.get_env(:mixenv, :target) == Mix.env()
  end
end
