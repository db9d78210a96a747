# A typespec error stops the translation: the string() uses met before it were warned of, in the
# type that fails too, not those after
defmodule StringTypesError do
  @type a :: string
  @type b :: {string(), undefined_t(), string()}
  @type c :: string()
end
