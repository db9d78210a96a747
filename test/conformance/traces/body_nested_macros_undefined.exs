# module body code nesting macros (@/1, if/2, to_string/1): each expansion the error is in shows
# its 'expanding macro' line and caller, innermost first, cut at the BEAM's 8 frames
defmodule Main do
  @v if(true, do: "#{extra}")
end
