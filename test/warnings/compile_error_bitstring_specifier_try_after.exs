# an unknown bitstring specifier in a file-level try's after: expand_try's frame, the keyword
# second in the try's
try do
  :ok
after
  <<1::foo>>
end
