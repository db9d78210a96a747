# An undefined function in then/2's or tap/2's value: the compile error's trace shows the macro
# being expanded (Kernel.then/2) above the file, as Elixir's expander does
x = then(undefined_thing, & &1)
