# a warning's location names the function as Exception.format_mfa does: a test's function, whose
# name is no identifier, quoted (W."test x"/1)
ExUnit.start(autorun: false)

defmodule W do
  use ExUnit.Case

  test "x" do
    r
  end
end
