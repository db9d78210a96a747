# __MODULE__ is nil at a script's top level: the refused remote call is nil's (and :nil is
# inspected as nil too)
case {1, 2} do
  {__MODULE__.b.c, _} -> 1
end
