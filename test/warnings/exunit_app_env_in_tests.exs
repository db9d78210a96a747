# a test's or a setup's code is a function body: reading the application environment there is no
# module-body read (Elixir warns of the module body's only)
ExUnit.start(autorun: false, seed: 0)
defmodule T do
  use ExUnit.Case
  @port Application.get_env(:my_app, :port)
  setup do
    %{env: Application.fetch_env(:my_app, :key)}
  end
  test "reads the env" do
    Application.put_env(:my_app, :key, 1)
    assert Application.get_env(:my_app, :key) == 1
    assert @port == nil
  end
  describe "d" do
    test "fetch_env!" do
      Application.put_env(:my_app, :k, 2)
      assert Application.fetch_env!(:my_app, :k) == 2
    end
  end
end
