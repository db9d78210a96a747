# numbers a warning quotes are written as Macro.to_string writes them: six digits or more in groups of three
defmodule M do
  def f do
    1000000
    1234567.5
    12345
    123456
    12345.5
    :ok
  end
end
m = %{100000 => 1, 100000 => 2, 1234567.0 => 1, 1234567.0 => 2, -100000 => 1, -100000 => 2}
