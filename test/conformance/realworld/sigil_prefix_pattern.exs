defmodule M do
  def f(~s(ab) <> rest), do: {:ab, rest}
  def f(~S(\n) <> rest), do: {:backslash_n, rest}
  def f(~c(x) ++ rest), do: {:x, rest}
  def f(other), do: other
end
IO.inspect {M.f("abc"), M.f("\\nz"), M.f(~c(xy)), M.f("q")}
