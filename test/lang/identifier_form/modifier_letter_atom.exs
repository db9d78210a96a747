x = :aʰ
