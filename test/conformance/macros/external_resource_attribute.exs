# @external_resource is registered by every module: accumulating, [] when unset (no warning),
# persisted as one attribute per resource
defmodule A do
 IO.inspect @external_resource
end
IO.inspect A.module_info(:attributes) |> Keyword.delete(:vsn)
defmodule B do
 @external_resource "a"
 @external_resource "b"
 IO.inspect @external_resource
end
IO.inspect B.module_info(:attributes) |> Keyword.delete(:vsn)
