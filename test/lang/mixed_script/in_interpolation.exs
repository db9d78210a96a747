x = "value: #{λx}"
