x = :a :b
