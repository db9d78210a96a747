# Kernel.SpecialForms has no functions, only macros: its module still loads and answers.
IO.inspect(Kernel.SpecialForms.__info__(:functions))
IO.inspect(Kernel.SpecialForms.__info__(:module))
IO.inspect(Code.ensure_loaded(Kernel.SpecialForms))
