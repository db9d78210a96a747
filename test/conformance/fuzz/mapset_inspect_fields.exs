# Inspect.MapSet reads the :map field of any map whose __struct__ is MapSet, with other keys or
# without :version (beamlet printed those as maps; fuzz-diff seed 9902)
IO.inspect(%{__struct__: MapSet, map: %{}}, limit: 2)
IO.inspect(%{__struct__: MapSet, map: %{1 => [], 2 => []}})
IO.inspect(%{__struct__: MapSet, map: %{[1] => []}, x: 1})
IO.inspect(%{__struct__: MapSet, map: %{1 => [], 2 => [], 3 => []}, version: 2}, limit: 2)
IO.inspect([%{__struct__: MapSet, map: %{a: []}}], pretty: true, width: 4)
