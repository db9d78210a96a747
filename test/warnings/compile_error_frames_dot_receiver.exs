port = confg.port
